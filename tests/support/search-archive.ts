import { createDb, type Db } from "../../lib/db";
import { importArchive } from "./import-archive";

/**
 * The archive the search tests read: the importer's evaluation articles, then the seeds, imported by the
 * real importer into the run's database (emptied first).
 */
export async function importSearchArchive(): Promise<Db> {
  const db = createDb(process.env.DATABASE_URL as string);
  await importArchive(db, ["tests/fixtures/eval", "seeds"]);
  return db;
}
