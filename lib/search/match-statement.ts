import { join, sql, type Sql } from "@/lib/db";

/**
 * The matching of one search: which articles, how many, in what order, with which facet counts.
 *
 * Work is bounded whatever the query, so a word found in every article costs about what a rare one does.
 * Stored vectors carry sample lexemes ('#s2' when the article id is a multiple of 2, '#s4' of 4, …
 * '#s256'; see prisma/sql-objects/functions/chronicle_search_samples.sql), so the GIN index itself answers "the matches in one article
 * of 2, 4, … 256": a systematic sample, found without reading a single document.
 *
 * 1. The probe counts the candidates in the 1-in-64 sample, and among them the title and lead hits.
 * 2. When that shows at most `exactMax` candidates in all, every match is read: exact total, exact facet
 *    counts, every match ranked. Otherwise the largest sample expected to hold `sampleSize` candidates
 *    is read; the total and the facet counts are the sample's, scaled (estimates, marked as such on
 *    the page and in the API). Relevance then ranks the sample together with the newest
 *    `headCandidates` matches that carry the query in their title or lead (the ones ranking highest),
 *    taken from at most about `headMax` such matches (a larger sample of them when there are more);
 *    date order walks the date index to the page.
 *
 * A quoted phrase needs each candidate's document (GIN cannot check word positions): the index answers
 * the phrase's words (`candidates`) and positions are checked on the rows read only.
 */

export interface MatchFilters {
  officialIds: number[];
  topicIds: number[];
  sourceId: number | null;
  year: number | null;
}

export interface MatchQuery {
  /** What must match; null for a search by filters alone. */
  tsquery: string | null;
  /** `tsquery` with phrases loosened to their words: what the GIN index answers without reading documents. */
  candidates: string | null;
  /** Officials the query names: their articles rank as high as a title hit. */
  nameOfficialIds: number[];
  filters: MatchFilters;
  sort: "relevance" | "date";
}

export interface MatchTuning {
  exactMax: number;
  sampleSize: number;
  headCandidates: number;
  headMax: number;
}

export const MATCH_TUNING: MatchTuning = { exactMax: 600, sampleSize: 300, headCandidates: 100, headMax: 300 };

/** The sparsest sample stored: one article in 256 (chronicle_search_samples). */
export const SAMPLE_MAX = 256;
/** The sample the probe counts. */
export const PROBE_RATE = 64;

/**
 * How much of the archive the match statement reads: every match (`rate` 1), or one article in `rate`;
 * and one in `headRate` of the title and lead hits.
 */
export interface Sampling {
  exact: boolean;
  rate: number;
  headRate: number;
}

export interface ProbeRow {
  candidates: number;
  heads: number;
}

/** The sparsest stored sample (2, 4, … 256) still expected to hold `wanted` of `estimate` rows; 1 when all are wanted. */
function rateFor(estimate: number, wanted: number): number {
  let rate = 1;
  while (rate < SAMPLE_MAX && estimate / (rate * 2) >= wanted) rate *= 2;
  return rate;
}

/** From the probe's counts in the 1-in-64 sample: read everything, or which sample. */
export function samplingFor(probe: ProbeRow, tuning: MatchTuning = MATCH_TUNING): Sampling {
  const candidates = probe.candidates * PROBE_RATE;
  if (candidates <= tuning.exactMax) return { exact: true, rate: 1, headRate: 1 };
  return { exact: false, rate: rateFor(candidates, tuning.sampleSize), headRate: rateFor(probe.heads * PROBE_RATE, tuning.headMax) };
}

export interface MatchRow {
  /** Matches read (all of them, or the sample's). */
  matched: number;
  /** Articles relevance ranked; null for date order. */
  ranked: number | null;
  ids: number[];
  officials: { value: string; labelRu: string; labelEn: string; count: number }[];
  topics: { value: string; labelRu: string; labelEn: string; count: number }[];
  sources: { value: string; labelRu: string; labelEn: string; count: number }[];
  years: { value: string; count: number }[];
}

function filterConditions(f: MatchFilters): Sql[] {
  const conditions: Sql[] = [];
  if (f.officialIds.length) conditions.push(sql`s."officialIds" @> ${f.officialIds}::int[]`);
  if (f.topicIds.length) conditions.push(sql`s."topicIds" @> ${f.topicIds}::int[]`);
  if (f.sourceId !== null) conditions.push(sql`s."sourceId" = ${f.sourceId}::int`);
  if (f.year !== null) conditions.push(sql`s."publishedOn" >= make_date(${f.year}::int, 1, 1) AND s."publishedOn" < make_date(${f.year}::int + 1, 1, 1)`);
  return conditions;
}

/** A tsquery (or none) restricted to the sample of one article in `rate`. */
function inSample(tsquery: string | null, rate: number): string {
  return [tsquery, rate > 1 ? `'#s${rate}'` : null].filter(Boolean).map((q) => `(${q})`).join(" & ");
}

/**
 * Rows that match, as the index sees them (words, phrases loosened, and the filters), in the sample of
 * one article in `rate` (every article for 1); then the document check a phrase needs.
 */
function matchWhere(m: MatchQuery, rate: number): Sql {
  const words = inSample(m.candidates, rate);
  const conditions = [...(words ? [sql`s.doc @@ ${words}::tsquery`] : []), ...filterConditions(m.filters)];
  if (m.tsquery !== null && m.tsquery !== m.candidates) conditions.push(sql`s.doc @@ ${m.tsquery}::tsquery`);
  return conditions.length ? join(conditions, " AND ") : sql`true`;
}

/**
 * Relevance: title (A) and lead (B) through the small ranking vector; the officials the query names add
 * as much as a title hit; a match only in the body ranks by date after those.
 */
function rankOf(m: MatchQuery): Sql {
  return m.tsquery !== null && m.sort === "relevance"
    ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', s.head, ${m.tsquery}::tsquery) + CASE WHEN s."officialIds" && ${m.nameOfficialIds}::int[] THEN 0.5 ELSE 0 END`
    : sql`0::real`;
}

const BY_RANK = sql`rank DESC, "publishedOn" DESC NULLS LAST, id DESC`;
const BY_DATE = sql`"publishedOn" DESC NULLS LAST, id DESC`;

/**
 * The candidates in the 1-in-64 sample (phrases loosened, filters applied), and those with the query in their
 * title or lead: how much a search would read.
 */
export function probeStatement(m: MatchQuery): Sql {
  const cand = { ...m, tsquery: m.candidates };
  const heads = m.tsquery !== null ? sql`count(*) FILTER (WHERE s.head @@ ${m.tsquery}::tsquery)::int` : sql`0`;
  return sql`SELECT count(*)::int AS candidates, ${heads} AS heads FROM "ArticleSearch" s WHERE ${matchWhere(cand, PROBE_RATE)}`;
}

/** Every match's id in the page's order, every match ranked: what the search exports stream. */
export function matchIdsStatement(m: MatchQuery): Sql {
  return sql`
    SELECT id FROM (
      SELECT s."articleId" AS id, s."publishedOn", ${rankOf(m)} AS rank FROM "ArticleSearch" s WHERE ${matchWhere(m, 1)}
    ) m ORDER BY ${m.tsquery !== null && m.sort === "relevance" ? BY_RANK : BY_DATE}`;
}

/** Matches (all or the sample's), one page of ids, the facet counts: one round trip. */
export function matchStatement(m: MatchQuery, sampling: Sampling, limit: number, offset: number, tuning: MatchTuning = MATCH_TUNING): Sql {
  const byRelevance = m.tsquery !== null && m.sort === "relevance";
  const columns = sql`s."articleId" AS id, s."sourceId", s."publishedOn", s."officialIds", s."topicIds", ${rankOf(m)} AS rank`;
  // Beside the sample, relevance ranks the newest title and lead hits (rank computed on those only),
  // found by the small vector's index alone: its words are in the document too. A query that excludes
  // words, or asks for a phrase (which could span title and lead), must also be checked on the document,
  // which is read from TOAST: only for the newest twice `headCandidates` of them, not for every one of
  // the up to `headMax` found (7 ms of a phrase search's 18 on 100,000 articles).
  const headOnly = [sql`s.head @@ ${inSample(m.tsquery, sampling.headRate)}::tsquery`, ...filterConditions(m.filters)];
  const newest = (n: number) => sql`
        SELECT s."articleId" FROM "ArticleSearch" s WHERE ${join(headOnly, " AND ")}
        ORDER BY s."publishedOn" DESC NULLS LAST, s."articleId" DESC LIMIT ${n}::int`;
  const heads =
    m.tsquery !== null && /[!<]/.test(m.tsquery)
      ? sql`
        SELECT d."articleId" FROM (${newest(2 * tuning.headCandidates)}) h JOIN "ArticleSearch" d ON d."articleId" = h."articleId"
        WHERE d.doc @@ ${m.tsquery}::tsquery
        ORDER BY d."publishedOn" DESC NULLS LAST, d."articleId" DESC LIMIT ${tuning.headCandidates}::int`
      : newest(tuning.headCandidates);
  const pool =
    byRelevance && !sampling.exact
      ? sql`,
    head AS MATERIALIZED (
      SELECT ${columns} FROM "ArticleSearch" s WHERE s."articleId" IN (${heads})
    ),
    pool AS (SELECT id, "publishedOn", rank FROM m UNION SELECT id, "publishedOn", rank FROM head)`
      : sql`,
    pool AS (SELECT id, "publishedOn", rank FROM m)`;
  const page = (from: Sql, order: Sql) => sql`(SELECT coalesce(json_agg(p.id ORDER BY p.n), '[]') FROM (
        SELECT id, row_number() OVER (ORDER BY ${order}) AS n FROM ${from} ORDER BY ${order} LIMIT ${limit}::int OFFSET ${offset}::int
      ) p)`;
  const ids = byRelevance
    ? page(sql`pool`, BY_RANK)
    : sampling.exact
      ? page(sql`m`, BY_DATE)
      : page(sql`(SELECT s."articleId" AS id, s."publishedOn" FROM "ArticleSearch" s WHERE ${matchWhere(m, 1)}) w`, BY_DATE);
  return sql`
    WITH m AS MATERIALIZED (
      SELECT ${columns} FROM "ArticleSearch" s WHERE ${matchWhere(m, sampling.rate)}
    )${pool}
    SELECT
      (SELECT count(*)::int FROM m) AS matched,
      ${byRelevance ? sql`(SELECT count(*)::int FROM pool)` : sql`NULL::int`} AS ranked,
      ${ids} AS ids,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT o.slug AS value, o."nameRu" AS "labelRu", coalesce(o."nameLatin", o."nameRu") AS "labelEn", c.n AS count
        FROM (SELECT u.id, count(*)::int AS n FROM m, unnest(m."officialIds") AS u(id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Official" o ON o.id = c.id ORDER BY c.n DESC, o."nameRu"
      ) x) AS officials,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT t.slug AS value, t."labelRu", t."labelEn", c.n AS count
        FROM (SELECT u.id, count(*)::int AS n FROM m, unnest(m."topicIds") AS u(id) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Topic" t ON t.id = c.id ORDER BY c.n DESC, t."labelRu"
      ) x) AS topics,
      (SELECT coalesce(json_agg(x), '[]') FROM (
        SELECT s.id::text AS value, s.name AS "labelRu", coalesce(s."nameEn", s.name) AS "labelEn", c.n AS count
        FROM (SELECT "sourceId" AS id, count(*)::int AS n FROM m WHERE "sourceId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10) c
        JOIN "Source" s ON s.id = c.id ORDER BY c.n DESC, s.name
      ) x) AS sources,
      (SELECT coalesce(json_agg(x ORDER BY x.value DESC), '[]') FROM (
        SELECT extract(year FROM "publishedOn")::int::text AS value, count(*)::int AS count FROM m WHERE "publishedOn" IS NOT NULL GROUP BY 1
      ) x) AS years`;
}
