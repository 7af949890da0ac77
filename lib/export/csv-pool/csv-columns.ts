import { articleColumns } from "../article-columns";
import type { Columns } from "../formats";
import { meetingColumns } from "../meeting-columns";

/** The exports' column sets by name: a worker thread is told which to use, since functions cannot cross to it. */
export const CSV_COLUMNS = {
  meetings: meetingColumns,
  articles: articleColumns,
} as const satisfies Record<string, Columns<never>>;

export type CsvColumnsName = keyof typeof CSV_COLUMNS;

/** The record a column set reads (MeetingSummary, ArticleSummary). */
export type CsvRecord<N extends CsvColumnsName> = (typeof CSV_COLUMNS)[N] extends Columns<infer T> ? T : never;
