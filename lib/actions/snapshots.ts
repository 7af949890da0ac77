import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/queries/iso-date";

type Tx = Prisma.TransactionClient;

/** What the change log keeps of each record, before and after: the fields an editor can change. */
export async function articleSnapshot(tx: Tx, id: number) {
  const a = await tx.article.findUnique({
    where: { id },
    select: {
      slug: true, title: true, lead: true, body: true, publishedOn: true, photoCredit: true, version: true,
      datelinePlace: { select: { nameRu: true } }, source: { select: { name: true } }, outlet: { select: { name: true } },
      urls: { where: { original: true }, select: { url: true, fetchedAt: true } },
      meetings: { select: { meetingId: true }, orderBy: { meetingId: "asc" } },
    },
  });
  if (!a) return null;
  return {
    slug: a.slug, title: a.title, lead: a.lead, body: a.body, publishedOn: isoDate(a.publishedOn), dateline: a.datelinePlace?.nameRu ?? null,
    source: a.source?.name ?? null, outlet: a.outlet?.name ?? null, url: a.urls[0]?.url ?? null, fetchedAt: a.urls[0]?.fetchedAt?.toISOString() ?? null,
    photoCredit: a.photoCredit, meetings: a.meetings.map((m) => m.meetingId), version: a.version,
  };
}

export async function meetingSnapshot(tx: Tx, id: number) {
  const m = await tx.meeting.findUnique({
    where: { id },
    select: {
      kind: true, status: true, date: true, datePrecision: true, summary: true, outcomes: true, needsReview: true, version: true,
      place: { select: { nameRu: true } },
      participants: { orderBy: { officialId: "asc" }, select: { officialId: true, countryCode: true, title: true, official: { select: { nameRu: true } }, position: { select: { title: true } } } },
      topics: { orderBy: { topicId: "asc" }, select: { topic: { select: { slug: true } } } },
    },
  });
  if (!m) return null;
  return {
    kind: m.kind, status: m.status, date: isoDate(m.date), datePrecision: m.datePrecision, place: m.place?.nameRu ?? null,
    summary: m.summary, outcomes: m.outcomes, needsReview: m.needsReview, version: m.version,
    participants: m.participants.map((p) => ({ officialId: p.officialId, name: p.official.nameRu, position: p.title ?? p.position?.title ?? null, country: p.countryCode })),
    topics: m.topics.map((t) => t.topic.slug),
  };
}

export async function officialSnapshot(tx: Tx, id: number) {
  const o = await tx.official.findUnique({
    where: { id },
    select: { slug: true, nameRu: true, nameLatin: true, countryCode: true, needsReview: true, version: true, _count: { select: { participants: true, articles: true } } },
  });
  if (!o) return null;
  const { _count, ...rest } = o;
  return { ...rest, meetings: _count.participants, articles: _count.articles };
}

/** A source: what an editor edits and what the commands change (polled or not, a poll asked for). */
export async function sourceSnapshot(tx: Tx, id: number) {
  return tx.outlet.findUnique({ where: { id }, select: { name: true, nameEn: true, feedUrl: true, listingPattern: true, site: true, enabled: true, pollRequestedAt: true } });
}

export async function topicSnapshot(tx: Tx, id: number) {
  return tx.topic.findUnique({ where: { id }, select: { slug: true, labelRu: true, labelEn: true, phrasings: true, version: true } });
}
