import "server-only";
import { getDb } from "@/lib/db";
import { prismaQuery, runSearch, type SearchResult } from "@/lib/search/run-search";
import type { SearchParams } from "@/lib/validation/search-params";

export type { SearchResult } from "@/lib/search/run-search";

/** Articles, officials and topics for a search, with facets and highlights (lib/search/run-search.ts). */
export function searchArticles(params: SearchParams): Promise<SearchResult> {
  return runSearch(prismaQuery(getDb()), params);
}
