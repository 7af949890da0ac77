import { performance } from "node:perf_hooks";

import type { ScriptFailure } from "./atomic-adapter-factory";
import { describeScriptError } from "./describe-script-error";
import { MigrationError, MigrationFailedError, oneLine } from "./errors";
import { DEFAULT_MIGRATIONS_DIR, readMigrations, toMigrationList, type MigrationFolder } from "./migrations-folder";
import { openEngine } from "./open-engine";
import { applySqlObjects, DEFAULT_SQL_OBJECTS_DIR } from "./sql-objects";

export type ApplyMigrationsOptions = {
  databaseUrl: string;
  migrationsDir?: string;
  /** Progress lines for people (one per migration, then a summary). */
  log?: (line: string) => void;
  /**
   * Retry migrations an earlier run left recorded as failed (e.g. a killed process). Safe because
   * every migration runs in one transaction; failures this runner sees are released automatically.
   */
  retryFailed?: boolean;
  /** Functions and triggers, one current file each (see sql-objects.ts), applied after the migrations. */
  sqlObjectsDir?: string;
};

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies the pending migrations of `prisma/migrations/` and records them in `_prisma_migrations`,
 * exactly where `prisma migrate deploy` would, then the changed files of `prisma/sql-objects/`. Each
 * migration commits whole or not at all, and so do the SQL objects together.
 */
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const result = await applyMigrationFolders(options);
  const objects = await applySqlObjects(options.databaseUrl, options.sqlObjectsDir ?? DEFAULT_SQL_OBJECTS_DIR, { all: result.applied.length > 0 });
  if (objects.length > 0) options.log?.(`Applied ${plural(objects.length, "changed SQL object")} (prisma/sql-objects)`);
  return result;
}

async function applyMigrationFolders(options: ApplyMigrationsOptions): Promise<{ applied: string[] }> {
  const { databaseUrl, migrationsDir = DEFAULT_MIGRATIONS_DIR, log = () => {}, retryFailed = false } = options;
  const started = performance.now();
  const migrations = await readMigrations(migrationsDir);
  const migrationsList = await toMigrationList(migrationsDir, migrations);
  const { engine, adapters, close } = await openEngine(databaseUrl, (message) => {
    const applying = /^Applying `(.+)`$/.exec(message);
    if (applying) log(`Applying ${applying[1]}`);
  });
  try {
    const history = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS });
    for (const name of history.editedMigrationNames) {
      log(`Warning: migration ${name} was changed after it was applied; the change is not applied`);
    }
    for (const name of history.failedMigrationNames) {
      if (!retryFailed) {
        throw new MigrationError(
          `Migration ${name} is recorded as failed in _prisma_migrations (an earlier run stopped in it); ` +
            `migrations run in one transaction, so it should have left nothing behind: check, then run ` +
            `\`npm run db:migrate -- --retry-failed\``,
        );
      }
      await engine.markMigrationRolledBack({ migrationName: name });
      log(`Retrying ${name}, which failed earlier`);
    }

    let applied: string[];
    try {
      applied = (await engine.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames;
    } catch (error) {
      throw await explainFailure(error, adapters.lastFailure, migrations, (migrationName) =>
        engine.markMigrationRolledBack({ migrationName }),
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      applied.length === 0
        ? `Database is up to date (${plural(migrations.length, "migration")})`
        : `Applied ${plural(applied.length, "migration")} in ${seconds} s`,
    );
    return { applied };
  } finally {
    await close();
  }
}

/**
 * A script that failed inside our transaction left nothing behind, so its `_prisma_migrations` row is
 * marked rolled back at once (the row and its logs stay as the audit trail): a fixed file simply
 * applies on the next run instead of being blocked by Prisma's "failed migration" state.
 */
async function explainFailure(
  error: unknown,
  failure: ScriptFailure | undefined,
  migrations: MigrationFolder[],
  markRolledBack: (name: string) => Promise<unknown>,
): Promise<Error> {
  const migration = failure && migrations.find(({ sql }) => sql === failure.script);
  if (!failure || !migration) return new MigrationError(oneLine(error instanceof Error ? error.message : String(error)));
  const reason = describeScriptError(failure.error, failure.script);
  if (!failure.rolledBack) {
    return new MigrationError(`Migration ${migration.name} failed and could not be rolled back (check the database): ${reason}`);
  }
  await markRolledBack(migration.name);
  return new MigrationFailedError(migration.name, reason);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
