import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/**
 * The adapter with each interactive transaction's statements sent one at a time. Prisma's query plans
 * load sibling relations (and chunked `in` lists) with Promise.all; in a transaction they all reach its
 * one pg client, which queues them with a deprecation warning that pg 9 turns into an error
 * (prisma/orm#29407). A connection runs one statement at a time anyway, so queueing them here first
 * costs no round trip. Commit and rollback wait their turn too, so the connection goes back to the pool
 * only after every statement sent on it. Remove once adapter-pg serialises them itself (prisma/orm#29979).
 */
export function serialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
        startTransaction: async (isolationLevel?: IsolationLevel) => oneAtATime(await adapter.startTransaction(isolationLevel)),
      });
    },
  };
}

/** The transaction with each call started after the previous one settled, in the order they came. */
export function oneAtATime(tx: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const result = previous.then(() => call.apply(tx, args));
      previous = result.catch(() => undefined);
      return result;
    };
  // Savepoint methods stay inherited: they go through this object's executeRaw, so they queue as well.
  return Object.assign(Object.create(tx) as Transaction, {
    queryRaw: inTurn(tx.queryRaw),
    executeRaw: inTurn(tx.executeRaw),
    commit: inTurn(tx.commit),
    rollback: inTurn(tx.rollback),
  });
}
