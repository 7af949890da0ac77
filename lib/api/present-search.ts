import type { SearchResult } from "@/lib/search/run-search";
import { searchExportUrls } from "@/lib/search/search-url";
import { SEARCH_PAGE_SIZE } from "@/lib/validation/search-params";
import { pageUrl } from "./present";
import type { SearchResponse } from "./schemas/search";

/** A search as GET /api/v1/search publishes it: the page's result with links, paged like the other lists. */
export function searchResponseOf(result: SearchResult, origin: string): SearchResponse {
  const { params } = result;
  const exports = searchExportUrls(params);
  return {
    query: { ...result.query, status: result.status },
    sort: params.sort,
    filters: result.filters,
    cards: result.cards.map(({ articles, ...card }) => ({
      ...card,
      url: card.kind === "official" ? pageUrl.official(origin, card.slug) : pageUrl.topic(origin, card.slug),
      articleCount: articles,
    })),
    data: result.hits.map(({ date, meetings, ...hit }) => ({
      ...hit,
      url: pageUrl.article(origin, hit.slug),
      publishedOn: date,
      meetings: meetings.map(({ place, ...m }) => ({ ...m, url: pageUrl.meeting(origin, m.id), place: place && { nameRu: place.ru, nameEn: place.en } })),
    })),
    facets: result.facets,
    pagination: { page: params.page, pageSize: SEARCH_PAGE_SIZE, total: result.total, totalPages: result.pageCount },
    estimated: result.estimated,
    ranked: result.ranked,
    exports: { csv: origin + exports.csv, json: origin + exports.json },
  };
}
