import "server-only";
import { queryRows, sql, type Sql } from "@/lib/db";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoDate } from "../iso-date";

/** A meeting that a planned one became, or that announced a held one: enough to link and date it. */
export interface FollowUpRef {
  id: number;
  date: string; // YYYY-MM-DD; only dated meetings are ever paired
  datePrecision: DatePrecision;
}

/**
 * Planned and held meetings paired (chronicle_follow_ups: a shared participant, a kind of the same
 * family, the held date within the planned period ± 14 days; prisma/sql-objects/functions). Its three
 * facts about each meeting, as SQL columns over a `follow_ups` CTE and the meeting alias `m`:
 * - `heldAs`: for a planned meeting, the held meeting that confirmed it;
 * - `announcedAs`: for a held meeting, the planned meetings that announced it;
 * - `unconfirmed`: a planned meeting whose day, month or year is over with no held meeting to match.
 */
export function followUpCte(ids: number[]): Sql {
  return sql`follow_ups AS MATERIALIZED (SELECT f."plannedId", f."heldId" FROM chronicle_follow_ups(${ids}::int[]) f)`;
}

export const followUpColumns = sql`
  (SELECT json_build_object('id', h.id, 'date', to_char(h.date, 'YYYY-MM-DD'), 'datePrecision', coalesce(h."datePrecision", 'day'))
     FROM follow_ups f JOIN "Meeting" h ON h.id = f."heldId" WHERE f."plannedId" = m.id) AS "heldAs",
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'date', to_char(p.date, 'YYYY-MM-DD'), 'datePrecision', coalesce(p."datePrecision", 'day')) ORDER BY p.date, p.id), '[]')
     FROM follow_ups f JOIN "Meeting" p ON p.id = f."plannedId" WHERE f."heldId" = m.id) AS "announcedAs",
  coalesce(m.status = 'planned' AND chronicle_period_end(m.date, m."datePrecision") < current_date
     AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f."plannedId" = m.id), false) AS unconfirmed`;

export interface FollowUpFacts {
  heldAs: FollowUpRef | null;
  announcedAs: FollowUpRef[];
  unconfirmed: boolean;
}

/** The announcement of a held meeting as its page cites it: the planned meeting and the articles that reported the plan. */
export interface Announcement extends FollowUpRef {
  articles: { slug: string; title: string; publishedOn: string | null }[];
}

/** One meeting's follow-up facts, with the articles that announced it when it was held as planned. */
export async function meetingFollowUp(id: number): Promise<FollowUpFacts & { announcements: Announcement[] }> {
  const [row] = await queryRows<FollowUpFacts>(sql`
    WITH ${followUpCte([id])}
    SELECT ${followUpColumns} FROM "Meeting" m WHERE m.id = ${id}`);
  const facts = row ?? { heldAs: null, announcedAs: [], unconfirmed: false };
  if (facts.announcedAs.length === 0) return { ...facts, announcements: [] };
  const articles = await queryRows<{ meetingId: number; slug: string; title: string; publishedOn: Date | null }>(sql`
    SELECT s."meetingId", a.slug, a.title, a."publishedOn" FROM "MeetingSource" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s."meetingId" = ANY(${facts.announcedAs.map((a) => a.id)}::int[])
    ORDER BY a."publishedOn" NULLS LAST, a.id`);
  return {
    ...facts,
    announcements: facts.announcedAs.map((ref) => ({
      ...ref,
      articles: articles.filter((a) => a.meetingId === ref.id).map((a) => ({ slug: a.slug, title: a.title, publishedOn: isoDate(a.publishedOn) })),
    })),
  };
}
