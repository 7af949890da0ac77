import "server-only";
import { cache } from "react";
import { readDb } from "@/lib/db";

export interface TopicProfile {
  id: number;
  slug: string;
  labelRu: string;
  labelEn: string;
  phrasings: string[];
  meetings: number;
  articles: number;
  /** Optimistic-lock counter the edit form sends back. */
  version: number;
}

/**
 * A topic's labels, signalling phrasings and (stored) counts, or null when there is no such slug. Cached
 * per request. The one loader of a topic: its page shows it, the edit form (getAdminTopic) projects it.
 */
export const getTopic = cache((slug: string) => loadTopic({ slug }));

/** The same, found by id (the editors' pages). */
export const getTopicById = cache((id: number) => loadTopic({ id }));

async function loadTopic(where: { slug: string } | { id: number }): Promise<TopicProfile | null> {
  const t = await readDb().topic.findUnique({
    where,
    select: {
      id: true, slug: true, labelRu: true, labelEn: true, phrasings: true, version: true,
      meetingCount: { select: { meetings: true } }, articleCount: { select: { articles: true } },
    },
  });
  if (!t) return null;
  return {
    id: t.id, slug: t.slug, labelRu: t.labelRu, labelEn: t.labelEn, phrasings: t.phrasings,
    meetings: t.meetingCount?.meetings ?? 0, articles: t.articleCount?.articles ?? 0, version: t.version,
  };
}
