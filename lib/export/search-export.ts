import "server-only";
import { loadArticleSummaries } from "@/lib/api/load/articles";
import { searchMatchIds } from "@/lib/queries/articles/search-articles";
import type { SearchParams } from "@/lib/validation/search-params";
import { csvText, jsonArrayText } from "./formats";

interface ExportArgs {
  params: SearchParams;
  origin: string;
  batchSize?: number;
}

/** Every match in the search's order: the ids once (a few bytes each), then the articles a batch at a time. */
async function* summaries({ params, origin, batchSize = 500 }: ExportArgs) {
  const ids = await searchMatchIds(params);
  for (let i = 0; i < ids.length; i += batchSize) yield await loadArticleSummaries(ids.slice(i, i + batchSize), origin);
}

/** A search's articles as CSV text, one chunk per batch. */
export function searchCsv(args: ExportArgs): AsyncGenerator<Uint8Array> {
  return csvText("articles", summaries(args));
}

/** The same articles as one JSON array of `ArticleSummary` objects (the API's shape). */
export function searchJson(args: ExportArgs): AsyncGenerator<string> {
  return jsonArrayText(summaries(args));
}
