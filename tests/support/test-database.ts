import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/embedded-postgres/server";

// Another checkout's test run may hold the default port; CHRONICLE_TEST_DB_PORT moves this one.
const TEST_EMBEDDED_PORT = Number(process.env.CHRONICLE_TEST_DB_PORT) || 54330;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on TEST_DATABASE_URL's or DATABASE_URL's server when one
 * is given, else on an embedded PostgreSQL kept in .data/test-pg. Dropped (and the embedded server
 * stopped, if this call started it) by `drop()`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  let serverUrl = given;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, "../../.data/test-pg"), port: TEST_EMBEDDED_PORT });
    serverUrl = embedded.url;
  }
  const name = `chronicle_test_${randomBytes(5).toString("hex")}`;
  const admin = withDatabase(serverUrl, "postgres");
  await sql(admin, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  try {
    await applyMigrations({ databaseUrl: url });
  } catch (error) {
    await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return {
    url,
    async drop() {
      await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (embedded?.started) await embedded.stop();
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One statement on a connection of its own (create or drop a database, fill one, cut its sessions). */
export async function sql(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
