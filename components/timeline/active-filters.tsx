import { Link } from "@/components/ui/link";
import { localName, personName } from "@/lib/i18n/display-name";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { activeFilters, type ActiveFilter, type TimelineQuery } from "@/lib/timeline/timeline-query";

/** A human label for one active filter: "Ермек Кошербаев", "переговоры", "с 1 февраля 2026 г.". */
export function filterLabel(filter: ActiveFilter, query: TimelineQuery, labels: TimelineFacets["labels"], locale: Locale, t: Messages): string {
  switch (filter.key) {
    case "official": {
      const o = labels.official.get(filter.value);
      return o ? personName(o, locale) : filter.value;
    }
    case "topic": {
      const l = labels.topic.get(filter.value);
      return l ? localName(l.labelRu, l.labelEn, locale) : filter.value;
    }
    case "country": {
      const c = labels.country.get(filter.value);
      return c ? localName(c.nameRu, c.nameEn, locale) : filter.value;
    }
    case "kind":
      return t.kind[filter.value as keyof Messages["kind"]];
    case "status":
      return t.status[filter.value as keyof Messages["status"]];
    default: {
      const f = t.timeline.filters;
      const from = query.filters.from && formatDate(query.filters.from, "day", locale);
      const to = query.filters.to && formatDate(query.filters.to, "day", locale);
      return from && to ? f.range(from, to) : from ? f.since(from) : f.until(to ?? "");
    }
  }
}

/** What is filtered, each piece with a link to the same view (`path`: the timeline, the network, the map) without it. */
export function ActiveFilters({ query, labels, locale, t, path = "/" }: { query: TimelineQuery; labels: TimelineFacets["labels"]; locale: Locale; t: Messages; path?: string }) {
  const active = activeFilters(query);
  // The filters' addresses are the timeline's ("/?…"): the same query on another view's path.
  const onView = (href: string) => (path === "/" ? href : path + href.slice(1));
  if (active.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-600 dark:text-stone-400">{t.timeline.filters.active}:</span>
      {active.map((filter) => {
        const label = filterLabel(filter, query, labels, locale, t);
        return (
          <Link
            key={`${filter.key}:${filter.value}`}
            href={onView(filter.href)}
            locale={locale}
            aria-label={t.timeline.filters.remove(label)}
            className="inline-flex items-center gap-1 rounded-full border border-stone-400 bg-white px-2.5 py-0.5 hover:border-stone-700 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:hover:bg-stone-800"
          >
            {label}
            <span aria-hidden="true" className="text-stone-600 dark:text-stone-400">
              ×
            </span>
          </Link>
        );
      })}
    </div>
  );
}
