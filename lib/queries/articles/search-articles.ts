import "server-only";
import { readDb, poolTx } from "@/lib/db";
import { listMatchIds, runSearch, type SearchResult } from "@/lib/search/run-search";
import { createSearchCache } from "@/lib/search/search-cache";
import type { SearchParams } from "@/lib/validation/search-params";

/** One per server process: every reader's searches teach it words (lib/search/search-cache.ts). */
const cache = createSearchCache();

/** Articles, officials and topics for a search, with facets and highlights (lib/search/run-search.ts). */
export function searchArticles(params: SearchParams): Promise<SearchResult> {
  return runSearch(poolTx(readDb()).rows, params, { cache });
}

/** Every matching article's id in the search's order, for the exports. */
export function searchMatchIds(params: SearchParams): Promise<number[]> {
  return listMatchIds(poolTx(readDb()).rows, params, cache);
}
