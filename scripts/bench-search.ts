/**
 * `npm run bench:search -- [--per-kind 20] [--url http://localhost:3201] [--port 3201] [--explain]`:
 * search latency on the database at DATABASE_URL (fill it with `npm run bench:seed` first).
 *
 * A mixed query set (lib/bench/search/query-mix.ts: surname in an oblique case, Latin surname, two words,
 * a quoted phrase, and names and words with a facet filter) runs, after one warm-up pass. Searches keep
 * words they have met in a cache (lib/search/search-cache.ts), so the warm-up, the 1-client legs and the
 * 16-client legs each draw their own set (seeds 100, 7 and 8): a leg finds in the cache only the words a
 * real stream of searches would bring back (names and topic words recur), not its own queries.
 *   1. against the app's GET /api/v1/search at 1 and at 16 concurrent clients (server-side time from
 *      the handler's Server-Timing header, and the HTTP round trip on this machine);
 *   2. as the very same statements through a bare `pg` pool, in this process, at 1 and 16 (`runSearch`
 *      without the web app: the statements and the shaping of their rows, highlighting included), for the
 *      ratio app ÷ database. At 16 this process also runs the HTTP clients' side, so that figure is no
 *      lower bound for the app's.
 * Without --url it starts the app itself (`npm start` on --port) and stops it afterwards. --explain prints
 * the plans of the probe and the match statement for one query of each kind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { measure, summary } from "@/lib/bench/search/latency";
import { queryMix, type BenchQuery, type QueryKind } from "@/lib/bench/search/query-mix";
import { poolQuery } from "@/lib/db";
import { requireDatabaseUrl } from "@/lib/db/migrations/cli-support";
import { samplingFor, type ProbeRow } from "@/lib/search/match-statement";
import { matchStatementFor, planSearch, planStatements, runSearch } from "@/lib/search/run-search";
import { createSearchCache } from "@/lib/search/search-cache";
import { waitForHttp } from "@/lib/startup/wait-for-http";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchParamsSchema } from "@/lib/validation/search-params";

const { values } = parseArgs({
  options: {
    "per-kind": { type: "string", default: "20" },
    url: { type: "string" },
    port: { type: "string", default: "3201" },
    explain: { type: "boolean", default: false },
  },
});
const databaseUrl = requireDatabaseUrl(process.env.DATABASE_URL);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 16 });
const pgQuery = poolQuery(pool);

function startApp(port: string): Promise<{ url: string; app: ChildProcess }> {
  const app = spawn(process.execPath, [path.join(import.meta.dirname, "..", "node_modules", "tsx", "dist", "cli.mjs"), path.join(import.meta.dirname, "start.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: port },
  });
  const url = `http://localhost:${port}`;
  return waitForHttp(`${url}/search`, 600_000).then(() => ({ url, app }));
}

async function appSearch(url: string, q: BenchQuery, server: number[]): Promise<void> {
  const response = await fetch(`${url}/api/v1/search?${new URLSearchParams(q.params)}`);
  if (!response.ok) throw new Error(`${response.status} for ${JSON.stringify(q.params)}: ${await response.text()}`);
  await response.json();
  const dur = /dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
  if (dur) server.push(Number(dur));
}

const fmt = (s: ReturnType<typeof summary>) => `p50 ${s.p50.toFixed(1).padStart(6)}  p95 ${s.p95.toFixed(1).padStart(6)}  p99 ${s.p99.toFixed(1).padStart(6)}  max ${s.max.toFixed(1).padStart(6)} ms  (n=${s.n})`;

async function explainOne(label: string, statement: Prisma.Sql) {
  const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${statement.text}`, statement.values);
  const lines = rows.map((r) => r["QUERY PLAN"]);
  const scans = lines.filter((l) => /Scan on|Scan using/.test(l)).map((l) => l.trim().replace(/^->\s*/, "").replace(/\s+\(.*$/, ""));
  console.log(`  ${label}: ${lines.find((l) => l.startsWith("Execution Time")) ?? ""}; scans: ${[...new Set(scans)].join("; ")}`);
  if (lines.some((l) => /Seq Scan on "?Article/.test(l))) console.log("  WARNING: sequential scan of the articles");
}

async function explain(queries: BenchQuery[]) {
  const seen = new Set<QueryKind>();
  for (const q of queries) {
    if (seen.has(q.kind)) continue;
    seen.add(q.kind);
    const plan = await planSearch(pgQuery, searchParamsSchema.parse(q.params));
    const { probe } = planStatements(plan);
    const [counted] = await pgQuery<ProbeRow>(probe);
    const sampling = samplingFor(counted ?? { candidates: 0, heads: 0 });
    console.log(`\n[${q.kind}] ${JSON.stringify(q.params)} → tsquery ${plan.tsquery}; ${sampling.exact ? "every match read" : `sample of 1 in ${sampling.rate}`}`);
    await explainOne("probe", probe);
    await explainOne("match", matchStatementFor(plan, sampling));
  }
}

async function main() {
  const perKind = Number(values["per-kind"]);
  const [warmUp, queries, queries16] = await Promise.all([queryMix(pool, perKind, 100), queryMix(pool, perKind, 7), queryMix(pool, perKind, 8)]);
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleSearch"`);
  console.log(`Database: ${rows[0]?.n.toLocaleString("en")} articles; ${queries.length} queries per leg (${perKind} of each of 6 kinds)`);
  const started = values.url ? { url: values.url, app: null } : await startApp(values.port);
  // The same cache the app keeps, for the searches run here without it.
  const cache = createSearchCache();
  const direct = (q: BenchQuery) => runSearch(pgQuery, searchParamsSchema.parse(q.params), { cache });
  try {
    // Warm-up: caches, connection pools, JIT of the route.
    await measure(warmUp, 4, (q) => appSearch(started.url, q, []));
    await measure(warmUp, 4, direct);

    const results: string[] = [];
    const db1 = await measure(queries, 1, direct);
    const server1: number[] = [];
    const http1 = await measure(queries, 1, (q) => appSearch(started.url, q, server1));
    const server16: number[] = [];
    const http16 = await measure(queries16, 16, (q) => appSearch(started.url, q, server16));
    const db16 = await measure(queries16, 16, direct);

    results.push(`app, 1 client   (HTTP)           ${fmt(summary(http1))}`);
    results.push(`app, 1 client   (server-side)    ${fmt(summary(server1))}`);
    results.push(`app, 16 clients (HTTP)           ${fmt(summary(http16))}`);
    results.push(`app, 16 clients (server-side)    ${fmt(summary(server16))}`);
    results.push(`runSearch, no app, 1 client     ${fmt(summary(db1))}`);
    results.push(`runSearch, no app, 16 clients   ${fmt(summary(db16))}`);
    const ratio = (p: "p50" | "p95") => (summary(server1)[p] / summary(db1)[p]).toFixed(2);
    results.push(`ratio app ÷ database at 1 client (server-side ÷ runSearch without the app): p50 ${ratio("p50")}, p95 ${ratio("p95")}`);
    console.log(`\n${results.join("\n")}`);

    console.log("\nBy kind, app server-side at 1 client:");
    const byKind = new Map<QueryKind, number[]>();
    for (const [i, q] of queries.entries()) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), server1[i] as number]);
    for (const [kind, times] of byKind) console.log(`  ${kind.padEnd(14)} ${fmt(summary(times))}`);
    if (values.explain) await explain(queries);
  } finally {
    await pool.end();
    if (started.app) {
      started.app.kill("SIGINT");
      await new Promise((resolve) => started.app?.once("exit", resolve));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
