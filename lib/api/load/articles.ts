import "server-only";
import type { z } from "zod";
import { getArticle } from "@/lib/queries/articles/get-article";
import { listArticles, listArticlesByIds, type ArticleListRow } from "@/lib/queries/articles/list-articles";
import { provenanceOf } from "@/lib/queries/articles/provenance";
import { isoDate } from "@/lib/queries/iso-date";
import type { articleListQuery } from "@/lib/validation/api-params";
import { meetingSummaryOf, pageUrl, paginationOf } from "../present";
import type { ArticleDetail, ArticleSummary } from "../schemas/article";

/** The fields every published form of an article shares, whichever read they come from. */
type ArticleHead = Omit<ArticleSummary, "url">;

function articleSummaryOf(a: ArticleHead, origin: string): ArticleSummary {
  const { slug, ...rest } = a;
  return { slug, url: pageUrl.article(origin, slug), ...rest };
}

function headOfListRow(a: ArticleListRow): ArticleHead {
  return {
    slug: a.slug,
    title: a.title,
    titleDerived: a.titleDerived,
    lead: a.lead,
    publishedOn: isoDate(a.publishedOn),
    publishedOnSource: a.publishedOnSource,
    source: a.source,
    provenance: provenanceOf(a),
    dateline: a.datelinePlace,
    officials: a.officials.map((o) => o.official),
    topics: a.topics.map((t) => t.topic),
    meetingIds: a.meetings.map((m) => m.meetingId),
  };
}

/** /api/v1/articles: newest published first, undated last. */
export async function loadArticleList({ query, origin }: { query: z.output<typeof articleListQuery>; origin: string }) {
  const { page, pageSize, ...filters } = query;
  const { rows, total } = await listArticles(filters, { page, pageSize });
  return { data: rows.map((a) => articleSummaryOf(headOfListRow(a), origin)), pagination: paginationOf(total, page, pageSize) };
}

/** /api/v1/articles/{slug}: the article's page loader (getArticle), as the API publishes it; null when unknown. */
export async function loadArticle({ path, origin }: { path: { slug: string }; origin: string }): Promise<ArticleDetail | null> {
  const a = await getArticle(path.slug);
  if (!a) return null;
  const meetings = [...a.meetings].sort((x, y) => x.id - y.id);
  const { dateline, officials, topics } = a;
  return {
    ...articleSummaryOf(
      {
        ...pick(a, ["slug", "title", "titleDerived", "lead", "publishedOn", "publishedOnSource", "source", "provenance"]),
        dateline: dateline && { nameRu: dateline.ru, nameEn: dateline.en },
        officials: officials.map(({ slug, nameRu, nameLatin }) => ({ slug, nameRu, nameLatin })),
        topics: topics.map(({ slug, labelRu, labelEn }) => ({ slug, labelRu, labelEn })),
        meetingIds: meetings.map((m) => m.id),
      },
      origin,
    ),
    // The API's reading of the body: blank-line separated, trimmed, empty ones dropped.
    paragraphs: a.paragraphs.join("\n\n").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
    photoCredit: a.photoCredit,
    meetings: meetings.map((m) => meetingSummaryOf(m, origin)),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Summaries of these articles in this order (ids the archive no longer has are skipped): the search exports. */
export async function loadArticleSummaries(ids: number[], origin: string): Promise<ArticleSummary[]> {
  return (await listArticlesByIds(ids)).map((a) => articleSummaryOf(headOfListRow(a), origin));
}

function pick<T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, value[k]])) as Pick<T, K>;
}
