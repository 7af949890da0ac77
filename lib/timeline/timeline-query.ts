import type { MeetingFilters, MeetingOrder } from "@/lib/validation/meeting-filters";

/** What the timeline's URL holds: the filters, the order and the page. */
export interface TimelineQuery {
  filters: MeetingFilters;
  order: MeetingOrder;
  page: number;
}

const LIST_KEYS = ["official", "topic", "country", "kind"] as const;
const ONE_KEYS = ["status", "from", "to"] as const;

/**
 * The timeline's address for a query: repeated parameters for lists (`?kind=talks&kind=visit`),
 * defaults left out (order newest first, page 1), so equal views share one URL.
 */
export function timelineHref({ filters, order, page }: TimelineQuery): string {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  for (const key of ONE_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (order !== "desc") params.set("order", order);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/?${search}` : "/";
}

/** The same view with some filters changed, back on the first page. */
export function withFilters(query: TimelineQuery, change: Partial<MeetingFilters>): string {
  return timelineHref({ ...query, filters: { ...query.filters, ...change }, page: 1 });
}

/** One removable piece of the current filters, and the view without it. */
export interface ActiveFilter {
  key: keyof MeetingFilters;
  value: string;
  /** The filters without this one, and the view's address with them. */
  without: MeetingFilters;
  href: string;
}

export function activeFilters(query: TimelineQuery): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  const push = (key: keyof MeetingFilters, value: string, change: Partial<MeetingFilters>) => {
    const without = { ...query.filters, ...change };
    out.push({ key, value, without, href: timelineHref({ ...query, filters: without, page: 1 }) });
  };
  for (const key of LIST_KEYS) {
    const values = query.filters[key] ?? [];
    for (const value of values) {
      const rest = values.filter((v) => v !== value);
      push(key, value, { [key]: rest.length ? rest : undefined });
    }
  }
  if (query.filters.status) push("status", query.filters.status, { status: undefined });
  if (query.filters.from || query.filters.to) push("from", `${query.filters.from ?? ""}/${query.filters.to ?? ""}`, { from: undefined, to: undefined });
  return out;
}

/** A calendar month as a filter range: `from=2026-02-01&to=2026-02-28`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/** The timeline of one calendar year, with any other filters: where /numbers links each of its counts. */
export function yearHref(year: number, filters: MeetingFilters = {}): string {
  return timelineHref({ filters: { ...filters, from: `${year}-01-01`, to: `${year}-12-31` }, order: "desc", page: 1 });
}
