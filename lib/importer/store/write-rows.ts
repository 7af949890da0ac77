import { sql, type Tx } from "@/lib/db";
import type { DatePrecision, DateSource, FactKind, MeetingKind, MeetingStatus } from "@/lib/importer/types";


export interface MeetingRow {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  placeId: number | null;
  summary: string | null;
  needsReview: boolean;
}
export interface ParticipantRow {
  meetingId: number;
  officialId: number;
  positionId: number | null;
  countryCode: string | null;
  /** The title as this article wrote it, nominative. */
  title: string | null;
}
export interface MeetingTopicRow {
  meetingId: number;
  topicId: number;
}
export interface SourceRow {
  meetingId: number;
  articleId: number;
}
export interface EvidenceRow {
  fact: FactKind;
  articleId: number;
  meetingId?: number | null;
  officialId?: number | null;
  topicId?: number | null;
  sentence: string;
  paragraph: number;
  offset: number;
}

/** A topic the article as a whole discusses, with the number of sentences that name it. */
export interface ArticleTopicRow {
  articleId: number;
  topicId: number;
  hits: number;
}

export interface ArticleRows {
  meetings: MeetingRow[];
  participants: ParticipantRow[];
  topics: MeetingTopicRow[];
  sources: SourceRow[];
  evidence: EvidenceRow[];
}

/**
 * The article's new meetings, their participants and topics, its meeting sources and all its evidence in
 * ONE statement: this runs while the meeting-matching lock is held, where every round trip counts.
 * Foreign keys between the sub-statements are checked at the statement's end, when all rows exist.
 * A participant another source reported first keeps that source's title, unless it had none; an
 * editor's participant row is never touched.
 * The article's own topics are written here too, not with the article: their count rows (one per topic,
 * shared by every importer) stay locked from this statement to commit, and this is the last statement.
 */
export async function writeArticleRows(tx: Tx, rows: ArticleRows, articleTopics: ArticleTopicRow[]): Promise<void> {
  const { meetings: m, topics: t, sources: s, evidence: e } = rows;
  const a = articleTopics;
  // One row per person and meeting (the first report of them wins): an upsert may not touch a row twice.
  const p = [...new Map([...rows.participants].reverse().map((r) => [`${r.meetingId}:${r.officialId}`, r])).values()];
  await tx.rows(sql`
    WITH meetings AS (
      INSERT INTO "Meeting" (id, kind, status, date, "datePrecision", "dateSource", "placeId", summary, "needsReview", "updatedAt")
      SELECT *, now() FROM unnest(
        ${m.map((r) => r.id)}::int[], ${m.map((r) => r.kind)}::text[]::"MeetingKind"[], ${m.map((r) => r.status)}::text[]::"MeetingStatus"[],
        ${m.map((r) => r.date)}::date[], ${m.map((r) => r.datePrecision)}::text[]::"DatePrecision"[],
        ${m.map((r) => r.dateSource)}::text[]::"DateSource"[], ${m.map((r) => r.placeId)}::int[],
        ${m.map((r) => r.summary)}::text[], ${m.map((r) => r.needsReview)}::boolean[])
    ),
    participants AS (
      INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "positionId", "countryCode", title)
      SELECT * FROM unnest(${p.map((r) => r.meetingId)}::int[], ${p.map((r) => r.officialId)}::int[],
        ${p.map((r) => r.positionId)}::int[], ${p.map((r) => r.countryCode)}::varchar[], ${p.map((r) => r.title)}::text[])
      ON CONFLICT ("meetingId", "officialId") DO UPDATE SET title = EXCLUDED.title
        WHERE "MeetingParticipant".title IS NULL AND EXCLUDED.title IS NOT NULL AND "MeetingParticipant".origin = 'importer'
    ),
    topics AS (
      INSERT INTO "MeetingTopic" ("meetingId", "topicId")
      SELECT * FROM unnest(${t.map((r) => r.meetingId)}::int[], ${t.map((r) => r.topicId)}::int[])
      ON CONFLICT DO NOTHING
    ),
    sources AS (
      INSERT INTO "MeetingSource" ("meetingId", "articleId")
      SELECT * FROM unnest(${s.map((r) => r.meetingId)}::int[], ${s.map((r) => r.articleId)}::int[])
      ON CONFLICT DO NOTHING
    ),
    article_topics AS (
      INSERT INTO "ArticleTopic" ("articleId", "topicId", hits)
      SELECT * FROM unnest(${a.map((r) => r.articleId)}::int[], ${a.map((r) => r.topicId)}::int[], ${a.map((r) => r.hits)}::int[])
      ON CONFLICT DO NOTHING
    )
    INSERT INTO "Evidence" (fact, "articleId", "meetingId", "officialId", "topicId", sentence, paragraph, "offset")
    SELECT * FROM unnest(
      ${e.map((r) => r.fact)}::text[]::"FactKind"[], ${e.map((r) => r.articleId)}::int[], ${e.map((r) => r.meetingId ?? null)}::int[],
      ${e.map((r) => r.officialId ?? null)}::int[], ${e.map((r) => r.topicId ?? null)}::int[], ${e.map((r) => r.sentence)}::text[],
      ${e.map((r) => r.paragraph)}::int[], ${e.map((r) => r.offset)}::int[])`);
}
