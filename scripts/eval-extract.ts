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

type Extract = (text: string, file: string) => Promise<ArticleOut>;

/** The surface this script needs from lib/importer/extract-article (written in parallel with it). */
interface ExtractorModule {
  loadImporterLanguage(): unknown;
  extractArticle(text: string, file: string, language: unknown): unknown;
  toArticleOut(extraction: unknown, file: string): ArticleOut;
}
const extractorPath = "../lib/importer/extract-article";

/** Until the extractor lands, score the expectations against themselves so the scorer stays testable. */
async function loadExtractor(): Promise<{ extract: Extract; mode: "extractor" | "self-check" }> {
  try {
    // A variable specifier keeps typecheck green while the module does not exist yet.
    const mod = (await import(extractorPath)) as ExtractorModule;
    const language = await mod.loadImporterLanguage();
    return {
      mode: "extractor",
      extract: async (text, file) => mod.toArticleOut(mod.extractArticle(text, file, language), file),
    };
  } catch (error) {
    const missing = (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" && String(error).includes("extract-article");
    if (!missing) throw error;
    return { mode: "self-check", extract: async () => { throw new Error("unreachable"); } };
  }
}

const pct = (n: number) => (n * 100).toFixed(1).padStart(6);

async function main(): Promise<void> {
  const names = (await readdir(path.join(root, fixtureDir))).filter((n) => n.endsWith(".txt")).sort();
  const { extract, mode } = await loadExtractor();
  const malformed: string[] = [];
  const scores: ArticleScore[] = [];
  for (const name of names) {
    const rel = `${fixtureDir}/${name}`;
    const jsonPath = path.join(root, rel.replace(/\.txt$/, ".json"));
    const text = await readFile(path.join(root, rel), "utf8");
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
      predicted = mode === "self-check" ? checked.article : await extract(text, rel);
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
    console.log(JSON.stringify({ mode, articles: scores.length, malformed, totals: report.totals,
      perArticle: scores.map((s) => ({ file: s.file, issues: s.issues })) }, null, 2));
  } else {
    if (mode === "self-check") console.log("extract-article not found: scoring expected vs expected (self-check)\n");
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
