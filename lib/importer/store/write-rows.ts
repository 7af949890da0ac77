import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./lookups";

export type MeetingRow = Prisma.MeetingCreateManyInput & { id: number };
export type ParticipantRow = Prisma.MeetingParticipantCreateManyInput;
export type MeetingTopicRow = Prisma.MeetingTopicCreateManyInput;
export type SourceRow = Prisma.MeetingSourceCreateManyInput;
export type EvidenceRow = Prisma.EvidenceCreateManyInput;

export interface ArticleRows {
  meetings: MeetingRow[];
  participants: ParticipantRow[];
  topics: MeetingTopicRow[];
  sources: SourceRow[];
  evidence: EvidenceRow[];
}

const day = (d: Prisma.MeetingCreateManyInput["date"]) => (d instanceof Date ? d.toISOString().slice(0, 10) : (d ?? null));

/**
 * The article's new meetings, their participants and topics, its meeting sources and all its evidence in
 * ONE statement: this runs while the meeting-matching lock is held, where every round trip counts.
 * Foreign keys between the sub-statements are checked at the statement's end, when all rows exist.
 */
export async function writeArticleRows(tx: Tx, rows: ArticleRows): Promise<void> {
  const { meetings: m, participants: p, topics: t, sources: s, evidence: e } = rows;
  await tx.$executeRaw`
    WITH meetings AS (
      INSERT INTO "Meeting" (id, kind, status, date, "datePrecision", "dateSource", "placeId", summary, "needsReview", "updatedAt")
      SELECT *, now() FROM unnest(
        ${m.map((r) => r.id)}::int[], ${m.map((r) => r.kind)}::text[]::"MeetingKind"[], ${m.map((r) => r.status)}::text[]::"MeetingStatus"[],
        ${m.map((r) => day(r.date))}::date[], ${m.map((r) => r.datePrecision ?? null)}::text[]::"DatePrecision"[],
        ${m.map((r) => r.dateSource ?? null)}::text[]::"DateSource"[], ${m.map((r) => r.placeId ?? null)}::int[],
        ${m.map((r) => r.summary ?? null)}::text[], ${m.map((r) => r.needsReview ?? false)}::boolean[])
    ),
    participants AS (
      INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "positionId", "countryCode")
      SELECT * FROM unnest(${p.map((r) => r.meetingId)}::int[], ${p.map((r) => r.officialId)}::int[],
        ${p.map((r) => r.positionId ?? null)}::int[], ${p.map((r) => r.countryCode ?? null)}::varchar[])
      ON CONFLICT DO NOTHING
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
    )
    INSERT INTO "Evidence" (fact, "articleId", "meetingId", "officialId", "topicId", sentence, paragraph, "offset")
    SELECT * FROM unnest(
      ${e.map((r) => r.fact)}::text[]::"FactKind"[], ${e.map((r) => r.articleId)}::int[], ${e.map((r) => r.meetingId ?? null)}::int[],
      ${e.map((r) => r.officialId ?? null)}::int[], ${e.map((r) => r.topicId ?? null)}::int[], ${e.map((r) => r.sentence)}::text[],
      ${e.map((r) => r.paragraph)}::int[], ${e.map((r) => r.offset)}::int[])`;
}
