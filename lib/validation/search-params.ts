import { z } from "zod";
import { SEARCH_QUERY_MAX } from "@/lib/search/parse-query";

/** Facet filters a reader may stack at once (each one narrows the results further). */
export const SEARCH_FILTERS_MAX = 5;
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_PAGE_MAX = 500;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug (lowercase Latin letters, digits, hyphens)").max(120);
/** A URL parameter given once or repeated (`?official=a&official=b`) is read as a list. */
const list = (item: z.ZodType<string>) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(SEARCH_FILTERS_MAX, `at most ${SEARCH_FILTERS_MAX} values`));
/** A parameter read once: the first of repeated values, an empty value as absent. */
const single = <T extends z.ZodType>(schema: T) => z.preprocess((v) => {
  const first = Array.isArray(v) ? v[0] : v;
  return first === "" ? undefined : first;
}, schema);

/**
 * The search's URL parameters, shared by the /search page, GET /api/v1/search (documented in
 * lib/api/endpoints.ts) and the search exports. `q` is cut at SEARCH_QUERY_MAX characters rather than
 * refused: any text is a query.
 */
export const searchParamsSchema = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) ?? "", z.string().transform((s) => s.slice(0, SEARCH_QUERY_MAX * 2))),
  official: list(slug),
  topic: list(slug),
  source: single(z.coerce.number().int().positive().optional()),
  year: single(z.coerce.number().int().min(1900).max(2100).optional()),
  sort: single(z.enum(["relevance", "date"]).default("relevance")),
  page: single(z.coerce.number().int().min(1).max(SEARCH_PAGE_MAX).default(1)),
});

export type SearchParams = z.output<typeof searchParamsSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * For the page: a bad parameter is dropped (and named) instead of failing the page, so a hand-edited
 * URL still shows results.
 */
export function readSearchParams(raw: RawSearchParams): { params: SearchParams; ignored: string[] } {
  const ignored: string[] = [];
  const input: RawSearchParams = { ...raw };
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
