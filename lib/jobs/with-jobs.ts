import type PgBoss from "pg-boss";
import { poolOf, type Db, type Sql, type Tx } from "@/lib/db";

type Queue = (jobs: PgBoss.JobInsert[]) => Promise<void>;

/**
 * Runs `work` in one transaction on a connection of `db`'s pool; `queue` inserts pg-boss jobs on that
 * same connection, so jobs exist exactly when the rows written beside them do — committed together or
 * not at all (a poll's new items, a tick's claimed sources).
 */
export async function withJobs<T>(db: Db, boss: PgBoss, work: (tx: Tx, queue: Queue) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  const tx: Tx = { rows: async <R>(s: Sql) => (await client.query(s.text, s.values)).rows as R[] };
  const queue: Queue = async (jobs) => {
    if (jobs.length) await boss.insert(jobs, { db: { executeSql: (text, values) => client.query(text, values) } });
  };
  try {
    await client.query("BEGIN");
    const result = await work(tx, queue);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
