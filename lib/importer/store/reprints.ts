import { sql, type Tx } from "@/lib/db";
import { articleSignature } from "@/lib/reprints/article-signature";
import { bandKeys } from "@/lib/reprints/lsh-bands";
import { SIGNATURE_SIZE, type Signature } from "@/lib/reprints/minhash";
import { isReprintLikeness, likeness, REPRINT_JACCARD } from "@/lib/reprints/reprint-rule";
import { lockKey, type MeetingLock } from "./meeting-locks";

/** An article body's signature and its LSH band keys (none for a body without a word). */
export interface BodySignature extends Signature {
  bands: number[];
}

export function bodySignature(body: string): BodySignature {
  const s = articleSignature(body);
  return { ...s, bands: s.shingles > 0 ? bandKeys(s.mins) : [] };
}

/**
 * One exclusive lock per band key, taken with the meeting locks in the transaction's first statement:
 * two importers of one story (two sites' copies fetched at once) share a key, so the second waits for
 * the first to commit and then finds its article — instead of both creating one.
 */
export function bandLocks(s: BodySignature): MeetingLock[] {
  return s.bands.map((band) => ({ key: lockKey(`reprint|${band}`), shared: false }));
}

/**
 * Candidates compared at most, those sharing the most band keys first (then the newest: a copy follows
 * its original by hours or days). Real news gives one or two (docs/reprints.md); a corpus of
 * near-templates gives hundreds, and comparing one costs ~20 µs of PostgreSQL's time.
 */
const CANDIDATES = 20;

export interface ReprintOf {
  id: number;
  slug: string;
  /** Equal to the new text's when it is the very same text, committed by another importer meanwhile. */
  contentHash: string;
}

/**
 * The stored article this body is a reprint of, if any (the likeliest when several are): the articles
 * sharing its band keys come from ArticleBand's primary key alone, and PostgreSQL counts the agreeing
 * minima of the likeliest so only those within the rule's Jaccard travel back. Must run after the band
 * locks were taken (a later statement than the one that took them), to see what an importer of the
 * same story committed meanwhile.
 */
export async function findReprintOf(tx: Tx, s: BodySignature): Promise<ReprintOf | null> {
  if (s.bands.length === 0) return null;
  const rows = await tx.rows<ReprintOf & { shingles: number; same: number }>(sql`
    SELECT a.id, a.slug, a."contentHash", g.shingles, m.same
    FROM (SELECT b."articleId" FROM "ArticleBand" b WHERE b.key = ANY(${s.bands}::int[])
          GROUP BY b."articleId" ORDER BY count(*) DESC, b."articleId" DESC LIMIT ${CANDIDATES}) c
    JOIN "ArticleSignature" g ON g."articleId" = c."articleId"
    JOIN "Article" a ON a.id = c."articleId"
    CROSS JOIN LATERAL (SELECT count(*)::int AS same FROM unnest(g.mins, ${[...s.mins]}::int[]) AS u(x, y) WHERE x = y) m
    WHERE m.same >= ${Math.ceil(REPRINT_JACCARD * SIGNATURE_SIZE)}::int`);
  const judged = rows
    .map((r) => ({ r, l: likeness(r.same / SIGNATURE_SIZE, s.shingles, r.shingles) }))
    .filter(({ l }) => isReprintLikeness(l))
    .sort((a, b) => b.l.containment - a.l.containment || b.l.jaccard - a.l.jaccard || b.r.id - a.r.id);
  const best = judged[0]?.r;
  return best ? { id: best.id, slug: best.slug, contentHash: best.contentHash } : null;
}

/**
 * The signature and band keys of the article the statement's `article` CTE wrote, as CTEs of that
 * statement. A new version keeps the keys it shares with the old one: deleting and inserting one row in
 * the same statement is not allowed.
 */
export function signatureWriteSql(s: BodySignature) {
  return sql`signature AS (
      INSERT INTO "ArticleSignature" ("articleId", shingles, mins) SELECT id, ${s.shingles}::int, ${[...s.mins]}::int[] FROM article
      ON CONFLICT ("articleId") DO UPDATE SET shingles = excluded.shingles, mins = excluded.mins
    ),
    old_bands AS (DELETE FROM "ArticleBand" WHERE "articleId" = (SELECT id FROM article) AND key <> ALL(${s.bands}::int[])),
    bands AS (INSERT INTO "ArticleBand" (key, "articleId") SELECT k, (SELECT id FROM article) FROM unnest(${s.bands}::int[]) AS k ON CONFLICT DO NOTHING)`;
}
