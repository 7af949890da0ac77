import "server-only";
import { queryRows, sql } from "@/lib/db";
import { isoDate } from "../iso-date";
import { followUpColumns, followUpCte, type FollowUpFacts } from "./follow-ups";
import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

export interface TimelineEntry extends FollowUpFacts {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD
  datePrecision: DatePrecision | null;
  place: { ru: string; en: string | null } | null;
  participants: { slug: string; nameRu: string; nameLatin: string | null; position: string | null; country: string | null }[];
  topics: { slug: string; labelRu: string; labelEn: string }[];
  sourceCount: number;
  /** The original pages of the articles reporting it, where known, in the order the articles were stored. */
  sourceUrls: string[];
}

interface DetailRow extends FollowUpFacts {
  id: number;
  kind: TimelineEntry["kind"];
  status: TimelineEntry["status"];
  date: Date | null;
  datePrecision: TimelineEntry["datePrecision"];
  place: TimelineEntry["place"];
  participants: TimelineEntry["participants"];
  topics: TimelineEntry["topics"];
  sourceCount: number;
  sourceUrls: string[];
}

/**
 * The timeline rows (as MeetingRow shows them) of the given meetings, in the order given: one statement
 * that builds each row's participants and topics as JSON in PostgreSQL. Lists pick and page their ids
 * first, then load just those rows here. The one way to build timeline rows (the integration tests
 * compare the export stream with listMeetings entry by entry). Measured at a tenth of the CPU of
 * Prisma's nested select, whose `_count` would also group the whole MeetingSource table on every call.
 * Each row also says which held meeting confirmed a planned one, or that none did (./follow-ups.ts).
 */
export async function listTimelineEntries(ids: number[]): Promise<TimelineEntry[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<DetailRow>(sql`
    WITH ${followUpCte(ids)}
    SELECT m.id, m.kind::text AS kind, m.status::text AS status, m.date, m."datePrecision"::text AS "datePrecision",
      (SELECT json_build_object('ru', p."nameRu", 'en', p."nameEn") FROM "Place" p WHERE p.id = m."placeId") AS place,
      (SELECT coalesce(json_agg(json_build_object('slug', o.slug, 'nameRu', o."nameRu", 'nameLatin', o."nameLatin",
                                                  'position', coalesce(mp.title, pos.title), 'country', mp."countryCode") ORDER BY mp."officialId"), '[]')
         FROM "MeetingParticipant" mp
         JOIN "Official" o ON o.id = mp."officialId"
         LEFT JOIN "Position" pos ON pos.id = mp."positionId"
        WHERE mp."meetingId" = m.id) AS participants,
      (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'labelRu', t."labelRu", 'labelEn', t."labelEn") ORDER BY mt."topicId"), '[]')
         FROM "MeetingTopic" mt JOIN "Topic" t ON t.id = mt."topicId"
        WHERE mt."meetingId" = m.id) AS topics,
      (SELECT count(*)::int FROM "MeetingSource" s WHERE s."meetingId" = m.id) AS "sourceCount",
      (SELECT coalesce(array_agg(u.url ORDER BY s."articleId"), '{}') FROM "MeetingSource" s
         JOIN "ArticleUrl" u ON u."articleId" = s."articleId" AND u.original
        WHERE s."meetingId" = m.id) AS "sourceUrls",
      ${followUpColumns}
    FROM "Meeting" m
    WHERE m.id = ANY(${ids})`);
  const byId = new Map(rows.map((m) => [m.id, { ...m, date: isoDate(m.date) }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
