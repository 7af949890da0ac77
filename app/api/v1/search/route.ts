import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { searchResponseOf } from "@/lib/api/present-search";
import { searchArticles } from "@/lib/queries/articles/search-articles";

export const GET = apiGet(endpoints.search, async ({ query, origin }) => searchResponseOf(await searchArticles(query), origin));
export const OPTIONS = corsPreflight;
