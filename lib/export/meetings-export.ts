import "server-only";
import { meetingSummaryOf } from "@/lib/api/present";
import { streamMeetings } from "@/lib/queries/meetings/stream-meetings";
import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";
import { csvText, jsonArrayText } from "./formats";

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
export function meetingsCsv(args: ExportArgs): AsyncGenerator<Uint8Array> {
  return csvText("meetings", summaries(args));
}

/** The same meetings as one JSON array of `MeetingSummary` objects (the API's shape), written as it is read. */
export function meetingsJson(args: ExportArgs): AsyncGenerator<string> {
  return jsonArrayText(summaries(args));
}
