import { z } from "zod";
import { defaulted, list, optional, slug, defaultedWholeNumber, wholeNumber, type QueryRecord } from "./url-params";

/** Facet filters a reader may stack at once (each one narrows the results further). */
/** Characters of a query read; the rest is cut (lib/search/parse-query.ts). */
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_FILTERS_MAX = 5;
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PAGE_MAX = 500;

/** Several `official` (or `topic`) values narrow to articles with all of them; none is an empty list. */
const filterList = list(slug, SEARCH_FILTERS_MAX).transform((values) => values ?? []);

/**
 * The search's URL parameters, shared by the /search page, GET /api/v1/search (documented in
 * lib/api/endpoints.ts) and the search exports. `q` is cut at SEARCH_QUERY_MAX characters rather than
 * refused: any text is a query.
 */
export const searchParamsSchema = z.object({
  q: defaulted(z.string(), "").transform((s) => s.slice(0, SEARCH_QUERY_MAX * 2)),
  official: filterList,
  topic: filterList,
  source: optional(wholeNumber(1, 2_147_483_647)),
  year: optional(wholeNumber(1900, 2100)),
  sort: defaulted(z.enum(["relevance", "date"]), "relevance"),
  page: defaultedWholeNumber(1, SEARCH_PAGE_MAX, 1),
});

export type SearchParams = z.output<typeof searchParamsSchema>;

/**
 * For the page: a bad parameter is dropped (and named) instead of failing the page, so a hand-edited
 * URL still shows results.
 */
export function readSearchParams(raw: QueryRecord): { params: SearchParams; ignored: string[] } {
  const ignored: string[] = [];
  const input: QueryRecord = { ...raw };
  for (;;) {
    const parsed = searchParamsSchema.safeParse(input);
    if (parsed.success) return { params: parsed.data, ignored };
    const keys = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    for (const key of keys) {
      delete input[key];
      ignored.push(key);
    }
  }
}
