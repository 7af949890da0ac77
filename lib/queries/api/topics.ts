import "server-only";
import type { z } from "zod";
import { pageUrl, paginationOf } from "@/lib/api/present";
import { getDb } from "@/lib/db";
import type { topicListQuery } from "@/lib/validation/api-params";

/** /api/v1/topics: the curated taxonomy in its own order, with counts. */
export async function loadTopicList({ query, origin }: { query: z.output<typeof topicListQuery>; origin: string }) {
  const { page, pageSize } = query;
  const [rows, total] = await Promise.all([
    getDb().topic.findMany({
      orderBy: { id: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { slug: true, labelRu: true, labelEn: true, meetingCount: { select: { meetings: true } }, articleCount: { select: { articles: true } } },
    }),
    getDb().topic.count(),
  ]);
  return {
    data: rows.map((t) => ({
      slug: t.slug,
      labelRu: t.labelRu,
      labelEn: t.labelEn,
      url: pageUrl.topic(origin, t.slug),
      meetingCount: t.meetingCount?.meetings ?? 0,
      articleCount: t.articleCount?.articles ?? 0,
    })),
    pagination: paginationOf(total, page, pageSize),
  };
}
