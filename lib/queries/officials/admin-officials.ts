import "server-only";
import { readDb } from "@/lib/db";
import { ADMIN_PAGE_SIZE } from "../articles/admin-articles";
import { getOfficialById } from "./get-official";

/** Officials whose name, Latin name or any recorded name form contains `q`. */
function matching(q: string | undefined) {
  if (!q) return {};
  return {
    OR: [
      { nameRu: { contains: q, mode: "insensitive" as const } },
      { nameLatin: { contains: q, mode: "insensitive" as const } },
      { names: { some: { form: { contains: q, mode: "insensitive" as const } } } },
    ],
  };
}

export async function listAdminOfficials({ q, review, page }: { q?: string; review: boolean; page: number }) {
  const rows = await readDb().official.findMany({
    where: { ...matching(q), ...(review ? { needsReview: true } : {}) },
    orderBy: [{ nameRu: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
    select: { id: true, nameRu: true, nameLatin: true, countryCode: true, needsReview: true, origin: true, _count: { select: { participants: true } } },
  });
  return {
    hasMore: rows.length > ADMIN_PAGE_SIZE,
    officials: rows.slice(0, ADMIN_PAGE_SIZE).map(({ _count, origin, ...o }) => ({ ...o, byEditor: origin === "editor", meetings: _count.participants })),
  };
}

/** For the participant picker: a few officials by any spelling of their name, with their latest post. */
export async function findOfficials(q: string) {
  const rows = await readDb().official.findMany({
    where: matching(q),
    orderBy: { nameRu: "asc" },
    take: 10,
    select: { id: true, nameRu: true, nameLatin: true, countryCode: true, version: true, positions: { orderBy: { lastSeen: { sort: "desc", nulls: "last" } }, take: 1, select: { title: true } } },
  });
  return rows.map((o) => ({ id: o.id, nameRu: o.nameRu, nameLatin: o.nameLatin, countryCode: o.countryCode, version: o.version, position: o.positions[0]?.title ?? null }));
}

/** An official as the edit form shows it: getOfficialById, projected (posts by first seen, names by form). */
export async function getAdminOfficial(id: number) {
  const o = await getOfficialById(id);
  if (!o) return null;
  const firstSeen = (p: { firstSeen: string | null }) => p.firstSeen ?? "9999-99-99";
  return {
    id: o.id, slug: o.slug, nameRu: o.nameRu, nameLatin: o.nameLatin, countryCode: o.country?.code ?? null, needsReview: o.needsReview, version: o.version,
    byEditor: o.byEditor,
    positions: [...o.positions]
      .sort((a, b) => (firstSeen(a) < firstSeen(b) ? -1 : firstSeen(a) > firstSeen(b) ? 1 : a.id - b.id))
      .map((p) => ({ id: p.id, title: p.title, firstSeen: p.firstSeen, lastSeen: p.lastSeen })),
    names: [...o.names].sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0)),
    meetings: o.meetings.held + o.meetings.planned,
    articles: o.articles,
  };
}
