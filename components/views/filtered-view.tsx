import type { ReactNode } from "react";
import { ActiveFilters } from "@/components/timeline/active-filters";
import { FilterForm } from "@/components/timeline/filter-form";
import { Notice } from "@/components/ui/notice";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { TimelineFacets } from "@/lib/queries/meetings/timeline-facets";
import type { ParsedTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { activeFilters } from "@/lib/timeline/timeline-query";

/**
 * A view of the meetings under the timeline's filters (the timeline itself, the network, the map): its
 * title and lead, the filter form and removable filters (both staying on this view), then the view.
 * `chart` stands above the removable filters from lg up and below the view on a phone.
 */
export function FilteredView(props: {
  path: string;
  title: string;
  lead: string;
  parsed: ParsedTimelineQuery;
  facets: TimelineFacets;
  locale: Locale;
  t: Messages;
  headingId?: string;
  chart?: ReactNode;
  children: ReactNode;
}) {
  const { path, title, lead, parsed, facets, locale, t, headingId = "view-title", chart, children } = props;
  const { query, issues } = parsed;
  const active = activeFilters(query);
  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:col-start-2">
        <h1 id={headingId} className="font-serif text-3xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mt-2 max-w-prose text-stone-700 dark:text-stone-300">{lead}</p>
      </div>
      <aside className="lg:col-start-1 lg:row-span-2 lg:row-start-1" aria-label={t.timeline.filters.heading}>
        {/* On a phone the filters fold into one line, open when some are in force, so the first meeting
            shows without scrolling; from lg up they always stand beside the list (globals.css). */}
        <details className="filters-panel" open={active.length > 0 || issues.length > 0}>
          <summary className="filters-summary">{t.timeline.filters.summary(active.length)}</summary>
          <FilterForm query={query} facets={facets} locale={locale} t={t} path={path} />
        </details>
      </aside>
      <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-5 lg:col-start-2">
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
        {/* Below the list on a phone, so the first meeting shows without scrolling; above it from lg up. */}
        {chart && <div className="max-lg:order-last">{chart}</div>}
        <ActiveFilters query={query} labels={facets.labels} locale={locale} t={t} path={path} />
        {children}
      </section>
    </div>
  );
}
