import { queryRecord, type QueryRecord } from "@/lib/validation/url-params";

const FILTERS = ["official", "topic", "country", "kind", "status", "from", "to"] as const;

/**
 * Download and subscription links for the timeline as the reader sees it: the same filters (and order
 * for the exports), no page. For the timeline's "export / subscribe" controls and the feed its page
 * announces.
 */
export function timelineLinks(query: QueryRecord | URLSearchParams, locale: "ru" | "en" = "ru") {
  const record = query instanceof URLSearchParams ? queryRecord(query) : query;
  const params = (keys: readonly string[]) => {
    const out = new URLSearchParams();
    for (const key of keys) for (const value of [record[key] ?? []].flat()) if (value) out.append(key, value);
    return out.size ? `?${out}` : "";
  };
  const withOrder = params([...FILTERS, "order"]);
  const filtersOnly = params(FILTERS);
  // Feeds and calendars are read without the reader's cookie: the English edition asks for English.
  const subscription = locale === "en" ? `${filtersOnly ? `${filtersOnly}&` : "?"}lang=en` : filtersOnly;
  return {
    csv: `/export/meetings.csv${withOrder}`,
    json: `/export/meetings.json${withOrder}`,
    atom: `/meetings/feed.xml${subscription}`,
    calendar: `/calendar.ics${subscription}`,
    api: `/api/v1/meetings${withOrder}`,
  };
}
