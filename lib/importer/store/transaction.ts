import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

type Sql = Prisma.Sql;

/** One open transaction of the importer: statements are Prisma.sql templates (parameterised). */
export interface Tx {
  rows<T>(statement: Sql): Promise<T[]>;
}

export interface TransactionOptions {
  /**
   * false: COMMIT returns before its WAL reaches the disk. A crash may then lose the last moments of
   * commits, never part of one; the caller must end with a durable commit (which flushes all earlier
   * ones) and must be able to repeat what was lost (an import run is: the content hash skips the rest).
   */
  durable: boolean;
}

/**
 * The store's statements inside a Prisma interactive transaction (an editor's publish), so they commit
 * or roll back together with the Prisma writes around them; on the client itself each runs on its own
 * (a run's preparation).
 */
export function prismaTx(tx: Prisma.TransactionClient): Tx {
  return { rows: <R>(s: Sql) => tx.$queryRaw<R[]>(s) };
}

/** Runs `work` in one transaction on a connection of `pool`: committed when it resolves, else rolled back. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: Tx) => Promise<T>, { durable }: TransactionOptions): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(durable ? "BEGIN" : "BEGIN; SET LOCAL synchronous_commit TO off");
    const tx: Tx = { rows: async <R>(s: Sql) => (await client.query<R & pg.QueryResultRow>({ name: statementName(s.text), text: s.text, values: s.values })).rows };
    try {
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => (broken = true));
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

// Statements are named, so each connection parses and plans a statement's text once rather than per
// article. Their texts are the store's fixed templates (values travel apart), so the names stay few.
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `chronicle_store_${names.size}`;
    names.set(text, name);
  }
  return name;
}
