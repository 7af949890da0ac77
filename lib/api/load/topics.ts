import "server-only";
import type { z } from "zod";
import { listTaxonomy } from "@/lib/queries/topics/list-taxonomy";
import type { topicListQuery } from "@/lib/validation/api-params";
import { pageUrl, paginationOf } from "../present";

/** /api/v1/topics: the curated taxonomy in its own order, with counts. */
export async function loadTopicList({ query, origin }: { query: z.output<typeof topicListQuery>; origin: string }) {
  const { page, pageSize } = query;
  const { rows, total } = await listTaxonomy({ page, pageSize });
  return {
    data: rows.map((t) => ({
      slug: t.slug,
      labelRu: t.labelRu,
      labelEn: t.labelEn,
      url: pageUrl.topic(origin, t.slug),
      meetingCount: t.meetings,
      articleCount: t.articles,
    })),
    pagination: paginationOf(total, page, pageSize),
  };
}
