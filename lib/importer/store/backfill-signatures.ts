import { poolTx, sql, type Db } from "@/lib/db";
import { bodySignature, looseMinima } from "./reprints";

const BATCH = 500;

/**
 * Signatures for the articles stored before reprints were recognised (or by a writer that does not
 * sign: the benchmarks' seeding). Their MinHash is computed in TypeScript, so no SQL migration can fill
 * it: this runs at every start and before every import run, does nothing once all are signed (one
 * index probe), and goes through the rest by id in batches — resumable, and safe to run twice at once.
 * Returns how many it signed.
 */
export async function backfillSignatures(db: Db, onBatch?: (signed: number) => void): Promise<number> {
  const tx = poolTx(db);
  let signed = 0;
  for (let after = 0; ; ) {
    const rows = await tx.rows<{ id: number; body: string }>(sql`
      SELECT a.id, a.body FROM "Article" a
      WHERE a.id > ${after}::int AND NOT EXISTS (SELECT 1 FROM "ArticleSignature" s WHERE s."articleId" = a.id)
      ORDER BY a.id LIMIT ${BATCH}::int`);
    if (rows.length === 0) return signed;
    const sigs = rows.map((r) => bodySignature(r.body));
    // The arrays travel as JSON: unnest cannot take an array of arrays of different lengths.
    await tx.rows(sql`
      WITH input AS (
        SELECT s.* FROM json_to_recordset(${JSON.stringify(rows.map((r, i) => ({ id: r.id, shingles: sigs[i]!.shingles, mins: [...sigs[i]!.mins], bands: sigs[i]!.bands, minima: sigs[i]!.shingles > 0 ? looseMinima(sigs[i]!) : [] })))}::json)
          AS s(id int, shingles int, mins json, bands json, minima json)
        WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a.id = s.id)
      ),
      signatures AS (
        INSERT INTO "ArticleSignature" ("articleId", shingles, mins)
        SELECT id, shingles, ARRAY(SELECT json_array_elements_text(mins)::int) FROM input
        ON CONFLICT ("articleId") DO NOTHING
      ),
      minima AS (
        INSERT INTO "ArticleMinimum" (position, value, "articleId")
        SELECT m.position - 1, m.value::int, id FROM input, json_array_elements_text(minima) WITH ORDINALITY AS m(value, position)
        ON CONFLICT DO NOTHING
      )
      INSERT INTO "ArticleBand" (key, "articleId")
      SELECT json_array_elements_text(bands)::int, id FROM input
      ON CONFLICT DO NOTHING`);
    signed += rows.length;
    after = rows.at(-1)!.id;
    onBatch?.(signed);
  }
}
