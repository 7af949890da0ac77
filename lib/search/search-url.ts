import type { SearchParams } from "@/lib/validation/search-params";

/** The /search URL for a state: only what differs from the defaults, so links stay short and shareable. */
export function searchUrl(p: SearchParams, change: Partial<SearchParams> = {}): string {
  const s = searchQuery({ ...p, page: 1, ...change }).toString();
  return s ? `/search?${s}` : "/search";
}

/** Downloads of every match of this search (its query, filters and order; no page). */
export function searchExportUrls(p: SearchParams): { csv: string; json: string } {
  const s = searchQuery({ ...p, page: 1 }).toString();
  return { csv: `/export/search.csv${s ? `?${s}` : ""}`, json: `/export/search.json${s ? `?${s}` : ""}` };
}

/** The Atom feed of this search's newest matches (its query and filters; no order or page), in the page's language. */
export function searchFeedUrl(p: SearchParams, locale: "ru" | "en"): string {
  const u = searchQuery({ ...p, sort: "relevance", page: 1 });
  if (locale === "en") u.set("lang", "en");
  const s = u.toString();
  return `/search/feed.xml${s ? `?${s}` : ""}`;
}

function searchQuery(next: SearchParams): URLSearchParams {
  const u = new URLSearchParams();
  if (next.q) u.set("q", next.q);
  for (const o of next.official) u.append("official", o);
  for (const t of next.topic) u.append("topic", t);
  if (next.source !== undefined) u.set("source", String(next.source));
  if (next.year !== undefined) u.set("year", String(next.year));
  if (next.sort !== "relevance") u.set("sort", next.sort);
  if (next.page > 1) u.set("page", String(next.page));
  return u;
}

/** The state with one facet value added, or removed when it is already chosen. */
export function toggleFacet(p: SearchParams, facet: "official" | "topic" | "source" | "year", value: string): Partial<SearchParams> {
  switch (facet) {
    case "official":
    case "topic": {
      const list = p[facet];
      return { [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
    }
    case "source":
      return { source: p.source === Number(value) ? undefined : Number(value) };
    case "year":
      return { year: p.year === Number(value) ? undefined : Number(value) };
  }
}
