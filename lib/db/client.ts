import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { serialTransactions } from "./serial-transactions";
import { requireDatabaseUrl } from "../env";

export type Db = PrismaClient;

// On globalThis like the client (below): Next bundles this module once per layer (pages, route
// handlers), and the one client any copy created must have its pool found by every copy.
const shared = globalThis as unknown as { chroniclePools?: WeakMap<Db, pg.Pool> };
const pools = (shared.chroniclePools ??= new WeakMap<Db, pg.Pool>());

/** `applicationName` names the connections in pg_stat_activity (the replica's readers say who they are). */
export function createDb(connectionString: string, applicationName?: string): Db {
  // The pool is ours, so bulk writers can reach it (poolOf); $disconnect still ends it.
  const pool = new pg.Pool({ connectionString, application_name: applicationName });
  const db = new PrismaClient({ adapter: serialTransactions(new PrismaPg(pool, { disposeExternalPool: true })) });
  pools.set(db, pool);
  return db;
}

/**
 * The connections under a client, for the importer's store: it sends its own parameterised statements,
 * since each statement through the client costs several times its driver time in CPU (bench:import).
 */
export function poolOf(db: Db): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("this client was not made by createDb");
  return pool;
}

// One client per process; kept on globalThis so Next's dev reloads do not open a pool per edit.
const holder = globalThis as unknown as { chronicleDb?: Db };

/**
 * The app's client on the primary (DATABASE_URL): every write, and every read that must see them
 * (`readDb` in ./read-db.ts chooses a request's reads). Created on first use (a build without a
 * database never touches it).
 */
export function getDb(): Db {
  holder.chronicleDb ??= createDb(requireDatabaseUrl());
  return holder.chronicleDb;
}
