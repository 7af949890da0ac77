import "server-only";
import { queryRows, sql } from "@/lib/db";
import { meetingIdsOf, type Subject } from "../subject";

export interface TopicTally {
  slug: string;
  labelRu: string;
  labelEn: string;
  meetings: number;
}

/** The topics of the subject's meetings, most frequent first. One grouped query (the taxonomy is small). */
export async function listTopicsOf(subject: Subject): Promise<TopicTally[]> {
  return queryRows<TopicTally>(sql`
    SELECT t.slug, t."labelRu", t."labelEn", count(*)::int AS meetings
    FROM "MeetingTopic" mt
    JOIN "Topic" t ON t.id = mt."topicId"
    WHERE mt."meetingId" IN (${meetingIdsOf(subject)})
    GROUP BY t.id
    ORDER BY meetings DESC, t.slug`);
}
