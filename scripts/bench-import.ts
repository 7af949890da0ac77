/**
 * `npm run bench:import [-- --count 10000]`: generates a corpus of varied articles (once, under
 * .data/bench/), then measures extraction alone (one core) and the whole import into a fresh
 * PostgreSQL database, with resident memory sampled as the corpus goes by (it must stay flat).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateArticle } from "../lib/bench/generate-article";
import { createDb } from "../lib/db";
import { extractArticle, loadImporterLanguage } from "../lib/importer/extract-article";
import { importPaths } from "../lib/importer/import-paths";
import { listArticleFiles } from "../lib/importer/list-files";
import { createTestDatabase } from "../tests/support/test-database";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--count") + 1] ?? 10_000) || 10_000;
const corpus = path.resolve(import.meta.dirname, "..", ".data", "bench", `corpus-${count}`);
const mb = () => Math.round(process.memoryUsage().rss / 1048576);

async function generateCorpus() {
  if (existsSync(path.join(corpus, "done"))) return;
  await mkdir(corpus, { recursive: true });
  for (let i = 0; i < count; i++) {
    await writeFile(path.join(corpus, `${String(i).padStart(6, "0")}.txt`), generateArticle(i));
  }
  await writeFile(path.join(corpus, "done"), String(count));
}

/** Resident memory at each tenth of the run: a flat row means nothing grows with the corpus. */
function memoryProbe() {
  const samples: number[] = [];
  let done = 0;
  return {
    tick() {
      done++;
      if (done % Math.max(1, Math.floor(count / 10)) === 0) samples.push(mb());
    },
    report: () => samples.join(" → ") + " MB",
  };
}

async function benchExtraction() {
  const probe = memoryProbe();
  let bytes = 0;
  const started = performance.now();
  for await (const file of listArticleFiles([corpus])) {
    const text = await readFile(file);
    bytes += text.length;
    extractArticle(text, file);
    probe.tick();
  }
  const seconds = (performance.now() - started) / 1000;
  return { rate: count / seconds, seconds, avgKb: bytes / count / 1024, memory: probe.report() };
}

async function benchImport() {
  const database = await createTestDatabase();
  const db = createDb(database.url);
  const probe = memoryProbe();
  try {
    const started = performance.now();
    const summary = await importPaths(db, [corpus], { trigger: "cli", onFile: () => probe.tick() });
    const seconds = (performance.now() - started) / 1000;
    const [articles, officials, meetings] = await Promise.all([db.article.count(), db.official.count(), db.meeting.count()]);
    return { rate: count / seconds, seconds, failed: summary.failed, articles, officials, meetings, memory: probe.report() };
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await generateCorpus();
await loadImporterLanguage();
console.log(`corpus: ${count} generated articles in ${path.relative(process.cwd(), corpus)}; start ${mb()} MB resident`);
const x = await benchExtraction();
console.log(`extraction: ${x.rate.toFixed(0)} articles/s (${x.seconds.toFixed(1)} s, ${x.avgKb.toFixed(1)} KB average, one core); memory ${x.memory}`);
if (!args.includes("--extract-only")) {
  const i = await benchImport();
  console.log(
    `import into PostgreSQL: ${i.rate.toFixed(0)} articles/s (${i.seconds.toFixed(1)} s; ${i.articles} articles, ${i.officials} officials, ${i.meetings} meetings, ${i.failed} failed); memory ${i.memory}`,
  );
}
process.exit(0);
