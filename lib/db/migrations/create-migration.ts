import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { MigrationError, oneLine } from "./errors";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  SNAPSHOT_NAME,
  listMigrationNames,
  migrationFolderName,
  readLatestSnapshot,
} from "./migrations-folder";
import { openEngine } from "./open-engine";

export type CreateMigrationOptions = {
  name: string;
  /** Any reachable PostgreSQL: the engine will not start without one, but nothing is read or written there. */
  databaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
  now?: Date;
  log?: (line: string) => void;
};

/**
 * Writes `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` with the SQL that takes the previous
 * migration's schema snapshot to the current schema, and the current schema beside it as the next
 * (and only) snapshot. Schema-to-schema, never against a live database: hand-written SQL added to a migration
 * (CHECKs, generated columns) is invisible to the diff, so later migrations leave it alone.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<{ created: string | null }> {
  const { name, databaseUrl, log = () => {} } = options;
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? DEFAULT_SCHEMA_PATH;
  const schema = await readFile(schemaPath, "utf8");
  const previous = await readLatestSnapshot(migrationsDir);
  const folder = migrationFolderName(name, options.now ?? new Date(), await listMigrationNames(migrationsDir));

  const { engine, close } = await openEngine(databaseUrl);
  let script: string;
  try {
    const result = await engine.diff({
      from: previous ? { tag: "schemaDatamodel", files: [{ path: SNAPSHOT_NAME, content: previous.schema }] } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    if (result.exitCode !== 2) {
      log(`No changes: ${path.relative(process.cwd(), schemaPath)} matches the snapshot of ${previous?.migration ?? "an empty database"}`);
      return { created: null };
    }
    script = result.stdout ?? "";
  } catch (error) {
    throw new MigrationError(`The schema engine rejected the schema: ${oneLine(error instanceof Error ? error.message : String(error))}`);
  } finally {
    await close();
  }

  const target = path.join(migrationsDir, folder);
  await mkdir(target, { recursive: true });
  await writeFile(path.join(target, "migration.sql"), script);
  await writeFile(path.join(target, SNAPSHOT_NAME), schema);
  // One snapshot only: the diff reads nothing older, and twelve copies of the schema misled searches.
  if (previous) await rm(path.join(migrationsDir, previous.migration, SNAPSHOT_NAME));
  if (!existsSync(path.join(migrationsDir, LOCKFILE_NAME))) await writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT);
  log(`Created ${path.relative(process.cwd(), path.join(target, "migration.sql"))}`);
  return { created: folder };
}
