import "server-only";
import { readDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleFilters } from "@/lib/validation/api-params";
import { articleWhere } from "./article-filter";

/** What a feed entry shows of an article. */
const feedSelect = {
  slug: true,
  title: true,
  lead: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { name: true } },
  topics: { orderBy: [{ hits: "desc" }, { topicId: "asc" }], select: { topic: { select: { slug: true, labelRu: true, labelEn: true } } } },
} satisfies Prisma.ArticleSelect;

/** Feeds announce what is new to the archive: the most recently added records first. */
export async function newestArticles(filters: ArticleFilters, limit = 50) {
  return readDb().article.findMany({
    where: articleWhere(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: feedSelect,
  });
}

/** The feed entries of these articles, in the order given (a search's matches). */
export async function feedArticlesBySlug(slugs: string[]) {
  const rows = await readDb().article.findMany({ where: { slug: { in: slugs } }, select: feedSelect });
  const bySlug = new Map(rows.map((a) => [a.slug, a]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

export type NewArticle = Awaited<ReturnType<typeof newestArticles>>[number];
