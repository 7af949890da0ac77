import "server-only";
import { readDb } from "@/lib/db";

export type SitemapSection = "articles" | "meetings" | "officials";

/** Highest id per section: the sitemap splits each section into id ranges (each id is two URLs, one per edition). */
export async function sitemapExtent(): Promise<Record<SitemapSection, number>> {
  const [articles, meetings, officials] = await Promise.all([
    readDb().article.aggregate({ _max: { id: true } }),
    readDb().meeting.aggregate({ _max: { id: true } }),
    readDb().official.aggregate({ _max: { id: true } }),
  ]);
  return { articles: articles._max.id ?? 0, meetings: meetings._max.id ?? 0, officials: officials._max.id ?? 0 };
}

/** Records with ids in [first, last]: the path segment that names each and when it last changed. */
export async function sitemapRange(section: SitemapSection, first: number, last: number): Promise<{ key: string; updatedAt: Date }[]> {
  const where = { id: { gte: first, lte: last } };
  const orderBy = { id: "asc" } as const;
  switch (section) {
    case "articles":
      return (await readDb().article.findMany({ where, orderBy, select: { slug: true, updatedAt: true } })).map((a) => ({ key: a.slug, updatedAt: a.updatedAt }));
    case "meetings":
      return (await readDb().meeting.findMany({ where, orderBy, select: { id: true, updatedAt: true } })).map((m) => ({ key: String(m.id), updatedAt: m.updatedAt }));
    case "officials":
      return (await readDb().official.findMany({ where, orderBy, select: { slug: true, updatedAt: true } })).map((o) => ({ key: o.slug, updatedAt: o.updatedAt }));
  }
}

export function sitemapTopics() {
  return readDb().topic.findMany({ orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}
