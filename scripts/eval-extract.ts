/**
 * `npm run eval:extract [-- --json]`: runs the real extractor over tests/fixtures/eval/*.txt and prints
 * precision / recall / F1 per category plus each article's misses and extras. It is a report, not a gate:
 * exit 0 whatever the figures, exit 1 only when an expected fixture is malformed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { checkFixture } from "../lib/importer/eval/check-fixture";
import { aggregate, CATEGORIES, scoreArticle, type ArticleScore } from "../lib/importer/eval/score";
import type { ArticleOut } from "../lib/importer/types";

const root = path.resolve(import.meta.dirname, "..");
const fixtureDir = "tests/fixtures/eval";
const asJson = process.argv.includes("--json");

/** Bytes, as the importer reads a file, so BOM and encoding handling are part of what is measured. */
type Extract = (bytes: Uint8Array, file: string) => Promise<ArticleOut>;

type Mode = "extractor" | "self-check";

/**
 * The real extractor; while it is missing or cannot load (it is written in parallel), the expectations
 * are scored against themselves so the scorer and the fixtures stay checkable, and the report says so.
 */
async function loadExtractor(): Promise<{ extract: Extract; mode: Mode; note: string | null }> {
  try {
    const mod: typeof import("../lib/importer/extract-article") = await import("../lib/importer/extract-article");
    await mod.loadImporterLanguage();
    return {
      mode: "extractor",
      note: null,
      extract: async (bytes, file) => mod.toArticleOut(file, mod.extractArticle(bytes, file)),
    };
  } catch (error) {
    const selfCheck: Extract = async () => {
      throw new Error("no extractor in self-check mode");
    };
    return { mode: "self-check", note: `extractor could not load (${(error as Error).message})`, extract: selfCheck };
  }
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(6);

async function main(): Promise<void> {
  const names = (await readdir(path.join(root, fixtureDir))).filter((n) => n.endsWith(".txt")).sort();
  const { extract, mode, note } = await loadExtractor();
  const malformed: string[] = [];
  const scores: ArticleScore[] = [];
  for (const name of names) {
    const rel = `${fixtureDir}/${name}`;
    const jsonPath = path.join(root, rel.replace(/\.txt$/, ".json"));
    const bytes = await readFile(path.join(root, rel));
    const text = bytes.toString("utf8");
    let json: unknown;
    try {
      json = JSON.parse(await readFile(jsonPath, "utf8"));
    } catch (error) {
      malformed.push(`${rel.replace(/\.txt$/, ".json")}: ${(error as Error).message}`);
      continue;
    }
    const checked = checkFixture(json, text, rel);
    if (!checked.ok) {
      malformed.push(...checked.problems.map((p) => `${rel.replace(/\.txt$/, ".json")}: ${p}`));
      continue;
    }
    let predicted: ArticleOut;
    try {
      predicted = mode === "self-check" ? checked.article : await extract(bytes, rel);
    } catch (error) {
      // A crash on one article is a finding to report, not a reason to stop the run.
      const score = scoreArticle({ ...checked.article, title: null, officials: [], meetings: [], topics: [], publishedOn: null, dateline: null }, checked.article);
      score.issues.unshift(`extractor threw: ${(error as Error).message}`);
      scores.push(score);
      continue;
    }
    scores.push(scoreArticle(predicted, checked.article));
  }
  const report = aggregate(scores);

  if (asJson) {
    console.log(JSON.stringify({ mode, note, articles: scores.length, malformed, totals: report.totals,
      perArticle: scores.map((s) => ({ file: s.file, issues: s.issues })) }, null, 2));
  } else {
    if (note) console.log(`${note}: scoring expected vs expected (self-check)\n`);
    console.log(`${scores.length} articles from ${fixtureDir}\n`);
    console.log("category     precision  recall      F1     tp    fp    fn");
    for (const c of CATEGORIES) {
      const f = report.totals[c];
      console.log(`${c.padEnd(11)} ${pct(f.precision)}% ${pct(f.recall)}% ${pct(f.f1)}%  ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}`);
    }
    console.log("\nper article:");
    for (const s of scores) {
      console.log(`${path.basename(s.file)}: ${s.issues.length === 0 ? "ok" : `${s.issues.length} issue(s)`}`);
      for (const issue of s.issues) console.log(`    ${issue}`);
    }
  }
  if (malformed.length > 0) {
    console.error(`\n${malformed.length} problem(s) in expected fixtures:`);
    for (const m of malformed) console.error(`  ${m}`);
    process.exitCode = 1;
  }
}

await main();
