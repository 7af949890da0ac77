import { BOM, csvRow, type Cell } from "./csv";

/**
 * Batches of records as the text of a download, one chunk per batch, so an export holds one batch at a
 * time whatever its size. Every export (timeline, search) writes its CSV and JSON through these two.
 */

export type Columns<T> = readonly { header: string; value: (record: T) => Cell }[];

/**
 * CSV: the BOM and the header row go out with the first batch, not before it, so nothing is written
 * until the database has answered (a download that cannot start is an error, not an empty file).
 */
export async function* csvText<T>(columns: Columns<T>, batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  let head = BOM + csvRow(columns.map((c) => c.header));
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield head + batch.map((record) => csvRow(columns.map((c) => c.value(record)))).join("");
    head = "";
  }
  if (head) yield head;
}

/** One JSON array of the records, written as it is read; its `[` goes out with the first batch, as in `csvText`. */
export async function* jsonArrayText<T>(batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield (first ? "[\n" : ",\n") + batch.map((record) => JSON.stringify(record)).join(",\n");
    first = false;
  }
  yield first ? "[\n]\n" : "\n]\n";
}
