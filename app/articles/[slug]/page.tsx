import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleMentions } from "@/components/article/article-mentions";
import { ArticleMeta } from "@/components/article/article-meta";
import { ArticleText } from "@/components/article/article-text";
import { CiteBlock } from "@/components/article/cite-block";
import { OriginalLink } from "@/components/article/original-link";
import { MeetingRow } from "@/components/timeline/meeting-row";
import { JsonLd } from "@/components/ui/json-ld";
import { getMessages } from "@/lib/i18n/locale";
import { articleForUrl } from "@/lib/queries/articles/get-article";
import { paragraphId } from "@/lib/text/paragraph-anchor";
import { pageUrl } from "@/lib/api/present";
import { newsArticle } from "@/lib/seo/schema-org";
import { siteOrigin } from "@/lib/seo/site-origin";
import { editionMetadata } from "@/lib/seo/edition-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { t }] = await Promise.all([params, getMessages()]);
  const article = await articleForUrl(slug);
  if (!article) return { title: t.article.notFound };
  const description = (article.lead ?? article.paragraphs[0] ?? "").slice(0, 300);
  const edition = await editionMetadata(`/articles/${article.slug}`);
  return {
    title: article.title,
    description,
    alternates: edition.alternates,
    openGraph: {
      ...edition.openGraph,
      siteName: t.siteName,
      title: article.title,
      description,
      type: "article",
      ...(article.publishedOn ? { publishedTime: article.publishedOn } : {}),
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = await articleForUrl(slug);
  if (!article) notFound();
  const [{ locale, t }, origin] = await Promise.all([getMessages(), siteOrigin()]);
  return (
    <article aria-labelledby={paragraphId(-2)} className="grid gap-x-12 gap-y-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <JsonLd data={newsArticle(article, origin)} />
      <header className="lg:col-span-2">
        <h1 id={paragraphId(-2)} lang="ru" className="max-w-4xl font-serif text-3xl font-semibold leading-tight tracking-tight md:text-4xl">
          {article.title}
        </h1>
        <div className="mt-3">
          <OriginalLink provenance={article.provenance} publishedOn={article.publishedOn} locale={locale} t={t} />
        </div>
      </header>
      <aside className="space-y-6 lg:col-start-2 lg:row-start-2" aria-label={t.article.about}>
        <ArticleMeta article={article} locale={locale} t={t} />
        <ArticleMentions article={article} locale={locale} t={t} />
        <CiteBlock
          source={{
            slug: article.slug, title: article.title, outlet: article.provenance.outlet?.name ?? null, outletEn: article.provenance.outlet?.nameEn ?? null, publishedOn: article.publishedOn,
            originalUrl: article.provenance.originalUrl, archiveUrl: pageUrl.article(origin, article.slug), accessedOn: article.provenance.fetchedAt,
          }}
          locale={locale}
          t={t}
        />
      </aside>
      <div className="min-w-0 max-w-prose lg:col-start-1 lg:row-start-2">
        <section aria-labelledby="text-title">
          <h2 id="text-title" className="sr-only">
            {t.article.text}
          </h2>
          <p className="mb-4 text-xs text-stone-600 dark:text-stone-400">
            {t.article.textNote}{" "}
            <span className="mark-official">{t.article.legend.official}</span> · <span className="mark-place">{t.article.legend.place}</span> ·{" "}
            <span className="mark-topic">{t.article.legend.topic}</span>
          </p>
          <ArticleText article={article} locale={locale} t={t} />
        </section>
        <section aria-labelledby="article-meetings-title" className="mt-12">
          <h2 id="article-meetings-title" className="border-b-2 border-stone-800 pb-1 font-serif text-2xl font-semibold dark:border-stone-300">
            {t.article.meetings}
          </h2>
          {article.meetings.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{t.article.noMeetings}</p>
          ) : (
            <ol>
              {article.meetings.map((m) => (
                <MeetingRow key={m.id} meeting={m} locale={locale} t={t} />
              ))}
            </ol>
          )}
        </section>
      </div>
    </article>
  );
}
