import { BOM, csvRow, type Cell } from "./csv";

/**
 * Batches of records as the text of a download, one chunk per batch, so an export holds one batch at a
 * time whatever its size. Every export (timeline, search) writes its CSV and JSON through these two.
 */

export type Columns<T> = readonly { header: string; value: (record: T) => Cell }[];

/** CSV: the BOM and the header row first (before the first batch is read), then each batch's rows. */
export async function* csvText<T>(columns: Columns<T>, batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  yield BOM + csvRow(columns.map((c) => c.header));
  for await (const batch of batches) if (batch.length) yield batch.map((record) => csvRow(columns.map((c) => c.value(record)))).join("");
}

/** One JSON array of the records, written as it is read. */
export async function* jsonArrayText<T>(batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield (first ? "\n" : ",\n") + batch.map((record) => JSON.stringify(record)).join(",\n");
    first = false;
  }
  yield "\n]\n";
}
