import path from "node:path";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { resetDatabase } from "./reset-database";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The archive the search tests read: the importer's evaluation articles and the seeds, imported by the
 * real importer into the run's database (emptied first).
 */
export async function importSearchArchive(): Promise<Db> {
  const db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  const summary = await importPaths(db, [path.join(root, "tests/fixtures/eval"), path.join(root, "seeds")], { trigger: "cli" });
  if (summary.failed > 0) throw new Error(`${summary.failed} articles failed to import`);
  return db;
}
