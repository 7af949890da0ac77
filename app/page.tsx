import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { filterLabel } from "@/components/timeline/active-filters";
import { EmptyResult } from "@/components/timeline/empty-result";
import { MonthChart } from "@/components/timeline/month-chart";
import { Pagination } from "@/components/timeline/pagination";
import { TimelineList } from "@/components/timeline/timeline-list";
import { FilteredView } from "@/components/views/filtered-view";
import { TakeAwayLinks } from "@/components/ui/take-away-links";
import { timelineLinks } from "@/lib/export/timeline-links";
import { getMessages } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { countMeetings, listMeetings } from "@/lib/queries/meetings/list-meetings";
import { monthHistogram } from "@/lib/queries/meetings/month-histogram";
import { timelineFacets } from "@/lib/queries/meetings/timeline-facets";
import { parseTimelineQuery } from "@/lib/timeline/parse-timeline-query";
import { activeFilters, timelineHref } from "@/lib/timeline/timeline-query";
import { givenHref } from "@/lib/timeline/view-href";
import type { QueryRecord } from "@/lib/validation/url-params";

// The archive changes with every import: render per request.
export const dynamic = "force-dynamic";

// Meetings a page lists. Each row is some forty elements, sent twice (HTML and React's payload): at 50
// rows the list was most of the home page's render time on the 100,000-article benchmark; the chart
// above keeps the whole archive's shape in view, and the pages go on below.
const PAGE_SIZE = 20;

export async function generateMetadata({ searchParams }: { searchParams: Promise<QueryRecord> }): Promise<Metadata> {
  const [{ locale, t }, edition, record] = await Promise.all([getMessages(), editionMetadata(), searchParams]);
  // No title of its own: a layout's title template does not reach a page of its own segment, so the
  // home page takes the layout's default, which names the site.
  return {
    description: t.timeline.description,
    // The feed of the meetings this page lists (its filters), beside the site-wide ones the layout names.
    alternates: {
      ...edition.alternates,
      types: {
        "application/atom+xml": [
          { url: timelineLinks(record, locale).atom, title: t.openData.alternateTimelineFeed },
          { url: "/articles/feed.xml", title: t.openData.alternateArticles },
        ],
        "text/calendar": [{ url: timelineLinks(record, locale).calendar, title: t.openData.alternateCalendar }],
      },
    },
    openGraph: { ...edition.openGraph, siteName: t.siteName, title: t.timeline.title, description: t.timeline.description, type: "website" },
  };
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<QueryRecord> }) {
  const record = await searchParams;
  const { query, issues } = parseTimelineQuery(record);
  const { locale, t } = await getMessages();
  if (issues.length === 0 && givenHref("/", record) !== timelineHref(query)) redirect(localePath(locale, timelineHref(query)));

  const [list, facets, histogram] = await Promise.all([
    listMeetings(query.filters, { order: query.order, page: query.page, pageSize: PAGE_SIZE, trips: true }),
    timelineFacets(query.filters),
    monthHistogram(query.filters),
  ]);
  const pages = Math.ceil(list.total / PAGE_SIZE);
  if (list.total > 0 && query.page > pages) redirect(localePath(locale, timelineHref({ ...query, page: pages })));

  const active = activeFilters(query);
  const widen =
    list.total === 0 && active.length > 0
      ? await Promise.all(
          active.map(async (f) => ({ label: filterLabel(f, query, facets.labels, locale, t), href: f.href, count: await countMeetings(f.without) })),
        )
      : [];
  const first = (query.page - 1) * PAGE_SIZE + 1;

  return (
    <FilteredView
      path="/"
      headingId="timeline-title"
      title={t.timeline.title}
      lead={t.timeline.description}
      parsed={{ query, issues }}
      facets={facets}
      locale={locale}
      t={t}
      chart={<MonthChart histogram={histogram} query={query} locale={locale} t={t} />}
    >
      {list.total > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-400" role="status">
          {t.timeline.found(list.total)}
          {pages > 1 && ` · ${t.timeline.showing(first, first + list.entries.length - 1, list.total)}`}
        </p>
      )}
      {list.total > 0 ? (
        <TimelineList entries={list.entries} trips={list.trips} locale={locale} t={t} />
      ) : active.length > 0 ? (
        <EmptyResult widen={widen} t={t} />
      ) : (
        <p className="text-stone-600 dark:text-stone-400">{t.timeline.empty}</p>
      )}
      <Pagination query={query} pages={pages} locale={locale} t={t} />
      <TakeAwayLinks hrefs={timelineLinks(record, locale)} t={t} />
    </FilteredView>
  );
}
