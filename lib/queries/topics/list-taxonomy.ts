import "server-only";
import { readDb } from "@/lib/db";

/** One page of the taxonomy in its own order (by id), with the stored meeting and article counts, and the number of topics. */
export async function listTaxonomy({ page, pageSize }: { page: number; pageSize: number }) {
  const [rows, total] = await Promise.all([
    readDb().topic.findMany({
      orderBy: { id: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { slug: true, labelRu: true, labelEn: true, meetingCount: { select: { meetings: true } }, articleCount: { select: { articles: true } } },
    }),
    readDb().topic.count(),
  ]);
  return {
    rows: rows.map((t) => ({ slug: t.slug, labelRu: t.labelRu, labelEn: t.labelEn, meetings: t.meetingCount?.meetings ?? 0, articles: t.articleCount?.articles ?? 0 })),
    total,
  };
}
