import "server-only";
import { readDb } from "@/lib/db";
import { isoDate } from "../iso-date";
import { getArticleById } from "./get-article";

export const ADMIN_PAGE_SIZE = 50;

/** Articles for the editors' list, newest first; `q` looks in titles. */
export async function listAdminArticles({ q, page }: { q?: string; page: number }) {
  const rows = await readDb().article.findMany({
    where: q ? { title: { contains: q, mode: "insensitive" } } : {},
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
    select: { id: true, slug: true, title: true, publishedOn: true, origin: true, source: { select: { name: true } }, _count: { select: { meetings: true } } },
  });
  return {
    hasMore: rows.length > ADMIN_PAGE_SIZE,
    articles: rows.slice(0, ADMIN_PAGE_SIZE).map((a) => ({
      id: a.id, slug: a.slug, title: a.title, publishedOn: isoDate(a.publishedOn), byEditor: a.origin === "editor", source: a.source?.name ?? null, meetings: a._count.meetings,
    })),
  };
}

/** One article as its edit form shows it (getArticleById, projected), with its meetings and what deleting it would remove. */
export async function getAdminArticle(id: number) {
  const a = await getArticleById(id);
  if (!a) return null;
  const meetings = [...a.meetings].sort((x, y) => x.id - y.id).map((m) => ({
    id: m.id, kind: m.kind, status: m.status, date: m.date, datePrecision: m.datePrecision,
    names: m.participants.map((p) => p.nameRu), otherSources: m.sourceCount - 1,
  }));
  return {
    id: a.id, slug: a.slug, title: a.title, titleDerived: a.titleDerived, lead: a.lead, body: a.paragraphs.join("\n\n"), publishedOn: a.publishedOn,
    photoCredit: a.photoCredit, version: a.version, byEditor: a.byEditor,
    dateline: a.dateline?.ru ?? null, source: a.source?.name ?? null, url: a.provenance.originalUrl, outlet: a.provenance.outlet?.name ?? null,
    meetings,
    deleteRemoves: meetings.filter((m) => m.otherSources === 0).length,
    deleteKeeps: meetings.filter((m) => m.otherSources > 0).length,
  };
}
