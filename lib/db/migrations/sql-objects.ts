import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

import { parseDatabaseUrl } from "./database-url";
import { describeScriptError } from "./describe-script-error";
import { MigrationError } from "./errors";

export const DEFAULT_SQL_OBJECTS_DIR = fileURLToPath(new URL("../../../prisma/sql-objects", import.meta.url));

/** Functions first: the triggers name them. */
const KINDS = ["functions", "triggers"] as const;

export type SqlObjectFile = { name: string; sql: string; checksum: string };

/** `functions/<name>.sql`, then `triggers/<name>.sql`, each kind by name. */
export async function readSqlObjects(dir: string = DEFAULT_SQL_OBJECTS_DIR): Promise<SqlObjectFile[]> {
  const files: SqlObjectFile[] = [];
  for (const kind of KINDS) {
    const folder = path.join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const file of (await readdir(folder)).filter((f) => f.endsWith(".sql")).sort()) {
      const sql = await readFile(path.join(folder, file), "utf8");
      files.push({ name: `${kind}/${file}`, sql, checksum: createHash("sha256").update(sql).digest("hex") });
    }
  }
  return files;
}

/**
 * Flyway's repeatable migrations for the database's functions and triggers: each lives in one current,
 * idempotent file (CREATE OR REPLACE), applied after the migrations whenever its checksum differs from
 * the one recorded in `chronicle_meta.sql_objects` (a schema of its own, so the public tables stay the
 * models'), and every one of them after any migration was applied (`all`): a migration that recreates a
 * table drops its triggers. All in one transaction under an advisory lock, so concurrent starts apply
 * each change once. Returns the names of the files applied.
 */
export async function applySqlObjects(databaseUrl: string, dir: string = DEFAULT_SQL_OBJECTS_DIR, { all = false } = {}): Promise<string[]> {
  const files = await readSqlObjects(dir);
  const client = new pg.Client(parseDatabaseUrl(databaseUrl));
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('chronicle_sql_objects'))");
    await client.query(`CREATE SCHEMA IF NOT EXISTS chronicle_meta;
      CREATE TABLE IF NOT EXISTS chronicle_meta.sql_objects (
        name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    // As pg_dump does: a function may name one whose file comes later.
    await client.query("SET LOCAL check_function_bodies = off");
    const { rows } = await client.query<{ name: string; checksum: string }>("SELECT name, checksum FROM chronicle_meta.sql_objects");
    const applied = new Map(rows.map((row) => [row.name, row.checksum]));
    const changed = files.filter((file) => all || applied.get(file.name) !== file.checksum);
    for (const file of changed) {
      try {
        await client.query(file.sql);
      } catch (error) {
        throw new MigrationError(`SQL object ${file.name} failed, nothing was applied: ${describeScriptError(error, file.sql, file.name)}`);
      }
      await client.query(
        `INSERT INTO chronicle_meta.sql_objects (name, checksum) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, applied_at = now()`,
        [file.name, file.checksum],
      );
    }
    await client.query("COMMIT");
    return changed.map((file) => file.name);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
