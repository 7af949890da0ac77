import type { SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { oneAtATime } from "./serial-transactions";

/** A transaction like pg 9's client: it fails a statement sent while another is running. */
function strictTransaction() {
  const log: string[] = [];
  let running = false;
  const run = async (what: string) => {
    if (running) throw new Error(`${what} sent while a statement was running`);
    running = true;
    log.push(`start ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running = false;
    log.push(`end ${what}`);
    if (what.startsWith("FAIL")) throw new Error(what);
  };
  const tx = {
    provider: "postgres",
    adapterName: "strict",
    options: { usePhantomQuery: false },
    async queryRaw(q: SqlQuery): Promise<SqlResultSet> {
      await run(q.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    },
    async executeRaw(q: SqlQuery) {
      await run(q.sql);
      return 0;
    },
    commit: () => run("commit"),
    rollback: () => run("rollback"),
    async createSavepoint(name: string) {
      await this.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] });
    },
  } satisfies Transaction;
  return { tx, log };
}

const q = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

describe("oneAtATime", () => {
  it("sends concurrent statements one after another, in the order they came", async () => {
    const { tx, log } = strictTransaction();
    const serial = oneAtATime(tx);
    await Promise.all([serial.queryRaw(q("A")), serial.queryRaw(q("B")), serial.executeRaw(q("C")), serial.createSavepoint!("s")]);
    expect(log).toEqual(["start A", "end A", "start B", "end B", "start C", "end C", "start SAVEPOINT s", "end SAVEPOINT s"]);
  });

  it("runs the rest after a failed statement, and commits or rolls back only after all sent before", async () => {
    const { tx, log } = strictTransaction();
    const serial = oneAtATime(tx);
    const settled = Promise.allSettled([serial.queryRaw(q("FAIL A")), serial.queryRaw(q("B"))]);
    await serial.rollback();
    expect((await settled).map((s) => s.status)).toEqual(["rejected", "fulfilled"]);
    expect(log).toEqual(["start FAIL A", "end FAIL A", "start B", "end B", "start rollback", "end rollback"]);
    expect(serial.options).toBe(tx.options);
  });
});
