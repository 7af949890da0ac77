import { type Db, prismaTx, sql, type Tx } from "@/lib/db";
import { TOPICS } from "@/lib/importer/topics";

/**
 * Brings the topic table in line with the curated taxonomy in one statement: new topics are added,
 * labels and phrasings of existing ones refreshed (rows are written only when they differ) unless an
 * editor changed them. Topics an editor added stay.
 */
export async function syncTopics(db: Db): Promise<void> {
  const topics = JSON.stringify(TOPICS.map((t) => ({ slug: t.slug, ru: t.ru, en: t.en, phrasings: t.phrasings })));
  await prismaTx(db).rows(sql`
    INSERT INTO "Topic" (slug, "labelRu", "labelEn", phrasings, "updatedAt")
    SELECT t.slug, t.ru, t.en, ARRAY(SELECT json_array_elements_text(t.phrasings)), now()
    FROM json_to_recordset(${topics}::json) AS t(slug text, ru text, en text, phrasings json)
    ON CONFLICT (slug) DO UPDATE SET "labelRu" = EXCLUDED."labelRu", "labelEn" = EXCLUDED."labelEn", phrasings = EXCLUDED.phrasings, "updatedAt" = now()
    WHERE "Topic".origin = 'importer'
      AND ("Topic"."labelRu", "Topic"."labelEn", "Topic".phrasings) IS DISTINCT FROM (EXCLUDED."labelRu", EXCLUDED."labelEn", EXCLUDED.phrasings)`);
}

export async function topicIdsBySlug(tx: Tx): Promise<Map<string, number>> {
  const topics = await tx.rows<{ id: number; slug: string }>(sql`SELECT id, slug FROM "Topic"`);
  return new Map(topics.map((t) => [t.slug, t.id]));
}
