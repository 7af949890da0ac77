import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { notFound } from "next/navigation";
import { OfficialHeader } from "@/components/official/official-header";
import { PositionList } from "@/components/official/position-list";
import { ArticleList } from "@/components/subject/article-list";
import { personName } from "@/lib/i18n/display-name";
import { MeetingsSection } from "@/components/subject/meetings-section";
import { OfficialTallyList } from "@/components/subject/official-tally-list";
import { TopicChips } from "@/components/topic/topic-chips";
import { Link } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";
import { TakeAwayLinks } from "@/components/ui/take-away-links";
import { timelineLinks } from "@/lib/export/timeline-links";
import { YearBars } from "@/components/ui/year-bars";
import { getMessages } from "@/lib/i18n/locale";
import { getOfficial } from "@/lib/queries/officials/get-official";
import { ARTICLES_PER_PAGE, listArticlesOf } from "@/lib/queries/articles/list-articles-of";
import { listMeetingsOf, MEETINGS_PER_PAGE } from "@/lib/queries/meetings/list-meetings-of";
import { listParticipantsOf } from "@/lib/queries/officials/list-participants-of";
import { listTopicsOf } from "@/lib/queries/topics/list-topics-of";
import { firstParam, pageNumberSchema, pagesInQuery, pageWithin, slugSchema } from "@/lib/validation/page-params";
import { editionMetadata } from "@/lib/seo/edition-metadata";

export const dynamic = "force-dynamic";

const COUNTERPARTS_SHOWN = 30;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  const official = slug.success ? await getOfficial(slug.data) : null;
  if (!official) notFound();
  return official;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [official, { locale, t }] = await Promise.all([load(params), getMessages()]);
  const name = personName(official, locale);
  const description = t.officials.metaDescription(name, official.latestPosition, official.meetings.held + official.meetings.planned);
  const edition = await editionMetadata(`/officials/${official.slug}`);
  return {
    title: name,
    description,
    alternates: { ...edition.alternates, ...feedAlternates("official", official.slug, t) },
    openGraph: { ...edition.openGraph, type: "profile", title: name, description, siteName: t.siteName },
  };
}

export default async function OfficialPage({ params, searchParams }: Props) {
  const [official, query, { locale, t }] = await Promise.all([load(params), searchParams, getMessages()]);
  const subject = { officialId: official.id };
  const meetings = pageWithin(pageNumberSchema.parse(firstParam(query.meetings)), official.meetings.held + official.meetings.planned, MEETINGS_PER_PAGE);
  const articles = pageWithin(pageNumberSchema.parse(firstParam(query.articles)), official.articles, ARTICLES_PER_PAGE);
  const years = official.meetingsByYear;
  const [counterparts, topics, entries, articleItems] = await Promise.all([
    listParticipantsOf(subject, COUNTERPARTS_SHOWN),
    listTopicsOf(subject),
    listMeetingsOf(subject, meetings.page),
    listArticlesOf(subject, articles.page),
  ]);
  const path = `/officials/${official.slug}`;
  const kept = pagesInQuery({ meetings: meetings.page, articles: articles.page });

  return (
    <article>
      <OfficialHeader official={official} counterparts={counterparts.total} locale={locale} t={t} />
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,19rem)_minmax(0,1fr)]">
        <div className="space-y-10">
          <PositionList positions={official.positions} locale={locale} t={t} />
          <section aria-labelledby="counterparts-title">
            <h2 id="counterparts-title" className="font-serif text-xl font-semibold">
              {t.officials.counterpartsTitle}
            </h2>
            {counterparts.items.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.officials.counterpartsEmpty}</p>
            ) : (
              <>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t.officials.counterpartsLead}</p>
                <OfficialTallyList locale={locale} officials={counterparts.items} labels={t.officials} />
                {counterparts.total > counterparts.items.length && (
                  <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.officials.counterpartsMore(counterparts.total - counterparts.items.length)}</p>
                )}
                <p className="mt-2 text-sm">
                  <Link href={`/network?official=${official.slug}`} className="text-sky-800 underline underline-offset-2 hover:no-underline dark:text-sky-300">
                    {t.network.onNetwork}
                  </Link>
                </p>
              </>
            )}
          </section>
          <section aria-labelledby="topics-title">
            <h2 id="topics-title" className="font-serif text-xl font-semibold">
              {t.officials.topicsTitle}
            </h2>
            <div className="mt-3">
              {topics.length === 0 ? (
                <p className="text-sm text-stone-600 dark:text-stone-400">{t.officials.topicsEmpty}</p>
              ) : (
                <TopicChips topics={topics} locale={locale} count={t.officials.meetings} />
              )}
            </div>
          </section>
        </div>
        <div className="space-y-12">
          <MeetingsSection
            locale={locale}
            t={t}
            title={t.officials.meetingsTitle}
            empty={t.officials.meetingsEmpty}
            undated={t.officials.undated}
            entries={entries}
            timeline={{ href: `/?official=${official.slug}`, label: t.officials.onTimeline }}
            pager={<Pager path={path} page={meetings.page} pages={meetings.pages} param="meetings" query={kept} anchor="meetings" listName={t.officials.meetingsTitle} labels={t.officials.pager} />}
          >
            {years.length > 1 && (
              <YearBars caption={t.officials.meetingsByYear} yearLabel={t.officials.year} undatedLabel={t.officials.undated} series={[{ label: t.officials.meetingsTitle, counts: years }]} />
            )}
          </MeetingsSection>
          <TakeAwayLinks
            hrefs={{
              ...timelineLinks({ official: official.slug }),
              atom: `/officials/${official.slug}/feed.xml`,
              calendar: `/officials/${official.slug}/calendar.ics`,
              api: `/api/v1/officials/${official.slug}`,
            }}
            t={t}
          />
          <ArticleList
            locale={locale}
            t={t}
            title={t.officials.articlesTitle}
            empty={t.officials.articlesEmpty}
            articles={articleItems}
            weight={t.officials.mentions}
            pager={<Pager path={path} page={articles.page} pages={articles.pages} param="articles" query={kept} anchor="articles" listName={t.officials.articlesTitle} labels={t.officials.pager} />}
          />
        </div>
      </div>
    </article>
  );
}
