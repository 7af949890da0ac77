import { addressPolicy, FETCH_DEFAULTS, type FetchOptions } from "@/lib/fetch-page/fetch-page";

/** What the pipeline's jobs need besides the database: read from the environment by the worker's entry
 *  point (scripts/worker.ts), passed in by tests. */
export interface SourceSettings {
  fetch: FetchOptions;
  hostDelayMs: number;
  review: "unsure" | "all" | "none";
}

export function sourceSettings({ allowPrivate, hostDelayMs, review }: { allowPrivate: boolean; hostDelayMs: number; review: SourceSettings["review"] }): SourceSettings {
  return { fetch: { ...FETCH_DEFAULTS, allowAddress: addressPolicy(allowPrivate) }, hostDelayMs, review };
}

/** Feeds answer as one of these; a listing page as HTML. */
export const FEED_ACCEPT = {
  header: "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
  types: /^(application\/(rss\+xml|atom\+xml|xml|rdf\+xml)|text\/xml|text\/html)\b/i,
  label: "a feed",
};
