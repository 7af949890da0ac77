import type pg from "pg";
import type { Prisma } from "../generated/prisma/client";
import { poolOf, type Db } from "./client";
import { readDb } from "./read-db";
import { driverValues, readTypes } from "./read-types";
import type { Sql } from "./sql";

/**
 * Where statements go: one open transaction, or each statement on its own. Every raw statement of the
 * app is sent through one of these (or `queryRows` for a page's read). Statements cast what they return
 * (`::int`, `::text`, JSON) so that both routes below read a row alike.
 */
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
 * Statements through the Prisma client: inside its interactive transaction (an editor's publish, an
 * action), so they commit or roll back with the Prisma writes around them; on the client itself each
 * runs on its own.
 */
export function prismaTx(tx: Prisma.TransactionClient | Db): Tx {
  return { rows: <R>(s: Sql) => tx.$queryRaw<R[]>(s) };
}

/**
 * A page's read: one statement on the connections of this request's reads (`readDb`), straight to the
 * driver, its rows read as the client's raw queries read them (./read-types.ts). Through the client's
 * `$queryRaw` the same statement cost about nine times the Node CPU (measured on the 100,000-article
 * benchmark: 3.6 against 0.4 ms for the timeline's 50 rows), and the home page sends a dozen.
 */
export async function queryRows<T>(statement: Sql): Promise<T[]> {
  const pool = poolOf(readDb());
  return (await pool.query<T & pg.QueryResultRow>({ text: statement.text, values: driverValues(statement.values), types: readTypes })).rows;
}

/**
 * Statements straight to the driver, each on its own: through the Prisma client each costs several
 * times its driver time in CPU, and a search sends seven (measured: app CPU per search 7.6 ms through
 * the client); bulk writers feel it too (bench:import).
 */
export function poolQuery(pool: pg.Pool): Tx["rows"] {
  return async <R>(s: Sql) => (await pool.query<R & pg.QueryResultRow>(s.text, s.values)).rows;
}

/** `poolQuery` on the pool under `db`. */
export function poolTx(db: Db): Tx {
  return { rows: poolQuery(poolOf(db)) };
}

/** Runs `work` in one driver transaction on a connection of `db`'s pool: committed when it resolves, else rolled back. */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, { durable }: TransactionOptions): Promise<T> {
  const client = await poolOf(db).connect();
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

/**
 * Runs `work` on one connection held for its whole length, each statement on its own (no transaction
 * unless `work` sends BEGIN): session-level state such as an advisory lock lives exactly as long. The
 * connection is then destroyed, not returned to the pool, so nothing of the session outlives it.
 */
export async function withSession<T>(db: Db, work: (session: Tx) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  try {
    return await work({ rows: async <R>(s: Sql) => (await client.query<R & pg.QueryResultRow>(s.text, s.values)).rows });
  } finally {
    client.release(true);
  }
}
