import type { Extraction, MeetingFull } from "@/lib/importer/types";
import { ensureCountry, placeId, type Tx } from "./lookups";
import { sameMeeting, type MeetingShape } from "./same-meeting";
import type { StoredOfficial } from "./store-officials";

export interface ArticleContext {
  articleId: number;
  x: Extraction;
  officials: Map<string, StoredOfficial>; // by canonical name
  topicIds: Map<string, number>; // by slug
}

const WINDOW_DAYS = 400; // wide enough for year-precision dates; sameMeeting decides

/** Stores each extracted meeting, or adds this article as a source of the stored meeting it reports. */
export async function storeMeetings(tx: Tx, ctx: ArticleContext): Promise<number[]> {
  const ids: number[] = [];
  for (const m of ctx.x.meetings) ids.push(await storeMeeting(tx, ctx, m));
  return ids;
}

async function storeMeeting(tx: Tx, ctx: ArticleContext, m: MeetingFull): Promise<number> {
  const people = m.participants.flatMap((p) => {
    const official = ctx.officials.get(p.name);
    return official ? [{ p, official }] : [];
  });
  const shape: MeetingShape = { ...m, participants: people.map(({ official }) => official.matchKey) };
  const existing = await findSameMeeting(tx, shape, people.map(({ official }) => official.id));
  const topicIds = m.topics.flatMap((slug) => ctx.topicIds.get(slug) ?? []);

  let meetingId: number;
  if (existing) {
    meetingId = existing.id;
    if (existing.origin === "importer") {
      for (const { p, official } of people) {
        await tx.meetingParticipant.upsert({
          where: { meetingId_officialId: { meetingId, officialId: official.id } },
          create: { meetingId, officialId: official.id, positionId: positionOf(ctx, p.name, p.position), countryCode: await ensureCountry(tx, p.country) },
          update: {},
        });
      }
      await tx.meetingTopic.createMany({ data: topicIds.map((topicId) => ({ meetingId, topicId })), skipDuplicates: true });
    }
  } else {
    const participants = [];
    for (const { p, official } of people) {
      participants.push({ officialId: official.id, positionId: positionOf(ctx, p.name, p.position), countryCode: await ensureCountry(tx, p.country) });
    }
    const created = await tx.meeting.create({
      data: {
        kind: m.kind,
        status: m.status,
        date: m.date ? new Date(`${m.date}T00:00:00Z`) : null,
        datePrecision: m.date ? (m.datePrecision ?? "day") : null,
        dateSource: m.date ? m.dateSource : null,
        placeId: await placeId(tx, m.place),
        summary: m.summary,
        needsReview: people.length < m.participants.length || (people.length === 0 && !m.place),
        participants: { createMany: { data: participants, skipDuplicates: true } },
        topics: { createMany: { data: topicIds.map((topicId) => ({ topicId })), skipDuplicates: true } },
      },
      select: { id: true },
    });
    meetingId = created.id;
  }
  await tx.meetingSource.createMany({ data: [{ meetingId, articleId: ctx.articleId }], skipDuplicates: true });
  await storeMeetingEvidence(tx, ctx, m, meetingId);
  return meetingId;
}

async function findSameMeeting(tx: Tx, shape: MeetingShape, officialIds: number[]) {
  const day = shape.date ? Date.parse(shape.date) : null;
  const candidates = await tx.meeting.findMany({
    where: {
      status: shape.status,
      date: day === null ? null : { gte: new Date(day - WINDOW_DAYS * 86_400_000), lte: new Date(day + WINDOW_DAYS * 86_400_000) },
      ...(officialIds.length ? { participants: { some: { officialId: { in: officialIds } } } } : { place: { nameRu: shape.place ?? "" } }),
    },
    select: {
      id: true,
      kind: true,
      status: true,
      date: true,
      datePrecision: true,
      origin: true,
      place: { select: { nameRu: true } },
      participants: { select: { official: { select: { matchKey: true } } } },
    },
    take: 200,
  });
  return candidates.find((c) =>
    sameMeeting(shape, {
      kind: c.kind,
      status: c.status,
      date: c.date ? c.date.toISOString().slice(0, 10) : null,
      datePrecision: c.datePrecision,
      place: c.place?.nameRu ?? null,
      participants: c.participants.map((p) => p.official.matchKey),
    }),
  );
}

function positionOf(ctx: ArticleContext, name: string, title: string | null): number | null {
  if (!title) return null;
  const official = ctx.x.officials.find((o) => o.name === name);
  const key = official?.positions.find((p) => p.title === title)?.key;
  return key ? (ctx.officials.get(name)?.positions.get(key) ?? null) : null;
}

async function storeMeetingEvidence(tx: Tx, ctx: ArticleContext, m: MeetingFull, meetingId: number) {
  const rows = m.evidence.flatMap((e) => {
    const sentence = ctx.x.sentences[e.sentence];
    if (!sentence) return [];
    return [{
      fact: e.fact,
      articleId: ctx.articleId,
      meetingId,
      officialId: e.official ? (ctx.officials.get(e.official)?.id ?? null) : null,
      topicId: e.topic ? (ctx.topicIds.get(e.topic) ?? null) : null,
      sentence: sentence.text,
      paragraph: paragraphIndex(sentence),
      offset: sentence.start,
    }];
  });
  await tx.evidence.createMany({ data: rows });
}

/** Evidence.paragraph: -2 for the title, -1 for the lead, else the body paragraph. */
export function paragraphIndex(s: { part: "title" | "lead" | "body"; paragraph: number }): number {
  return s.part === "title" ? -2 : s.part === "lead" ? -1 : s.paragraph;
}
