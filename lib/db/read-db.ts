import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "../env";
import { createDb, getDb, type Db } from "./client";

/**
 * Where a request's reads go. The front door (scripts/serve.ts) is the one place that decides: an
 * anonymous reader's GET or HEAD of a public path runs inside `readingFromReplica`, and there `readDb()`
 * is the client on DATABASE_REPLICA_URL. Everywhere else — writes and the reads around them, /admin, a
 * signed-in editor (who must see their own save at once), server actions, the CLI, tests — it is the
 * primary's client, as `getDb()` is. Kept on globalThis: Next bundles this module once per layer, apart
 * from the server's own copy that starts the request, and all must share one store and one client.
 */
const shared = globalThis as unknown as { chronicleReadRoute?: AsyncLocalStorage<"replica">; chronicleReplicaDb?: Db };
const route = (shared.chronicleReadRoute ??= new AsyncLocalStorage<"replica">());

/** Replica connections name themselves, so an operator (and tests/scale) can see the reads arrive there. */
export const REPLICA_APPLICATION_NAME = "chronicle-replica-reads";

/** The client on DATABASE_REPLICA_URL, or null when none is configured. */
export function replicaDb(): Db | null {
  if (!env.DATABASE_REPLICA_URL) return null;
  shared.chronicleReplicaDb ??= createDb(env.DATABASE_REPLICA_URL, REPLICA_APPLICATION_NAME);
  return shared.chronicleReplicaDb;
}

/** The client for this request's reads: the replica inside `readingFromReplica` when one is configured, else the primary. */
export function readDb(): Db {
  return (route.getStore() === "replica" && replicaDb()) || getDb();
}

/** Runs `work` (a request's whole handling) with its reads on the replica. */
export function readingFromReplica<T>(work: () => T): T {
  return route.run("replica", work);
}
