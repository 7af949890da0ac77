import { readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db";
import { extractArticle } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { storeArticle } from "../../lib/importer/store/store-article";
import { resetDatabase } from "./reset-database";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The evaluation articles of the first round (001–043): the test archive's fixed corpus. Later blind
 * batches join tests/fixtures/eval to measure extraction; the archive the reader and search tests
 * (and the search relevance set) are written against stays the same.
 */
export const FIRST_ROUND_EVAL = readdirSync(path.join(root, "tests/fixtures/eval"))
  .filter((n) => /^0([0-3]\d|4[0-3])_.*\.txt$/.test(n))
  .sort()
  .map((n) => `tests/fixtures/eval/${n}`);

/**
 * A clean archive holding the seeds and the first-round evaluation articles (~70 officials, ~100
 * meetings), imported from `paths` (files or folders, relative to the repository) in that order.
 */
export async function importArchive(db: Db, dirs: readonly string[] = ["seeds", ...FIRST_ROUND_EVAL]): Promise<void> {
  await resetDatabase(db);
  const summary = await importPaths(db, dirs.map((dir) => path.join(root, dir)), { trigger: "cli" });
  if (summary.failed > 0) throw new Error(`the test archive did not import: ${JSON.stringify(summary.errors)}`);
}

/** One article's text imported as if read from `file` (the importer's language must be loaded). */
export async function importText(db: Db, text: string, file: string) {
  return (await storeArticle(db, extractArticle(text, file), file)).outcome;
}
