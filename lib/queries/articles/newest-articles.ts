import "server-only";
import { getDb } from "@/lib/db";
import type { ArticleFilters } from "@/lib/validation/api-params";
import { articleWhere } from "./article-filter";

/** Feeds announce what is new to the archive: the most recently added records first. */
export async function newestArticles(filters: ArticleFilters, limit = 50) {
  return getDb().article.findMany({
    where: articleWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      title: true,
      lead: true,
      createdAt: true,
      updatedAt: true,
      source: { select: { name: true } },
      topics: { orderBy: [{ hits: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
    },
  });
}

export type NewArticle = Awaited<ReturnType<typeof newestArticles>>[number];
