import type { ReactNode } from "react";
import { ActiveFilters } from "@/components/timeline/active-filters";
import { FilterForm } from "@/components/timeline/filter-form";
import { Notice } from "@/components/ui/notice";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineFacets } from "@/lib/queries/meetings/timeline-facets";
import type { ParsedTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { activeFilters } from "@/lib/timeline/timeline-query";

/**
 * A view of the meetings other than the timeline (the network, the map) under the timeline's filters: its
 * title and lead, the same filter form and removable filters (both staying on this view), then the view.
 */
export function FilteredView(props: {
  path: string;
  title: string;
  lead: string;
  parsed: ParsedTimelineQuery;
  facets: TimelineFacets;
  locale: Locale;
  t: Messages;
  children: ReactNode;
}) {
  const { path, title, lead, parsed, facets, locale, t, children } = props;
  const { query, issues } = parsed;
  const active = activeFilters(query);
  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:col-start-2">
        <h1 id="view-title" className="font-serif text-3xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{lead}</p>
      </div>
      <aside className="lg:col-start-1 lg:row-span-2 lg:row-start-1" aria-label={t.timeline.filters.heading}>
        <details className="filters-panel" open={active.length > 0 || issues.length > 0}>
          <summary className="filters-summary">{t.timeline.filters.summary(active.length)}</summary>
          <FilterForm query={query} facets={facets} locale={locale} t={t} path={path} />
        </details>
      </aside>
      <section aria-labelledby="view-title" className="flex min-w-0 flex-col gap-5 lg:col-start-2">
        {issues.length > 0 && (
          <Notice tone="warning">
            <p>{t.timeline.invalid}</p>
            <ul className="mt-1 list-disc pl-5">
              {issues.map((i) => (
                <li key={i.parameter}>
                  <code>{i.parameter}</code> = «{i.value}»{locale === "en" ? ` — ${i.message}` : ""}
                </li>
              ))}
            </ul>
          </Notice>
        )}
        <ActiveFilters query={query} labels={facets.labels} locale={locale} t={t} path={path} />
        {children}
      </section>
    </div>
  );
}
