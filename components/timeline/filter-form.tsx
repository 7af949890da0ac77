import { Link } from "@/components/ui/link";
import { localName, personName } from "@/lib/i18n/display-name";
import { localePath } from "@/lib/i18n/locale-path";
import { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineFacets } from "@/lib/queries/meetings/timeline-facets";
import type { TimelineQuery } from "@/lib/timeline/timeline-query";

interface Option {
  value: string;
  label: string;
  count: number;
}

const field = "w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-950";
const labelClass = "block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400";

function Select({ name, label, options, selected, t }: { name: string; label: string; options: Option[]; selected?: string; t: Messages }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={selected ?? ""} className={`${field} mt-1`}>
        <option value="">{t.timeline.filters.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
        ))}
      </select>
    </div>
  );
}

/** The selected value stays in its list even when no meeting matches it under the other filters. */
function withSelected(options: Option[], selected: string | undefined, label: (value: string) => string): Option[] {
  if (!selected || options.some((o) => o.value === selected)) return options;
  return [{ value: selected, label: label(selected), count: 0 }, ...options];
}

/**
 * The timeline's filters as a plain GET form: works without JavaScript, and every choice lands in the
 * URL, so a view can be bookmarked, shared and reached again with the back button. Each option shows how
 * many meetings choosing it gives. `path` is the view it filters (the timeline, the network, the map);
 * only the timeline has an order. Choosing an official or topic replaces the first one selected;
 * further ones (reached through links) ride along as hidden fields.
 */
export function FilterForm({ query, facets, locale, t, path = "/" }: { query: TimelineQuery; facets: TimelineFacets; locale: Locale; t: Messages; path?: string }) {
  const f = t.timeline.filters;
  const { filters } = query;
  const officialName = (slug: string) => {
    const o = facets.labels.official.get(slug);
    return o ? personName(o, locale) : slug;
  };
  const topicLabel = (slug: string) => {
    const l = facets.labels.topic.get(slug);
    return l ? localName(l.labelRu, l.labelEn, locale) : slug;
  };
  const countryLabel = (code: string) => {
    const c = facets.labels.country.get(code) ?? facets.country.find((o) => o.value === code);
    return c ? localName(c.nameRu, c.nameEn, locale) : code;
  };
  const officials = withSelected(
    facets.official.map((o) => ({ value: o.value, label: personName(o, locale), count: o.count })),
    filters.official?.[0],
    officialName,
  );
  const topics = withSelected(
    facets.topic.map((o) => ({ value: o.value, label: localName(o.labelRu, o.labelEn, locale), count: o.count })),
    filters.topic?.[0],
    topicLabel,
  );
  const countries = withSelected(
    facets.country.map((o) => ({ value: o.value, label: `${localName(o.nameRu, o.nameEn, locale)} (${o.value})`, count: o.count })),
    filters.country?.[0],
    countryLabel,
  );
  const countOf = <V extends string>(list: { value: V; count: number }[], value: V) => list.find((o) => o.value === value)?.count ?? 0;
  const kinds = Object.values(MeetingKind).map((k) => ({ value: k, label: t.kind[k], count: countOf(facets.kind, k) }));
  const statuses = Object.values(MeetingStatus).map((s) => ({ value: s, label: t.status[s], count: countOf(facets.status, s) }));

  return (
    <form method="get" action={localePath(locale, path)} aria-labelledby="filters-title" className="space-y-3">
      <h2 id="filters-title" className="font-serif text-lg font-semibold max-lg:sr-only">
        {f.heading}
      </h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
        <Select name="official" label={f.official} options={officials} selected={filters.official?.[0]} t={t} />
        {filters.official?.slice(1).map((slug) => <input key={slug} type="hidden" name="official" value={slug} />)}
        <Select name="topic" label={f.topic} options={topics} selected={filters.topic?.[0]} t={t} />
        {filters.topic?.slice(1).map((slug) => <input key={slug} type="hidden" name="topic" value={slug} />)}
        <Select name="country" label={f.country} options={countries} selected={filters.country?.[0]} t={t} />
        <Select name="kind" label={f.kind} options={kinds} selected={filters.kind?.[0]} t={t} />
        <Select name="status" label={f.status} options={statuses} selected={filters.status} t={t} />
        {path === "/" && (
          <div>
            <label htmlFor="filter-order" className={labelClass}>
              {f.order}
            </label>
            <select id="filter-order" name="order" defaultValue={query.order} className={`${field} mt-1`}>
              <option value="desc">{f.newest}</option>
              <option value="asc">{f.oldest}</option>
            </select>
          </div>
        )}
        <fieldset className="col-span-2 grid grid-cols-2 gap-3 lg:col-span-1">
          <legend className="sr-only">{f.dateHint}</legend>
          {(["from", "to"] as const).map((key) => (
            <div key={key}>
              <label htmlFor={`filter-${key}`} className={labelClass}>
                {f[key]}
              </label>
              <input
                id={`filter-${key}`}
                name={key}
                defaultValue={filters[key] ?? ""}
                inputMode="numeric"
                autoComplete="off"
                placeholder="2026-02"
                pattern="\d{4}(-\d{2}(-\d{2})?)?"
                aria-describedby="filter-date-hint"
                className={`${field} mt-1`}
              />
            </div>
          ))}
          <p id="filter-date-hint" className="col-span-2 text-xs text-stone-600 dark:text-stone-400">
            {f.dateHint}
          </p>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="rounded bg-stone-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          {f.apply}
        </button>
        <Link href={path} locale={locale} className="text-sm text-stone-700 underline underline-offset-2 hover:no-underline dark:text-stone-300">
          {f.reset}
        </Link>
      </div>
    </form>
  );
}
