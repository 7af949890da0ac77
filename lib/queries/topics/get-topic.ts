import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";

export interface TopicProfile {
  id: number;
  slug: string;
  labelRu: string;
  labelEn: string;
  phrasings: string[];
  meetings: number;
  articles: number;
}

/** A topic's labels, signalling phrasings and (stored) counts, or null when there is no such slug. Cached per request. */
export const getTopic = cache(async (slug: string): Promise<TopicProfile | null> => {
  const t = await getDb().topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, labelRu: true, labelEn: true, phrasings: true, meetingCount: { select: { meetings: true } }, articleCount: { select: { articles: true } } },
  });
  if (!t) return null;
  return { id: t.id, slug: t.slug, labelRu: t.labelRu, labelEn: t.labelEn, phrasings: t.phrasings, meetings: t.meetingCount?.meetings ?? 0, articles: t.articleCount?.articles ?? 0 };
});
