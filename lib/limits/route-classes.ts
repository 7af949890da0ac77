/**
 * Heavy routes, by what they cost: each class has its own allowance per client (requests per minute,
 * `HEAVY_ROUTE_LIMITS`), and exports also share a few concurrent streams (`EXPORT_STREAMS`).
 */
export const ROUTE_CLASSES = ["export", "calendar", "search", "extraction"] as const;
export type RouteClass = (typeof ROUTE_CLASSES)[number];

/** Requests per client per minute; 0 turns a class's limit off (a load test from one address). */
export type RouteLimits = Record<RouteClass, number>;
export const DEFAULT_ROUTE_LIMITS: RouteLimits = { export: 6, calendar: 30, search: 60, extraction: 20 };

/** `export=6,search=60`: the classes named change, the others keep their default. Returns the bad entries too. */
export function parseRouteLimits(text: string): { limits: RouteLimits; bad: string[] } {
  const limits = { ...DEFAULT_ROUTE_LIMITS };
  const bad: string[] = [];
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [name, value] = entry.split("=").map((p) => p.trim());
    if (!(ROUTE_CLASSES as readonly string[]).includes(name ?? "") || !/^\d{1,6}$/.test(value ?? "")) bad.push(entry);
    else limits[name as RouteClass] = Number(value);
  }
  return { limits, bad };
}

/**
 * The class of a request the front door sees, by path: downloads of whole lists, calendars, searches
 * (the page, the API and their exports count as exports). Extraction is an editor's server action: it
 * is counted inside the action (lib/actions/articles/extract-draft.ts), where a refusal keeps the text.
 */
export function routeClassOf(method: string | undefined, pathname: string): RouteClass | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const path = pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  if (path.startsWith("/export/")) return "export";
  if (path.endsWith("/calendar.ics") || path === "/calendar.ics") return "calendar";
  if (path === "/search" || path === "/api/v1/search" || path === "/search/feed.xml") return "search";
  return null;
}
