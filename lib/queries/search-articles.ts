import "server-only";
import { getDb, poolOf } from "@/lib/db";
import { listMatchIds, poolQuery, runSearch, type SearchResult } from "@/lib/search/run-search";
import type { SearchParams } from "@/lib/validation/search-params";

/** Articles, officials and topics for a search, with facets and highlights (lib/search/run-search.ts). */
export function searchArticles(params: SearchParams): Promise<SearchResult> {
  return runSearch(poolQuery(poolOf(getDb())), params);
}

/** Every matching article's id in the search's order, for the exports. */
export function searchMatchIds(params: SearchParams): Promise<number[]> {
  return listMatchIds(poolQuery(poolOf(getDb())), params);
}
