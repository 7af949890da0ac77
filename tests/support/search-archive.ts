import { createDb, type Db } from "../../lib/db";
import { FIRST_ROUND_EVAL, importArchive } from "./import-archive";

/**
 * The archive the search tests read: the importer's first-round evaluation articles, then the seeds, imported by the
 * real importer into the run's database (emptied first).
 */
export async function importSearchArchive(): Promise<Db> {
  const db = createDb(process.env.DATABASE_URL as string);
  await importArchive(db, [...FIRST_ROUND_EVAL, "seeds"]);
  return db;
}
