import "server-only";
import { empty, queryRows, sql } from "@/lib/db";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoDate } from "../iso-date";
import { withTotal } from "../with-total";
import { meetingIdsOf, type Subject } from "../subject";

export interface OfficialTally {
  slug: string;
  nameRu: string;
  nameLatin: string | null;
  countryCode: string | null;
  held: number;
  planned: number;
  /** The latest held meeting they shared with the subject. */
  lastHeld: { date: string; precision: DatePrecision | null } | null;
}

/**
 * Who took part in the subject's meetings, most meetings first, with held and planned counts and the
 * date of the latest held one: an official's counterparts (the official left out) or a topic's most
 * involved officials. Aggregated in one query; `total` counts every participant, not just the first `limit`.
 */
export async function listParticipantsOf(subject: Subject, limit: number): Promise<{ total: number; items: OfficialTally[] }> {
  const notSelf = "officialId" in subject ? sql`AND mp."officialId" <> ${subject.officialId}` : empty;
  const rows = await queryRows<(Omit<OfficialTally, "lastHeld"> & { lastHeldDate: Date | null; lastHeldPrecision: DatePrecision | null; total: number })>(sql`
    SELECT o.slug, o."nameRu", o."nameLatin", o."countryCode",
      count(*) FILTER (WHERE m.status = 'held')::int AS held,
      count(*) FILTER (WHERE m.status = 'planned')::int AS planned,
      max(m.date) FILTER (WHERE m.status = 'held') AS "lastHeldDate",
      (array_agg(m."datePrecision" ORDER BY m.date DESC NULLS LAST) FILTER (WHERE m.status = 'held' AND m.date IS NOT NULL))[1] AS "lastHeldPrecision",
      (count(*) OVER ())::int AS total
    FROM "MeetingParticipant" mp
    JOIN "Meeting" m ON m.id = mp."meetingId"
    JOIN "Official" o ON o.id = mp."officialId"
    WHERE mp."meetingId" IN (${meetingIdsOf(subject)}) ${notSelf}
    GROUP BY o.id
    ORDER BY count(*) DESC, max(m.date) FILTER (WHERE m.status = 'held') DESC NULLS LAST, o."nameRu"
    LIMIT ${limit}`);
  return withTotal(rows, ({ slug, nameRu, nameLatin, countryCode, held, planned, lastHeldDate, lastHeldPrecision }) => ({
    slug,
    nameRu,
    nameLatin,
    countryCode,
    held,
    planned,
    lastHeld: lastHeldDate ? { date: isoDate(lastHeldDate) as string, precision: lastHeldPrecision } : null,
  }));
}
