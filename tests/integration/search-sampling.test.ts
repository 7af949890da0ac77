import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolOf, poolQuery, type Db } from "../../lib/db";
import { matchStatement, samplingFor, type MatchRow, type MatchTuning } from "../../lib/search/match-statement";
import { planSearch, runSearch, type SearchPlan, type SearchResult } from "../../lib/search/run-search";
import { SEARCH_PAGE_SIZE, searchParamsSchema } from "../../lib/validation/search-params";
import { importSearchArchive } from "../support/search-archive";

/**
 * The sampled path of lib/search/match-statement.ts on the test archive. A threshold of -1 forces it
 * whatever the archive's size: reading every article it must agree with the exact path, and a sample
 * must read exactly the sample's matches.
 */

let db: Db;
beforeAll(async () => {
  db = await importSearchArchive();
});
afterAll(() => db.$disconnect());

const everything: MatchTuning = { exactMax: -1, sampleSize: Number.MAX_SAFE_INTEGER, headCandidates: 100, headMax: Number.MAX_SAFE_INTEGER };
const search = (params: Record<string, unknown>, tuning?: MatchTuning): Promise<SearchResult> =>
  runSearch(poolQuery(poolOf(db)), searchParamsSchema.parse(params), { tuning });
const slugs = (r: SearchResult) => r.hits.map((h) => h.slug);
const counts = (r: SearchResult) => Object.fromEntries(Object.entries(r.facets).map(([name, values]) => [name, values.map((v) => [v.value, v.count])]));

function match(plan: SearchPlan, rate: number): Promise<MatchRow[]> {
  const p = plan.result.params;
  const filters = { officialIds: plan.officialIds, topicIds: plan.topicIds, sourceId: p.source ?? null, year: p.year ?? null };
  const query = { tsquery: plan.tsquery, candidates: plan.candidates, nameOfficialIds: plan.nameOfficialIds, filters, sort: p.sort };
  return db.$queryRaw<MatchRow[]>(matchStatement(query, { exact: false, rate, headRate: 1 }, 100, 0));
}

describe("every stored document says which samples hold it", () => {
  it("'#s2' … '#s256' in both vectors exactly when its article id is a multiple of 2 … 256", async () => {
    const [row] = await db.$queryRaw<{ wrong: number; total: number }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM unnest(ARRAY[2, 4, 8, 16, 32, 64, 128, 256]) AS m
        WHERE (doc @@ quote_literal('#s' || m)::tsquery) <> ("articleId" % m = 0) OR (head @@ quote_literal('#s' || m)::tsquery) <> ("articleId" % m = 0)
      ))::int AS wrong, count(*)::int AS total
      FROM "ArticleSearch"`;
    expect(row!.total).toBeGreaterThan(20);
    expect(row!.wrong).toBe(0);
  });
});

describe("the sampled path reading every article gives what the exact path gives", () => {
  it.each([
    [{ q: "США" }],
    [{ q: "США", sort: "date" }],
    [{ q: "Кошербаевым" }],
    [{ q: '"критических минералов"' }],
    [{ q: "Кошербаев -Рубио", year: "2026" }],
    [{ topic: "critical-minerals" }],
  ] as Record<string, string>[][])("%j", async (params) => {
    const [exact, sampled] = await Promise.all([search(params), search(params, everything)]);
    expect(exact.estimated).toBe(false);
    expect(sampled.estimated).toBe(true);
    expect(exact.total).toBeGreaterThan(0);
    expect(sampled.total).toBe(exact.total);
    expect(counts(sampled)).toEqual(counts(exact));
    expect(slugs(sampled)).toEqual(slugs(exact));
    if (params.sort !== "date" && params.q) expect(sampled.ranked).toBe(exact.total);
  });

  it("pages in date order walk the date index to the same page", async () => {
    const [exact, sampled] = await Promise.all([search({ q: "США", sort: "date", page: 2 }), search({ q: "США", sort: "date", page: 2 }, everything)]);
    expect(exact.hits.length).toBeGreaterThan(0);
    expect(slugs(sampled)).toEqual(slugs(exact));
  });
});

describe("a sample", () => {
  it("reads exactly the matches in it", async () => {
    const plan = await planSearch(poolQuery(poolOf(db)), searchParamsSchema.parse({ q: "США" }));
    for (const rate of [2, 4]) {
      const [row] = await match(plan, rate);
      const inSample = await db.$queryRaw<{ id: number }[]>`
        SELECT "articleId" AS id FROM "ArticleSearch" WHERE doc @@ ${plan.tsquery}::tsquery AND "articleId" % ${rate}::int = 0`;
      expect(inSample.length).toBeGreaterThan(2);
      expect(row!.matched).toBe(inSample.length);
    }
  });

  it("is chosen from the probe: every match up to the limit, then the sparsest sample holding enough", () => {
    const tuning = { exactMax: 800, sampleSize: 400, headCandidates: 100, headMax: 400 };
    expect(samplingFor({ candidates: 12, heads: 1 }, tuning)).toEqual({ exact: true, rate: 1, headRate: 1 });
    expect(samplingFor({ candidates: 13, heads: 1 }, tuning)).toEqual({ exact: false, rate: 2, headRate: 1 });
    expect(samplingFor({ candidates: 1562, heads: 200 }, tuning)).toEqual({ exact: false, rate: 128, headRate: 32 });
    expect(samplingFor({ candidates: 100, heads: 30 }, tuning)).toEqual({ exact: false, rate: 16, headRate: 4 });
  });

  it("is ranked together with the newest title and lead hits, and every hit matches", async () => {
    const plan = await planSearch(poolQuery(poolOf(db)), searchParamsSchema.parse({ q: "Кошербаев" }));
    const [row] = await match(plan, 64);
    const [heads] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "ArticleSearch" WHERE head @@ ${plan.tsquery}::tsquery AND doc @@ ${plan.tsquery}::tsquery`;
    expect(heads!.n).toBeGreaterThan(0);
    // The 1-in-64 sample holds nothing here (ids 1 to 30): what is ranked is the title and lead hits.
    expect(row!.ranked).toBe(Math.min(heads!.n, 100));
    const matching = await db.$queryRaw<{ id: number }[]>`SELECT "articleId" AS id FROM "ArticleSearch" WHERE doc @@ ${plan.tsquery}::tsquery`;
    const ids = new Set(matching.map((m) => m.id));
    expect(row!.ids.length).toBe(row!.ranked);
    for (const id of row!.ids) expect(ids.has(id)).toBe(true);
  });

  it("pages relevance over what it ranked", async () => {
    const r = await search({ q: "США" }, { ...everything, headCandidates: 1 });
    expect(r.ranked).toBeGreaterThan(0);
    expect(r.pageCount).toBe(Math.ceil(r.ranked! / SEARCH_PAGE_SIZE));
  });
});
