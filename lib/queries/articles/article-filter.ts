import type { ArticleWhereInput } from "@/lib/generated/prisma/models";
import type { ArticleFilters } from "@/lib/validation/api-params";

/** Article filters as a Prisma condition; shared by the API list and the feeds. */
export function articleWhere(filters: ArticleFilters): ArticleWhereInput {
  const and: ArticleWhereInput[] = [];
  for (const slug of filters.official ?? []) and.push({ officials: { some: { official: { slug } } } });
  for (const slug of filters.topic ?? []) and.push({ topics: { some: { topic: { slug } } } });
  if (filters.from || filters.to) {
    and.push({ publishedOn: { gte: filters.from ? new Date(filters.from) : undefined, lte: filters.to ? new Date(filters.to) : undefined } });
  }
  return and.length ? { AND: and } : {};
}
