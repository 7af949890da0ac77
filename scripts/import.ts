/**
 * `npm run import -- [--dry-run] [--json] <files or folders…>`
 * Imports articles into DATABASE_URL with a progress line and a summary; exit 1 when any file failed.
 * `--dry-run --json` touches no database and prints ONE JSON document (DESIGN.md) to stdout.
 */
import { readFile } from "node:fs/promises";
import { duration, progressLine } from "../lib/cli/progress-line";
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { toArticleOut } from "../lib/importer/extract-article";
import { importPaths } from "../lib/importer/import-paths";
import { countArticleFiles, listArticleFiles } from "../lib/importer/list-files";
import { extractWithinBudget } from "../lib/importer/pool";
import type { DryRunOutput } from "../lib/importer/types";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const json = args.includes("--json");
const paths = args.filter((a) => !a.startsWith("--"));

async function main(): Promise<number> {
  if (paths.length === 0) throw new Error("name at least one file or folder: npm run import -- seeds/");
  return dryRun ? dryRunImport() : realImport();
}

async function dryRunImport(): Promise<number> {
  const out: DryRunOutput = { articles: [], errors: [] };
  for await (const { file, problem } of listArticleFiles(paths)) {
    if (problem) {
      out.errors.push({ file, message: problem });
      continue;
    }
    try {
      out.articles.push(toArticleOut(file, await extractWithinBudget(await readFile(file), file)));
    } catch (error) {
      out.errors.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  // Wait for the pipe to take all of it: process.exit() would cut a large document at the pipe's buffer.
  if (json) await new Promise((resolve) => process.stdout.write(JSON.stringify(out, null, 2) + "\n", resolve));
  else {
    for (const a of out.articles) console.log(`${a.file}: ${a.officials.length} officials, ${a.meetings.length} meetings, ${a.topics.length} topics`);
    for (const e of out.errors) console.log(`✗ ${e.file}: ${e.message}`);
  }
  return out.errors.length ? 1 : 0;
}

async function realImport(): Promise<number> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: point it at a PostgreSQL database (npm start sets up an embedded one).");
  const total = await countArticleFiles(paths);
  const db = createDb(env.DATABASE_URL);
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let done = 0;
  try {
    const summary = await importPaths(db, paths, {
      trigger: "cli",
      onFile: (file, outcome) => {
        done++;
        if (tty) process.stderr.write(`\r${progressLine(done, total, performance.now() - started)}`);
        else if (outcome === "failed") process.stderr.write(`✗ ${file}\n`);
      },
    });
    if (tty) process.stderr.write("\n");
    const rows: [string, number][] = [["created", summary.created], ["updated", summary.updated], ["unchanged", summary.unchanged], ["reprint", summary.reprint], ["failed", summary.failed]];
    console.log(`\nImport run #${summary.runId}: ${done} files in ${duration(performance.now() - started)}`);
    for (const [label, n] of rows) console.log(`  ${label.padEnd(10)} ${String(n).padStart(7)}`);
    for (const r of summary.reprints) console.log(`  = ${r.file}: reprint of article ${r.articleId}, not stored again`);
    for (const e of summary.errors) console.log(`  ✗ ${e.file}: ${e.message}`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  },
);
