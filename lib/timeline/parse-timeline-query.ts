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
  const order = meetingOrderSchema.safeParse(record.order);
  if (!order.success) issues.push({ parameter: "order", message: "expected desc or asc", value: given(record, "order") });
  const page = pageSchema.safeParse(record.page);
  if (!page.success) issues.push({ parameter: "page", message: "expected a page number from 1", value: given(record, "page") });
  return {
    query: { filters: filters.success ? filters.data : {}, order: order.data ?? "desc", page: page.data ?? 1 },
    issues,
  };
}
