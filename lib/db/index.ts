/**
 * The one way in to the database: the Prisma client (`getDb` on the primary; `readDb` for a page's
 * reads, which an anonymous reader's request sends to the replica) for what Prisma's query builder says
 * plainly, and `sql` statements sent through `queryRows`, `prismaTx`, `poolTx` (`poolQuery`) or `inTransaction` for the
 * rest. Migrations and the SQL objects are in ./migrations.
 */
export { createDb, getDb, poolOf, type Db } from "./client";
export { readDb, readingFromReplica, replicaDb, REPLICA_APPLICATION_NAME } from "./read-db";
export { followReplica, type ReplicaLag } from "./replica-lag";
export { watchReplica } from "./replica-health";
export { empty, join, raw, sql, type Sql } from "./sql";
export { CONTENT_CHANNEL, listenForChanges, type ChangeListener } from "./listen";
export { inTransaction, poolQuery, poolTx, prismaTx, queryRows, withSession, type TransactionOptions, type Tx } from "./transaction";
