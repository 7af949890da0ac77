import "server-only";
import { sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Whose page a list belongs to: an official's or a topic's. */
export type Subject = { officialId: number } | { topicId: number };

/** The ids of the subject's meetings, as a subquery. Fixed SQL; only the id is a parameter. */
export function meetingIdsOf(subject: Subject): Prisma.Sql {
  return "officialId" in subject
    ? sql`SELECT "meetingId" FROM "MeetingParticipant" WHERE "officialId" = ${subject.officialId}`
    : sql`SELECT "meetingId" FROM "MeetingTopic" WHERE "topicId" = ${subject.topicId}`;
}

/**
 * The subject's articles as (articleId, weight) rows: an official's mentions, or the number of
 * sentences that signal a topic.
 */
export function articleLinksOf(subject: Subject): Prisma.Sql {
  return "officialId" in subject
    ? sql`SELECT "articleId", "mentions" AS weight FROM "ArticleOfficial" WHERE "officialId" = ${subject.officialId}`
    : sql`SELECT "articleId", "hits" AS weight FROM "ArticleTopic" WHERE "topicId" = ${subject.topicId}`;
}
