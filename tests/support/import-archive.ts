import path from "node:path";
import type { Db } from "../../lib/db";
import { extractArticle } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { storeArticle } from "../../lib/importer/store/store-article";
import { resetDatabase } from "./reset-database";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * A clean archive holding the seeds and the evaluation articles (30 reports, ~70 officials, ~40 meetings),
 * imported from `dirs` (relative to the repository) in that order.
 */
export async function importArchive(db: Db, dirs: readonly string[] = ["seeds", "tests/fixtures/eval"]): Promise<void> {
  await resetDatabase(db);
  const summary = await importPaths(db, dirs.map((dir) => path.join(root, dir)), { trigger: "cli" });
  if (summary.failed > 0) throw new Error(`the test archive did not import: ${JSON.stringify(summary.errors)}`);
}

/** One article's text imported as if read from `file` (the importer's language must be loaded). */
export function importText(db: Db, text: string, file: string) {
  return storeArticle(db, extractArticle(text, file), file);
}
