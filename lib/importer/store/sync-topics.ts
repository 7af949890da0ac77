import type { Db } from "@/lib/db";
import { TOPICS } from "@/lib/importer/topics";
import type { Tx } from "./lookups";

/**
 * Brings the topic table in line with the curated taxonomy: new topics are added, labels and phrasings
 * of existing ones refreshed unless an editor changed them. Topics an editor added stay.
 */
export async function syncTopics(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.topic.createMany({
      data: TOPICS.map((t) => ({ slug: t.slug, labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] })),
      skipDuplicates: true,
    });
    for (const t of TOPICS) {
      await tx.topic.updateMany({
        where: { slug: t.slug, origin: "importer" },
        data: { labelRu: t.ru, labelEn: t.en, phrasings: [...t.phrasings] },
      });
    }
  });
}

export async function topicIdsBySlug(tx: Tx | Db): Promise<Map<string, number>> {
  const topics = await tx.topic.findMany({ select: { id: true, slug: true } });
  return new Map(topics.map((t) => [t.slug, t.id]));
}
