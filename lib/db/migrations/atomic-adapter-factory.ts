import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type pg from "pg";

import type { PgConnectionConfig } from "./database-url";

export type ScriptFailure = {
  script: string;
  error: unknown;
  /** ROLLBACK went through: the database holds nothing of the script. */
  rolledBack: boolean;
};

/**
 * adapter-pg for the schema engine, except that a migration script runs as ONE statement batch on
 * ONE connection inside BEGIN/COMMIT. adapter-pg's own `executeScript` splits the script on every
 * `;` (breaking `$$…;…$$` function bodies) and sends the pieces through the pool one by one, so a
 * failing migration used to leave its first statements behind.
 */
export class AtomicAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  /** The last script that failed, for naming the migration and the line in the error. */
  lastFailure: ScriptFailure | undefined;

  private readonly inner: PrismaPg;
  private readonly disposers: Array<() => Promise<void>> = [];

  constructor(config: PgConnectionConfig) {
    this.inner = new PrismaPg({ ...config, max: 4 });
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    let disposed: Promise<void> | undefined;
    const dispose = () => (disposed ??= adapter.dispose());
    this.disposers.push(dispose);
    return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
      executeScript: (script: string) => this.runAtomically(pool, script),
      dispose,
    });
  }

  /** Chronicle diffs schema files against each other, so the engine never needs a shadow database. */
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(new Error("Chronicle's migration tools do not use a shadow database"));
  }

  /** Ends every pool this factory opened; the engine does not do it when freed. */
  async close(): Promise<void> {
    await Promise.all(this.disposers.map((dispose) => dispose()));
  }

  private async runAtomically(pool: pg.Pool, script: string): Promise<void> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      // No parameters: pg sends the simple-query protocol, which accepts many statements at once.
      await client.query(script);
      await client.query("COMMIT");
    } catch (error) {
      const rolledBack = await client.query("ROLLBACK").then(
        () => true,
        (rollbackError: Error) => {
          broken = rollbackError;
          return false;
        },
      );
      this.lastFailure = { script, error, rolledBack };
      throw asDriverAdapterError(error);
    } finally {
      client.release(broken);
    }
  }
}

/** Lets the engine record the PostgreSQL error itself (code, message) in `_prisma_migrations.logs`. */
function asDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as pg.DatabaseError).severity !== "string") return error;
  const { code, severity, message, detail, column, hint } = error as pg.DatabaseError;
  return new DriverAdapterError({ kind: "postgres", code: code ?? "", severity: severity ?? "", message, detail, column, hint });
}
