import type { Cell } from "./csv";
import { csvBytes } from "./csv-pool/csv-pool";
import type { CsvColumnsName, CsvRecord } from "./csv-pool/csv-columns";

/**
 * Batches of records as the text of a download, one chunk per batch, so an export holds one batch at a
 * time whatever its size. Every export (timeline, search) writes its CSV and JSON through these two.
 */

export type Columns<T> = readonly { header: string; value: (record: T) => Cell }[];

/**
 * CSV: the BOM and the header row go out with the first batch, not before it, so nothing is written
 * until the database has answered (a download that cannot start is an error, not an empty file). The
 * rows are formatted off this thread (./csv-pool): `columns` names the set the worker applies.
 */
export async function* csvText<N extends CsvColumnsName>(columns: N, batches: AsyncIterable<readonly CsvRecord<N>[]>): AsyncGenerator<Uint8Array> {
  let withHeader = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    yield await csvBytes(columns, batch, withHeader);
    withHeader = false;
  }
  if (withHeader) yield await csvBytes(columns, [], true);
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
