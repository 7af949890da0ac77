import { sql, type Tx } from "@/lib/db";
import { articleSignature } from "@/lib/reprints/article-signature";
import { bandKeys, LOOSE_POSITIONS } from "@/lib/reprints/lsh-bands";
import { SIGNATURE_SIZE, type Signature } from "@/lib/reprints/minhash";
import { isReprintLikeness, isResemblance, likeness, REPRINT_JACCARD, RESEMBLANCE_MINIMA, type Likeness } from "@/lib/reprints/reprint-rule";
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
 * One exclusive lock per loose-index minimum, for a store that holds back possible reprints: two texts
 * alike enough to be one share a minimum (99 % of the pairs measured), so the second waits for the first
 * to commit and then finds its article.
 */
export function looseLocks(s: BodySignature): MeetingLock[] {
  return s.shingles > 0 ? looseMinima(s).map((value, position) => ({ key: lockKey(`loose|${position}|${value}`), shared: false })) : [];
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
  const candidates = sql`SELECT b."articleId" FROM "ArticleBand" b WHERE b.key = ANY(${s.bands}::int[])
    GROUP BY b."articleId" ORDER BY count(*) DESC, b."articleId" DESC LIMIT ${CANDIDATES}`;
  const judged = (await compared(tx, s, candidates, Math.ceil(REPRINT_JACCARD * SIGNATURE_SIZE))).filter(({ l }) => isReprintLikeness(l));
  const best = judged[0]?.r;
  return best ? { id: best.id, slug: best.slug, contentHash: best.contentHash } : null;
}

type Compared = { r: ReprintOf & { title: string }; l: Likeness };

/** The candidates' signatures compared with this one by PostgreSQL, those with at least `minima` agreeing
 *  minima returned, the most alike first (by containment, then Jaccard, then the newest). */
async function compared(tx: Tx, s: BodySignature, candidates: ReturnType<typeof sql>, minima: number): Promise<Compared[]> {
  const rows = await tx.rows<ReprintOf & { title: string; shingles: number; same: number }>(sql`
    SELECT a.id, a.slug, a.title, a."contentHash", g.shingles, m.same
    FROM (${candidates}) c
    JOIN "ArticleSignature" g ON g."articleId" = c."articleId"
    JOIN "Article" a ON a.id = c."articleId"
    CROSS JOIN LATERAL (SELECT count(*)::int AS same FROM unnest(g.mins, ${[...s.mins]}::int[]) AS u(x, y) WHERE x = y) m
    WHERE m.same >= ${minima}::int`);
  return rows
    .map((r) => ({ r, l: likeness(r.same / SIGNATURE_SIZE, s.shingles, r.shingles) }))
    .sort((a, b) => b.l.containment - a.l.containment || b.l.jaccard - a.l.jaccard || b.r.id - a.r.id);
}

export interface Resemblance {
  id: number;
  slug: string;
  title: string;
  likeness: Likeness;
}

/**
 * The stored article this body resembles below the reprint rule (lib/reprints/reprint-rule.ts,
 * isResemblance) — a possible reprint, for an editor to judge — or null: when nothing is that alike, and
 * when one article is alike enough to be a reprint (the store merges it). Candidates come from the loose
 * index (ArticleMinimum: the first 32 minima, one a band), the likeliest 20 compared. Articles that carry
 * one of `ownUrls` are left out: a page fetched again resembles its own article.
 */
export async function findResemblance(tx: Tx, s: BodySignature, ownUrls: string[]): Promise<Resemblance | null> {
  if (s.shingles === 0) return null;
  const minima = looseMinima(s);
  const candidates = sql`SELECT n."articleId" FROM "ArticleMinimum" n
    JOIN unnest(${minima.map((_, i) => i)}::int[], ${minima}::int[]) AS q(position, value) ON n.position = q.position AND n.value = q.value
    WHERE NOT EXISTS (SELECT 1 FROM "ArticleUrl" u WHERE u."articleId" = n."articleId" AND u.url = ANY(${ownUrls}::text[]))
    GROUP BY n."articleId" ORDER BY count(*) DESC, n."articleId" DESC LIMIT ${CANDIDATES}`;
  const judged = await compared(tx, s, candidates, RESEMBLANCE_MINIMA);
  if (judged.some(({ l }) => isReprintLikeness(l))) return null;
  const best = judged.find(({ l }) => isResemblance(l));
  return best ? { id: best.r.id, slug: best.r.slug, title: best.r.title, likeness: best.l } : null;
}

/** The signature's first LOOSE_POSITIONS minima: its keys in the loose index. */
export function looseMinima(s: BodySignature): number[] {
  return [...s.mins.subarray(0, LOOSE_POSITIONS)];
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
    bands AS (INSERT INTO "ArticleBand" (key, "articleId") SELECT k, (SELECT id FROM article) FROM unnest(${s.bands}::int[]) AS k ON CONFLICT DO NOTHING),
    ${minimaWriteSql(s, sql`(SELECT id FROM article)`)}`;
}

/**
 * The article's loose index (ArticleMinimum), as CTEs: the minima it no longer has deleted, the new ones
 * added (none for a body without a word).
 */
export function minimaWriteSql(s: BodySignature, articleId: ReturnType<typeof sql>) {
  const minima = s.shingles > 0 ? looseMinima(s) : [];
  return sql`old_minima AS (DELETE FROM "ArticleMinimum" n WHERE n."articleId" = ${articleId}
      AND n.value IS DISTINCT FROM (${minima}::int[])[n.position + 1]),
    minima AS (INSERT INTO "ArticleMinimum" (position, value, "articleId")
      SELECT q.position - 1, q.value, ${articleId} FROM unnest(${minima}::int[]) WITH ORDINALITY AS q(value, position) ON CONFLICT DO NOTHING)`;
}
