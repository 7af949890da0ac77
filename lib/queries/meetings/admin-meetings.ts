import "server-only";
import { getDb } from "@/lib/db";
import { isoDate } from "../iso-date";
import { ADMIN_PAGE_SIZE } from "../articles/admin-articles";
import { listTopicChoices } from "../topics/admin-topics";

export async function listAdminMeetings({ review, page }: { review: boolean; page: number }) {
  const rows = await getDb().meeting.findMany({
    where: review ? { needsReview: true } : {},
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE + 1,
    select: {
      id: true, kind: true, status: true, date: true, datePrecision: true, needsReview: true, origin: true,
      place: { select: { nameRu: true } },
      participants: { orderBy: { officialId: "asc" }, select: { official: { select: { nameRu: true } } } },
    },
  });
  return {
    hasMore: rows.length > ADMIN_PAGE_SIZE,
    meetings: rows.slice(0, ADMIN_PAGE_SIZE).map((m) => ({
      id: m.id, kind: m.kind, status: m.status, date: isoDate(m.date), datePrecision: m.datePrecision, needsReview: m.needsReview,
      byEditor: m.origin === "editor", place: m.place?.nameRu ?? null, names: m.participants.map((p) => p.official.nameRu),
    })),
  };
}

/** A meeting as its edit form shows it, with every topic to choose from. Two queries. */
export async function getAdminMeeting(id: number) {
  const db = getDb();
  const [m, topics] = await Promise.all([
    db.meeting.findUnique({
      where: { id },
      select: {
        id: true, kind: true, status: true, date: true, datePrecision: true, summary: true, outcomes: true, needsReview: true, version: true, origin: true,
        place: { select: { nameRu: true } },
        participants: {
          orderBy: { officialId: "asc" },
          select: { officialId: true, countryCode: true, origin: true, title: true, position: { select: { title: true } }, official: { select: { nameRu: true, nameLatin: true } } },
        },
        topics: { select: { topicId: true } },
        sources: { orderBy: { articleId: "asc" }, select: { article: { select: { id: true, slug: true, title: true, publishedOn: true } } } },
      },
    }),
    listTopicChoices(),
  ]);
  if (!m) return null;
  return {
    id: m.id, kind: m.kind, status: m.status, date: isoDate(m.date), datePrecision: m.datePrecision, summary: m.summary, outcomes: m.outcomes,
    needsReview: m.needsReview, version: m.version, byEditor: m.origin === "editor", place: m.place?.nameRu ?? null,
    // The wording shown for them at this meeting; saved unchanged, it stays as it is.
    participants: m.participants.map((p) => ({
      officialId: p.officialId, label: p.official.nameRu, nameLatin: p.official.nameLatin, position: p.title ?? p.position?.title ?? null, countryCode: p.countryCode, byEditor: p.origin === "editor",
    })),
    topicIds: m.topics.map((t) => t.topicId),
    sources: m.sources.map((s) => ({ ...s.article, publishedOn: isoDate(s.article.publishedOn) })),
    allTopics: topics,
  };
}
