import path from "node:path";
import Tinypool from "tinypool";
import type { CsvColumnsName } from "./csv-columns";
import type { CsvTask } from "./csv-worker";

const key = Symbol.for("chronicle.csvPool");
const holder = globalThis as { [key]?: Tinypool };

/**
 * An export's CSV rows are formatted on a worker thread, as extraction and page reading are (tinypool):
 * quoting, the formula guard and UTF-8 encoding of 100,000 rows cost seconds of CPU and a heap of short
 * strings, which on the thread that serves pages would hold every other reader for each batch. One
 * thread serves every export (a batch of 1,000 rows takes it ~10 ms); made on first use, kept on
 * globalThis like the other pools, it ends after a minute without work.
 */
export async function csvBytes(columns: CsvColumnsName, records: readonly unknown[], withHeader: boolean): Promise<Uint8Array> {
  holder[key] ??= new Tinypool({
    filename: path.resolve("lib/export/csv-pool/csv-worker.mjs"),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  const task: CsvTask = { columns, records: JSON.stringify(records), withHeader };
  return (await holder[key].run(task)) as Uint8Array;
}
