import "server-only";
import { meetingSummaryOf } from "@/lib/api/present";
import { streamMeetings } from "@/lib/queries/stream-meetings";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { BOM, csvRow } from "./csv";
import { meetingColumns } from "./meeting-columns";

interface ExportArgs {
  filters: MeetingFilters;
  order: MeetingOrder;
  origin: string;
  batchSize?: number;
}

async function* summaries({ filters, order, origin, batchSize }: ExportArgs) {
  for await (const batch of streamMeetings(filters, { order, batchSize })) yield batch.map((e) => meetingSummaryOf(e, origin));
}

/** The timeline's meetings as CSV text, one chunk per database batch. */
export async function* meetingsCsv(args: ExportArgs): AsyncGenerator<string> {
  yield BOM + csvRow(meetingColumns.map((c) => c.header));
  for await (const batch of summaries(args)) yield batch.map((m) => csvRow(meetingColumns.map((c) => c.value(m)))).join("");
}

/** The same meetings as one JSON array of `MeetingSummary` objects (the API's shape), written as it is read. */
export async function* meetingsJson(args: ExportArgs): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const batch of summaries(args)) {
    const items = batch.map((m) => JSON.stringify(m)).join(",\n");
    yield (first ? "\n" : ",\n") + items;
    first = false;
  }
  yield "\n]\n";
}
