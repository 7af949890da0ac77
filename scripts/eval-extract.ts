/**
 * `npm run eval:extract [-- --json] [-- --dir <folder>] [-- --only <NNN-NNN>]`: runs the real extractor
 * over tests/fixtures/eval/*.txt (or a blind batch's folder, whose files name their future place in
 * tests/fixtures/eval) and prints precision / recall / F1 per category, a table per grammatical
 * construction, and each article's misses and extras. It is a report, not a gate: exit 0 whatever the
 * figures, exit 1 only when an expected fixture is malformed.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ExpectedArticle } from "../lib/importer/eval/article-out-schema";
import { checkFixture } from "../lib/importer/eval/check-fixture";
import { constructionTable } from "../lib/importer/eval/constructions";
import { aggregate, CATEGORIES, matchedAccuracy, scoreArticle, type ArticleScore } from "../lib/importer/eval/score";
import type { ArticleOut } from "../lib/importer/types";

const root = path.resolve(import.meta.dirname, "..");
const fixtureHome = "tests/fixtures/eval";
const argument = (name: string): string | null => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
};
const fixtureDir = argument("--dir") ?? fixtureHome;
/** `--only 044-063`: the articles numbered in that range, e.g. one batch scored alone. */
const only = argument("--only")?.split("-").map(Number) ?? null;
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
  // The number is every leading digit: the set passed 999 (`1000_…`).
  const numberOf = (n: string) => Number(/^\d+/.exec(n)?.[0] ?? NaN);
  const inRange = (n: string) => !only || (numberOf(n) >= (only[0] ?? 0) && numberOf(n) <= (only[1] ?? only[0] ?? Infinity));
  const names = (await readdir(path.resolve(root, fixtureDir))).filter((n) => n.endsWith(".txt") && inRange(n)).sort();
  const { extract, mode, note } = await loadExtractor();
  const malformed: string[] = [];
  const scores: ArticleScore[] = [];
  const expected: ExpectedArticle[] = [];
  for (const name of names) {
    const rel = `${fixtureHome}/${name}`;
    const jsonPath = path.resolve(root, fixtureDir, name.replace(/\.txt$/, ".json"));
    const bytes = await readFile(path.resolve(root, fixtureDir, name));
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
      expected.push(checked.article);
      continue;
    }
    scores.push(scoreArticle(predicted, checked.article));
    expected.push(checked.article);
  }
  const report = aggregate(scores);
  const byConstruction = constructionTable(scores, expected);
  const matched = matchedAccuracy(report.totals);
  const share = (n: number) => (matched.matched === 0 ? "     -" : pct(n / matched.matched) + "%");

  if (asJson) {
    console.log(JSON.stringify({ mode, note, articles: scores.length, malformed, totals: report.totals, matched,
      constructions: byConstruction,
      perArticle: scores.map((s) => ({ file: s.file, issues: s.issues })) }, null, 2));
  } else {
    if (note) console.log(`${note}: scoring expected vs expected (self-check)\n`);
    console.log(`${scores.length} articles from ${fixtureDir}\n`);
    console.log("category     precision  recall      F1     tp    fp    fn");
    for (const c of CATEGORIES) {
      const f = report.totals[c];
      console.log(`${c.padEnd(11)} ${pct(f.precision)}% ${pct(f.recall)}% ${pct(f.f1)}%  ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}`);
    }
    console.log(`\nof ${matched.matched} matched meetings: kind right ${share(matched.kinds)}, status right ${share(matched.statuses)}`);
    if (byConstruction.some((r) => r.articles > 0)) {
      console.log("\nconstruction                     articles  meetings found recall  meetings F1  officials F1");
      for (const r of byConstruction) {
        const recall = r.meetings === 0 ? "     -" : pct(r.found / r.meetings) + "%";
        console.log(`${String(r.id).padStart(2)} ${r.name.padEnd(30)} ${String(r.articles).padStart(5)} ${String(r.meetings).padStart(9)} ${String(r.found).padStart(5)} ${recall} ${pct(r.meetingFigures.f1)}%      ${pct(r.officialFigures.f1)}%`);
      }
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
