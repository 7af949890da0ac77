import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sameOfficialKey } from "@/lib/importer/extract/people";
import type { Extraction, MeetingFull, ParticipantOut } from "@/lib/importer/types";
import { candidateDates } from "./candidate-dates";
import { ALL_MEETINGS, meetingLocks, mergeLocks, type MeetingLock } from "./meeting-locks";
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


/** SQL for `count` new meeting ids: a sub-select of the article's write statement. */
export function meetingIdsSql(count: number): Prisma.Sql {
  return sql`(SELECT coalesce(array_agg(nextval(pg_get_serial_sequence('"Meeting"', 'id'))::int), '{}') FROM generate_series(1, ${count}::int))`;
}

/** Who a report names, for its locks: each participant's surname as the identity key folds it, so
 *  spelling variants and a surname-only mention lock what the full name does; else its place. */
function lockWho(m: MeetingFull): string[] {
  if (m.participants.length) return m.participants.map((p) => sameOfficialKey(p.name).split(" ").at(-1) ?? "");
  return m.place ? [`place:${m.place.toLowerCase()}`] : [];
}

/**
 * SQL that takes the advisory locks (held to commit) ordering this transaction after any concurrent
 * importer that could create or change a meeting it might match (see meetingLocks), in one fixed order:
 * known from the extraction alone, so they are taken by the transaction's first statement, before it
 * holds any row lock. Removing a corrected article's meetings (`replacing` true in SQL) excludes every
 * matcher; matchers share that lock among themselves. `more` are taken in the same order (a story's band
 * locks: see reprints.ts). Null when the article needs no lock.
 */
export function meetingLocksSql(x: Extraction, replacing: Prisma.Sql, more: MeetingLock[] = []): Prisma.Sql {
  const locks = mergeLocks([
    ...more,
    { key: ALL_MEETINGS, shared: true },
    ...x.meetings.flatMap((m) => meetingLocks({ ...m, participants: [] }, lockWho(m))),
  ]);
  return sql`(SELECT count(CASE WHEN l.shared AND NOT (l.key = ${ALL_MEETINGS} AND ${replacing}) THEN pg_advisory_xact_lock_shared(l.key)
      ELSE pg_advisory_xact_lock(l.key) END)::int
    FROM unnest(${locks.map((l) => l.key)}::bigint[], ${locks.map((l) => l.shared)}::boolean[]) AS l(key, shared))`;
}

export interface Candidate {
  id: number;
  origin: "importer" | "editor";
  shape: MeetingShape;
}

export interface MeetingPlan {
  m: MeetingFull;
  people: { p: ParticipantOut; official: StoredOfficial }[];
  shape: MeetingShape;
  topicIds: number[];
}

/** Each extracted meeting with its stored participants, as `sameMeeting` compares it. */
export function meetingPlans(ctx: Omit<ArticleContext, "articleId">): MeetingPlan[] {
  return ctx.x.meetings.map((m) => {
    const people = m.participants.flatMap((p) => {
      const official = ctx.officials.get(p.name);
      return official ? [{ p, official }] : [];
    });
    const shape: MeetingShape = { ...m, participants: people.map(({ official }) => official.matchKey) };
    return { m, people, shape, topicIds: m.topics.flatMap((slug) => ctx.topicIds.get(slug) ?? []) };
  });
}

/**
 * Stores each extracted meeting, or adds this article as a source of the stored meeting it reports
 * (and, unless an editor owns that meeting, its extra participants and topics). `candidates` were read
 * under the locks (candidatesSql); the caller writes the rows this returns (with `writeArticleRows`)
 * before it commits. `meetingIds` is the stored meeting of each plan, in order.
 */
export function planMeetings(ctx: ArticleContext, plans: MeetingPlan[], candidates: Candidate[], reservedIds: number[]): { rows: ArticleRows; meetingIds: number[] } {
  const created: MeetingRow[] = [];
  const participants: ParticipantRow[] = [];
  const topics: MeetingTopicRow[] = [];
  const sources = new Set<number>();
  const evidence: EvidenceRow[] = [];
  const meetingIds: number[] = [];
  for (const [i, { m, people, shape, topicIds }] of plans.entries()) {
    const existing = candidates.find((c) => sameMeeting(shape, c.shape));
    const meetingId = existing?.id ?? reservedIds[i];
    if (meetingId === undefined) throw new Error("no meeting id reserved");
    const row = (): MeetingRow => ({
      id: meetingId,
      kind: m.kind,
      status: m.status,
      date: m.date,
      datePrecision: m.date ? (m.datePrecision ?? "day") : null,
      dateSource: m.date ? m.dateSource : null,
      placeId: m.place ? (ctx.placeIds.get(m.place) ?? null) : null,
      summary: m.summary,
      needsReview: people.length < m.participants.length || (people.length === 0 && !m.place),
    });
    const createdHere = existing ? created.findIndex((r) => r.id === existing.id) : -1;
    if (!existing) {
      created.push(row());
      // A later meeting of the same article may report this one again, as it would find it stored.
      candidates.push({ id: meetingId, origin: "importer", shape: { ...shape, participants: [...shape.participants] } });
    } else if (existing.origin === "importer") {
      // Within one article, a report naming more of those present (the minister and whom he met, after a
      // lead's «министр провел переговоры») says better when and where: the row is that report's.
      if (createdHere >= 0 && shape.participants.length > existing.shape.participants.length) {
        created[createdHere] = { ...row(), summary: m.summary ?? created[createdHere]?.summary ?? null };
        Object.assign(existing.shape, { kind: shape.kind, date: shape.date, datePrecision: shape.datePrecision, place: shape.place });
      }
      existing.shape.participants = [...new Set([...existing.shape.participants, ...shape.participants])];
    }
    if (!existing || existing.origin === "importer") {
      for (const { p, official } of people) {
        participants.push({ meetingId, officialId: official.id, positionId: positionOf(ctx, p.name, p.position), countryCode: p.country, title: p.position });
      }
      for (const topicId of topicIds) topics.push({ meetingId, topicId });
    }
    sources.add(meetingId);
    meetingIds.push(meetingId);
    evidence.push(...meetingEvidence(ctx, m, meetingId));
  }
  const rows = { meetings: created, participants, topics, sources: [...sources].map((meetingId) => ({ meetingId, articleId: ctx.articleId })), evidence };
  return { rows, meetingIds };
}

/**
 * A sub-select (JSON) of the stored meetings that may be the same as any of the article's: dated where
 * `sameMeeting` could accept (or undated, for undated reports), sharing a participant or, for
 * participant-less reports, the place. It must run in a statement after the one that took the locks.
 */
export function candidatesSql(plans: MeetingPlan[]): Prisma.Sql {
  const shapes = plans.map((p) => p.shape);
  const dates = [...new Set(shapes.flatMap((s) => (s.date ? candidateDates(s.date, s.datePrecision) : [])))];
  const undated = shapes.some((s) => !s.date);
  const statuses = [...new Set(shapes.map((s) => s.status))];
  const officialIds = [...new Set(plans.flatMap((p) => p.people.map(({ official }) => official.id)))];
  const places = [...new Set(shapes.flatMap((s) => (s.participants.length === 0 && s.place ? [s.place] : [])))];
  return sql`(SELECT coalesce(json_agg(json_build_object('id', c.id, 'origin', c.origin, 'shape', json_build_object('kind', c.kind,
      'status', c.status, 'date', c.date, 'datePrecision', c."datePrecision", 'place', c.place, 'participants', c.participants)) ORDER BY c.id), '[]')
    FROM (
      SELECT m.id, m.kind, m.status, to_char(m.date, 'YYYY-MM-DD') AS date, m."datePrecision", m.origin, pl."nameRu" AS place,
        ARRAY(SELECT o."matchKey" FROM "MeetingParticipant" mp JOIN "Official" o ON o.id = mp."officialId" WHERE mp."meetingId" = m.id) AS participants
      FROM "Meeting" m LEFT JOIN "Place" pl ON pl.id = m."placeId"
      WHERE (m.date = ANY(${dates}::date[]) OR (${undated}::boolean AND m.date IS NULL))
        AND m.status::text = ANY(${statuses}::text[])
        AND (EXISTS (SELECT 1 FROM "MeetingParticipant" mp WHERE mp."meetingId" = m.id AND mp."officialId" = ANY(${officialIds}::int[]))
          OR pl."nameRu" = ANY(${places}::text[]))
    ) c)`;
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
