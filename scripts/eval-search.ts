/**
 * `npm run eval:search [-- --json]`: relevance of search on the importer's evaluation articles. Imports
 * tests/fixtures/eval/ into a fresh database (TEST_DATABASE_URL's or DATABASE_URL's server, else the
 * embedded one; dropped afterwards), runs every query of tests/fixtures/search-eval/queries.json and
 * reports recall@10 (share of the articles a query must return that are in its first ten results) and
 * MRR (1 / rank of the first of them), per query and averaged. A report, not a gate: exit 0 whatever
 * the figures, 1 only when the set is malformed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createDb, poolOf, poolQuery } from "../lib/db";
import { loadImporterLanguage } from "../lib/importer/extract-article";
import { importPaths } from "../lib/importer/import-paths";
import { runSearch } from "../lib/search/run-search";
import { searchParamsSchema } from "../lib/validation/search-params";
import { createTestDatabase } from "../tests/support/test-database";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "tests/fixtures/eval");
const setSchema = z.object({
  queries: z
    .array(z.object({ q: z.string().min(1), official: z.string().optional(), topic: z.string().optional(), files: z.array(z.string()).optional() }))
    .min(30),
});

async function expectedFiles(): Promise<{ officials: Map<string, string[]>; topics: Map<string, string[]> }> {
  const officials = new Map<string, string[]>();
  const topics = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, key: string, file: string) => m.set(key, [...(m.get(key) ?? []), file]);
  for (const name of (await readdir(fixtures)).filter((n) => n.endsWith(".json")).sort()) {
    const json = JSON.parse(await readFile(path.join(fixtures, name), "utf8")) as { officials: { name: string }[]; topics: string[] };
    const file = name.replace(/\.json$/, ".txt");
    for (const o of json.officials) add(officials, o.name, file);
    for (const t of json.topics) add(topics, t, file);
  }
  return { officials, topics };
}

async function main() {
  const asJson = process.argv.includes("--json");
  const set = setSchema.parse(JSON.parse(await readFile(path.join(root, "tests/fixtures/search-eval/queries.json"), "utf8")));
  const truth = await expectedFiles();
  const database = await createTestDatabase();
  const db = createDb(database.url);
  try {
    await loadImporterLanguage();
    const summary = await importPaths(db, [fixtures], { trigger: "cli" });
    if (summary.failed > 0) throw new Error(`${summary.failed} evaluation articles failed to import`);
    const files = new Map((await db.article.findMany({ select: { slug: true, fileName: true } })).map((a) => [a.slug, path.basename(a.fileName ?? "")]));

    const rows: { q: string; expected: number; found: number; recall: number; rr: number; ms: number }[] = [];
    for (const item of set.queries) {
      const expected = item.files ?? (item.official ? truth.officials.get(item.official) : item.topic ? truth.topics.get(item.topic) : undefined);
      if (!expected?.length) throw new Error(`query ${JSON.stringify(item.q)}: nothing expected (unknown official, topic or files)`);
      const started = performance.now();
      const result = await runSearch(poolQuery(poolOf(db)), searchParamsSchema.parse({ q: item.q }));
      const ms = performance.now() - started;
      const ranked = result.hits.map((h) => files.get(h.slug) ?? "");
      const top10 = ranked.slice(0, 10);
      const recall = expected.filter((f) => top10.includes(f)).length / Math.min(expected.length, 10);
      const first = ranked.findIndex((f) => expected.includes(f));
      rows.push({ q: item.q, expected: expected.length, found: result.total, recall, rr: first === -1 ? 0 : 1 / (first + 1), ms });
    }
    const mean = (k: "recall" | "rr") => rows.reduce((s, r) => s + r[k], 0) / rows.length;
    if (asJson) {
      console.log(JSON.stringify({ queries: rows.length, recallAt10: mean("recall"), mrr: mean("rr"), rows }, null, 2));
      return;
    }
    console.log(`${"query".padEnd(36)} expected  found  recall@10   RR`);
    for (const r of rows) {
      console.log(`${r.q.padEnd(36)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(6)} ${r.recall.toFixed(2).padStart(10)} ${r.rr.toFixed(2).padStart(5)}`);
    }
    console.log(`\n${rows.length} queries over ${files.size} articles: recall@10 ${mean("recall").toFixed(3)}, MRR ${mean("rr").toFixed(3)}`);
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
