import type { z } from "zod";
import { meetingFiltersSchema, meetingOrderSchema, pageSchema } from "@/lib/validation/meeting-filters";
import { parameterIssues, type ParameterIssue, type QueryRecord } from "@/lib/validation/url-params";
import type { TimelineQuery } from "./timeline-query";

export interface ParsedTimelineQuery {
  query: TimelineQuery;
  /** Parameters that could not be read, with what was given; they are left out of the query. */
  issues: (ParameterIssue & { value: string })[];
}

const given = (record: QueryRecord, key: string) => [record[key] ?? ""].flat().join(", ");

/**
 * The timeline's URL as filters, order and page. A bad parameter never costs the reader the page: it is
 * dropped (and reported), and the rest still applies.
 */
export function parseTimelineQuery(record: QueryRecord): ParsedTimelineQuery {
  const issues: ParsedTimelineQuery["issues"] = [];
  const rest: QueryRecord = { ...record };
  let filters = meetingFiltersSchema.safeParse(rest);
  // Each round drops the parameters zod named; a cross-field rule (from after to) names one of its fields.
  for (let round = 0; !filters.success && round < 8; round++) {
    for (const issue of parameterIssues(filters.error)) {
      if (!(issue.parameter in rest)) continue;
      issues.push({ ...issue, value: given(record, issue.parameter) });
      delete rest[issue.parameter];
    }
    filters = meetingFiltersSchema.safeParse(rest);
  }
  const order = readOr(meetingOrderSchema, record, "order", "expected desc or asc", issues);
  const page = readOr(pageSchema, record, "page", "expected a page number from 1", issues);
  return { query: { filters: filters.success ? filters.data : {}, order, page }, issues };
}

/** A parameter with a default: its value, or when it cannot be read (reported), the schema's default as if it were absent. */
function readOr<T>(schema: z.ZodType<T>, record: QueryRecord, parameter: string, message: string, issues: ParsedTimelineQuery["issues"]): T {
  const parsed = schema.safeParse(record[parameter]);
  if (parsed.success) return parsed.data;
  issues.push({ parameter, message, value: given(record, parameter) });
  return schema.parse(undefined);
}
