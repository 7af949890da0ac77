import "server-only";
import { readDb } from "@/lib/db";
import type { ArticleGetPayload, ArticleSelect } from "@/lib/generated/prisma/models";
import type { ArticleFilters } from "@/lib/validation/api-params";
import { articleWhere } from "./article-filter";
import { provenanceSelect } from "./provenance";

/** An article's heading and provenance, as every view of it shows them. */
export const articleHeadSelect = {
  slug: true,
  title: true,
  titleDerived: true,
  lead: true,
  publishedOn: true,
  publishedOnSource: true,
  source: { select: { name: true, nameEn: true } },
  datelinePlace: { select: { nameRu: true, nameEn: true } },
  ...provenanceSelect,
} satisfies ArticleSelect;

/** What a list of articles shows of each (the API's summaries, the search exports). */
const summarySelect = {
  ...articleHeadSelect,
  officials: { orderBy: [{ mentions: "desc" }, { officialId: "asc" }], select: { official: { select: { slug: true, nameRu: true, nameLatin: true } } } },
  topics: { orderBy: [{ hits: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
  meetings: { orderBy: { meetingId: "asc" }, select: { meetingId: true } },
} satisfies ArticleSelect;

export type ArticleListRow = ArticleGetPayload<{ select: typeof summarySelect }>;

/** One page of the articles matching the filters, newest published first, undated last, and their total. Two queries whatever the page size. */
export async function listArticles(filters: ArticleFilters, { page, pageSize }: { page: number; pageSize: number }): Promise<{ rows: ArticleListRow[]; total: number }> {
  const where = articleWhere(filters);
  const [rows, total] = await Promise.all([
    readDb().article.findMany({
      where,
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: summarySelect,
    }),
    readDb().article.count({ where }),
  ]);
  return { rows, total };
}

/** These articles in this order (ids the archive no longer has are skipped): the search exports. */
export async function listArticlesByIds(ids: number[]): Promise<ArticleListRow[]> {
  const rows = await readDb().article.findMany({ where: { id: { in: ids } }, select: { id: true, ...summarySelect } });
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
