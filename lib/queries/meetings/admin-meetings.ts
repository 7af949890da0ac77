import "server-only";
import { readDb } from "@/lib/db";
import { isoDate } from "../iso-date";
import { ADMIN_PAGE_SIZE } from "../articles/admin-articles";
import { getMeeting } from "./get-meeting";
import { listTopicChoices } from "../topics/admin-topics";

export async function listAdminMeetings({ review, page }: { review: boolean; page: number }) {
  const rows = await readDb().meeting.findMany({
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

/** A meeting as its edit form shows it (getMeeting, projected), with every topic to choose from. Two rounds, side by side. */
export async function getAdminMeeting(id: number) {
  const [m, topics] = await Promise.all([getMeeting(id), listTopicChoices()]);
  if (!m) return null;
  return {
    id: m.id, kind: m.kind, status: m.status, date: m.date, datePrecision: m.datePrecision, summary: m.summary, outcomes: m.outcomes,
    needsReview: m.needsReview, version: m.version, byEditor: m.byEditor, place: m.place?.ru ?? null,
    // The wording shown for them at this meeting; saved unchanged, it stays as it is.
    participants: m.participants.map((p) => ({
      officialId: p.officialId, label: p.nameRu, nameLatin: p.nameLatin, position: p.wording ?? p.position, countryCode: p.country?.code ?? null, byEditor: p.byEditor,
    })),
    topicIds: m.topics.map((t) => t.id),
    sources: m.sources.map((a) => ({ id: a.id, slug: a.slug, title: a.title, publishedOn: a.publishedOn })).sort((a, b) => a.id - b.id),
    allTopics: topics,
  };
}
