import type { Db } from "@/lib/db";
import { TOPICS } from "@/lib/importer/topics";
import type { Tx } from "./lookups";

/**
 * Brings the topic table in line with the curated taxonomy: new topics are added, labels and phrasings
 * of existing ones refreshed. Topics an editor added stay.
 */
export async function syncTopics(db: Db): Promise<void> {
  // Dozens of sequential upserts: Prisma's default 5 s transaction timeout expires on a busy machine.
  await db.$transaction(async (tx) => {
    for (const t of TOPICS) {
      await tx.topic.upsert({
        where: { slug: t.slug },
        create: { slug: t.slug, labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] },
        update: { labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] },
      });
    }
  }, { timeout: 60_000, maxWait: 30_000 });
}

export async function topicIdsBySlug(tx: Tx | Db): Promise<Map<string, number>> {
  const topics = await tx.topic.findMany({ select: { id: true, slug: true } });
  return new Map(topics.map((t) => [t.slug, t.id]));
}
