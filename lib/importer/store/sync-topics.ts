import type { Db } from "@/lib/db";
import { TOPICS } from "@/lib/importer/topics";

/**
 * Brings the topic table in line with the curated taxonomy: new topics are added, labels and phrasings
 * of existing ones refreshed. Topics an editor added stay.
 */
export async function syncTopics(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const t of TOPICS) {
      await tx.topic.upsert({
        where: { slug: t.slug },
        create: { slug: t.slug, labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] },
        update: { labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] },
      });
    }
  });
}

export async function topicIdsBySlug(db: Db): Promise<Map<string, number>> {
  const topics = await db.topic.findMany({ select: { id: true, slug: true } });
  return new Map(topics.map((t) => [t.slug, t.id]));
}
