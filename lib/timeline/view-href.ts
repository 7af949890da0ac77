import type { QueryRecord } from "@/lib/validation/url-params";
import { timelineHref, type TimelineQuery } from "./timeline-query";

/** The address of a view of the meetings (`/`, `/network`, `/map`) with the query's filters, in the
 *  timeline's canonical form; views other than the timeline have no order or page. */
export function viewHref(path: string, query: TimelineQuery): string {
  const href = path === "/" ? timelineHref(query) : timelineHref({ ...query, order: "desc", page: 1 });
  return path === "/" ? href : path + href.slice(1);
}

/** The address as given, to send a form's submission (empty fields and all) to the one canonical URL. */
export function givenHref(path: string, record: QueryRecord): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const v of [value ?? ""].flat()) params.append(key, v);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
