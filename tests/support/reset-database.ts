import type { Db } from "../../lib/db";

/** Empties every table but the migrations ledger, and the job queue's jobs (pg-boss's schema, when a
 *  test has started it: a job left by one test must not act on the next test's rows), so each test
 *  starts from a clean archive. */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  const [queue] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`;
  if (queue?.present) await db.$executeRawUnsafe(`TRUNCATE pgboss.job, pgboss.archive`);
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
}
