import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/subject/article-list";
import { localName } from "@/lib/i18n/display-name";
import { MeetingsSection } from "@/components/subject/meetings-section";
import { OfficialTallyList } from "@/components/subject/official-tally-list";
import { TopicHeader } from "@/components/topic/topic-header";
import { TopicPhrasings } from "@/components/topic/topic-phrasings";
import { Pager } from "@/components/ui/pager";
import { TakeAwayLinks } from "@/components/ui/take-away-links";
import { timelineLinks } from "@/lib/export/timeline-links";
import { YearBars } from "@/components/ui/year-bars";
import { getMessages } from "@/lib/i18n/locale";
import { getTopic } from "@/lib/queries/topics/get-topic";
import { ARTICLES_PER_PAGE, countArticlesByYear, listArticlesOf } from "@/lib/queries/articles/list-articles-of";
import { countMeetingsByYear, listMeetingsOf, MEETINGS_PER_PAGE } from "@/lib/queries/meetings/list-meetings-of";
import { listParticipantsOf } from "@/lib/queries/officials/list-participants-of";
import { firstParam, pageNumberSchema, pagesInQuery, pageWithin, slugSchema } from "@/lib/validation/page-params";
import { editionMetadata } from "@/lib/seo/edition-metadata";

export const dynamic = "force-dynamic";

const OFFICIALS_SHOWN = 20;

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props["params"]) {
  const slug = slugSchema.safeParse((await params).slug);
  const topic = slug.success ? await getTopic(slug.data) : null;
  if (!topic) notFound();
  return topic;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [topic, { locale, t }] = await Promise.all([load(params), getMessages()]);
  const label = localName(topic.labelRu, topic.labelEn, locale);
  const description = t.topics.metaDescription(label, topic.meetings, topic.articles);
  const edition = await editionMetadata(`/topics/${topic.slug}`);
  return {
    title: label,
    description,
    alternates: { ...edition.alternates, ...feedAlternates("topic", topic.slug, t) },
    openGraph: { ...edition.openGraph, type: "website", title: label, description, siteName: t.siteName },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const [topic, query, { locale, t }] = await Promise.all([load(params), searchParams, getMessages()]);
  const subject = { topicId: topic.id };
  const meetings = pageWithin(pageNumberSchema.parse(firstParam(query.meetings)), topic.meetings, MEETINGS_PER_PAGE);
  const articles = pageWithin(pageNumberSchema.parse(firstParam(query.articles)), topic.articles, ARTICLES_PER_PAGE);
  const [meetingYears, articleYears, officials, entries, articleItems] = await Promise.all([
    countMeetingsByYear(subject),
    countArticlesByYear(subject),
    listParticipantsOf(subject, OFFICIALS_SHOWN),
    listMeetingsOf(subject, meetings.page),
    listArticlesOf(subject, articles.page),
  ]);
  const path = `/topics/${topic.slug}`;
  const kept = pagesInQuery({ meetings: meetings.page, articles: articles.page });

  return (
    <article>
      <TopicHeader topic={topic} years={[...meetingYears, ...articleYears]} locale={locale} t={t} />
      {(topic.meetings > 0 || topic.articles > 0) && (
        <section aria-labelledby="by-year-title" className="mt-8">
          <h2 id="by-year-title" className="font-serif text-xl font-semibold">
            {t.topics.byYearTitle}
          </h2>
          <div className="mt-3">
            <YearBars
              caption={t.topics.byYearCaption}
              yearLabel={t.topics.year}
              undatedLabel={t.topics.undated}
              series={[
                { label: t.topics.columns.meetings, counts: meetingYears },
                { label: t.topics.columns.articles, counts: articleYears },
              ]}
            />
          </div>
        </section>
      )}
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,19rem)_minmax(0,1fr)]">
        <div className="space-y-10">
          <section aria-labelledby="officials-title">
            <h2 id="officials-title" className="font-serif text-xl font-semibold">
              {t.topics.officialsTitle}
            </h2>
            {officials.items.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t.topics.officialsEmpty}</p>
            ) : (
              <>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{t.topics.officialsLead}</p>
                <OfficialTallyList locale={locale} officials={officials.items} labels={t.officials} />
              </>
            )}
          </section>
          <TopicPhrasings phrasings={topic.phrasings} t={t} />
        </div>
        <div className="space-y-12">
          <MeetingsSection
            locale={locale}
            t={t}
            title={t.topics.meetingsTitle}
            empty={t.topics.meetingsEmpty}
            undated={t.topics.undated}
            entries={entries}
            timeline={{ href: `/?topic=${topic.slug}`, label: t.topics.onTimeline }}
            pager={<Pager path={path} page={meetings.page} pages={meetings.pages} param="meetings" query={kept} anchor="meetings" listName={t.topics.meetingsTitle} labels={t.topics.pager} />}
          />
          <TakeAwayLinks
            hrefs={{ ...timelineLinks({ topic: topic.slug }), atom: `/topics/${topic.slug}/feed.xml`, calendar: `/topics/${topic.slug}/calendar.ics` }}
            t={t}
          />
          <ArticleList
            locale={locale}
            t={t}
            title={t.topics.articlesTitle}
            empty={t.topics.articlesEmpty}
            articles={articleItems}
            weight={t.topics.signals}
            pager={<Pager path={path} page={articles.page} pages={articles.pages} param="articles" query={kept} anchor="articles" listName={t.topics.articlesTitle} labels={t.topics.pager} />}
          />
        </div>
      </div>
    </article>
  );
}
