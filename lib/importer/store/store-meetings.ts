import type { Extraction, MeetingFull } from "@/lib/importer/types";
import { candidateDates } from "./candidate-dates";
import { ALL_MEETINGS, meetingLocks, mergeLocks, type MeetingLock } from "./meeting-locks";
import type { Tx } from "./lookups";
import { sameMeeting, type MeetingShape } from "./same-meeting";
import type { StoredOfficial } from "./store-officials";
import type { ArticleRows, EvidenceRow, MeetingRow, MeetingTopicRow, ParticipantRow } from "./write-rows";

export interface ArticleContext {
  articleId: number;
  x: Extraction;
  officials: Map<string, StoredOfficial>; // by canonical name
  topicIds: Map<string, number>; // by slug
  placeIds: Map<string, number>; // by Russian name
}


/** Meeting ids drawn ahead of the locks, so the serialised part of a transaction stays short. */
export async function reserveMeetingIds(tx: Tx, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence('"Meeting"', 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((r) => r.id);
}

/**
 * Takes the advisory locks (held to commit) that order this transaction after any concurrent importer
 * that could create or change a meeting it might match (see meetingLocks), in one fixed order.
 */
export async function lockMeetings(tx: Tx, locks: MeetingLock[]): Promise<void> {
  const merged = mergeLocks(locks);
  if (merged.length === 0) return;
  await tx.$queryRaw`
    SELECT count(CASE WHEN l.shared THEN pg_advisory_xact_lock_shared(l.key) ELSE pg_advisory_xact_lock(l.key) END)::int AS n
    FROM unnest(${merged.map((l) => l.key)}::bigint[], ${merged.map((l) => l.shared)}::boolean[]) AS l(key, shared)`;
}

interface Candidate {
  id: number;
  origin: "importer" | "editor";
  shape: MeetingShape;
}

/**
 * Stores each extracted meeting, or adds this article as a source of the stored meeting it reports
 * (and, unless an editor owns that meeting, its extra participants and topics). Takes the matching
 * locks first; the caller writes the rows this returns (with `writeArticleRows`) before it commits.
 */
export async function planMeetings(tx: Tx, ctx: ArticleContext, reservedIds: number[]): Promise<ArticleRows> {
  const plans = ctx.x.meetings.map((m) => {
    const people = m.participants.flatMap((p) => {
      const official = ctx.officials.get(p.name);
      return official ? [{ p, official }] : [];
    });
    const shape: MeetingShape = { ...m, participants: people.map(({ official }) => official.matchKey) };
    return { m, people, shape, topicIds: m.topics.flatMap((slug) => ctx.topicIds.get(slug) ?? []) };
  });
  if (plans.length === 0) return { meetings: [], participants: [], topics: [], sources: [], evidence: [] };
  await lockMeetings(tx, [
    { key: ALL_MEETINGS, shared: true },
    ...plans.flatMap(({ m, people, shape }) => {
      const who = people.length ? people.map(({ official }) => String(official.id)) : m.place ? [`place:${m.place.toLowerCase()}`] : [];
      return meetingLocks(shape, who);
    }),
  ]);
  const candidates = await findCandidates(tx, plans.map((p) => ({ shape: p.shape, officialIds: p.people.map(({ official }) => official.id) })));

  const created: MeetingRow[] = [];
  const participants: ParticipantRow[] = [];
  const topics: MeetingTopicRow[] = [];
  const sources = new Set<number>();
  const evidence: EvidenceRow[] = [];
  for (const [i, { m, people, shape, topicIds }] of plans.entries()) {
    const existing = candidates.find((c) => sameMeeting(shape, c.shape));
    const meetingId = existing?.id ?? reservedIds[i];
    if (meetingId === undefined) throw new Error("no meeting id reserved");
    if (!existing) {
      created.push({
        id: meetingId,
        kind: m.kind,
        status: m.status,
        date: m.date ? new Date(`${m.date}T00:00:00Z`) : null,
        datePrecision: m.date ? (m.datePrecision ?? "day") : null,
        dateSource: m.date ? m.dateSource : null,
        placeId: m.place ? (ctx.placeIds.get(m.place) ?? null) : null,
        summary: m.summary,
        needsReview: people.length < m.participants.length || (people.length === 0 && !m.place),
      });
      // A later meeting of the same article may report this one again, as it would find it stored.
      candidates.push({ id: meetingId, origin: "importer", shape: { ...shape, participants: [...shape.participants] } });
    } else if (existing.origin === "importer") {
      existing.shape.participants = [...new Set([...existing.shape.participants, ...shape.participants])];
    }
    if (!existing || existing.origin === "importer") {
      for (const { p, official } of people) {
        participants.push({ meetingId, officialId: official.id, positionId: positionOf(ctx, p.name, p.position), countryCode: p.country });
      }
      for (const topicId of topicIds) topics.push({ meetingId, topicId });
    }
    sources.add(meetingId);
    evidence.push(...meetingEvidence(ctx, m, meetingId));
  }
  return { meetings: created, participants, topics, sources: [...sources].map((meetingId) => ({ meetingId, articleId: ctx.articleId })), evidence };
}

/**
 * Stored meetings that may be the same as any of the article's: dated where `sameMeeting` could accept
 * (or undated, for undated reports), sharing a participant or, for participant-less reports, the place.
 */
async function findCandidates(tx: Tx, reports: { shape: MeetingShape; officialIds: number[] }[]): Promise<Candidate[]> {
  const dates = [...new Set(reports.flatMap(({ shape }) => (shape.date ? candidateDates(shape.date, shape.datePrecision) : [])))];
  const undated = reports.some(({ shape }) => !shape.date);
  const statuses = [...new Set(reports.map(({ shape }) => shape.status))];
  const officialIds = [...new Set(reports.flatMap((r) => r.officialIds))];
  const places = [...new Set(reports.flatMap(({ shape }) => (shape.participants.length === 0 && shape.place ? [shape.place] : [])))];
  const rows = await tx.$queryRaw<
    { id: number; kind: MeetingShape["kind"]; status: MeetingShape["status"]; date: string | null; datePrecision: MeetingShape["datePrecision"]; origin: Candidate["origin"]; place: string | null; participants: string[] }[]
  >`
    SELECT m.id, m.kind::text AS kind, m.status::text AS status, to_char(m.date, 'YYYY-MM-DD') AS date,
      m."datePrecision"::text AS "datePrecision", m.origin::text AS origin, pl."nameRu" AS place,
      ARRAY(SELECT o."matchKey" FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" WHERE mp."meetingId" = m.id) AS participants
    FROM "Meeting" m LEFT JOIN "Place" pl ON pl.id = m."placeId"
    WHERE (m.date = ANY(${dates}::date[]) OR (${undated}::boolean AND m.date IS NULL))
      AND m.status::text = ANY(${statuses}::text[])
      AND (EXISTS (SELECT 1 FROM "MeetingParticipant" mp WHERE mp."meetingId" = m.id AND mp."officialId" = ANY(${officialIds}::int[]))
        OR pl."nameRu" = ANY(${places}::text[]))
    ORDER BY m.id`;
  return rows.map((r) => ({
    id: r.id,
    origin: r.origin,
    shape: { kind: r.kind, status: r.status, date: r.date, datePrecision: r.datePrecision, place: r.place, participants: r.participants },
  }));
}

function positionOf(ctx: ArticleContext, name: string, title: string | null): number | null {
  if (!title) return null;
  const official = ctx.x.officials.find((o) => o.name === name);
  const key = official?.positions.find((p) => p.title === title)?.key;
  return key ? (ctx.officials.get(name)?.positions.get(key) ?? null) : null;
}

function meetingEvidence(ctx: ArticleContext, m: MeetingFull, meetingId: number): EvidenceRow[] {
  return m.evidence.flatMap((e) => {
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
}

/** Evidence.paragraph: -2 for the title, -1 for the lead, else the body paragraph. */
export function paragraphIndex(s: { part: "title" | "lead" | "body"; paragraph: number }): number {
  return s.part === "title" ? -2 : s.part === "lead" ? -1 : s.paragraph;
}
