import "server-only";
import { getDb } from "@/lib/db";
import type { ReviewReason } from "@/lib/sources/review-reasons";

export interface ReviewRow {
  id: number;
  url: string;
  title: string | null;
  outlet: string | null;
  reasons: ReviewReason[];
  fetchedAt: Date;
  /** A possible reprint: the article it resembles. */
  resembles: { id: number; slug: string; title: string } | null;
}

/** Items waiting for an editor, oldest first (the order they came in). */
export async function listWaitingReviews(limit = 100): Promise<ReviewRow[]> {
  const rows = await getDb().reviewItem.findMany({
    where: { status: "waiting" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, url: true, title: true, reasons: true, fetchedAt: true, outlet: { select: { name: true } }, resembles: { select: { id: true, slug: true, title: true } } },
  });
  return rows.map((r) => ({ id: r.id, url: r.url, title: r.title, outlet: r.outlet?.name ?? null, reasons: r.reasons as ReviewReason[], fetchedAt: r.fetchedAt, resembles: r.resembles }));
}

/** The article a possible reprint was just attached to, as /admin/review names it. */
export function getAttachedArticle(id: number) {
  return getDb().article.findUnique({ where: { id }, select: { slug: true, title: true } });
}

/** One waiting item, as the new-article page opens it. */
export async function getWaitingReview(id: number) {
  return getDb().reviewItem.findFirst({
    where: { id, status: "waiting" },
    select: { id: true, url: true, title: true, rawText: true, fetchedAt: true, outlet: { select: { name: true } }, resembles: { select: { title: true } } },
  });
}

/** How many items wait for review (the dashboard's pointer to /admin/review). */
export function countWaitingReviews(): Promise<number> {
  return getDb().reviewItem.count({ where: { status: "waiting" } });
}
