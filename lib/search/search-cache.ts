import { LRUCache } from "lru-cache";

/** What analyseStatement says about one query word. */
export interface AnalysedWord {
  lexemes: string[];
  /** `form`: the stored name form the word matched best (`Кошербаев` for `Кошербаеф`). */
  officials: { id: number; score: number; form: string; lexemes: string[] | null }[];
}

/**
 * What searches learn from the database about single words, kept in the process so that a word asked
 * again needs no statement: the word analysis was the costliest statement after the match (3.5 ms of
 * 16.5 per search on 100,000 articles), most of it planning. Names and common words recur from search
 * to search, so most words are known after a while.
 *
 * A word's lexemes depend on the word alone and are kept while there is room. The officials a word
 * names change when an article brings a new official or case form: they are kept for a minute, as long
 * as the JSON API lets its answers be cached (lib/api/http.ts), so a new name is found within a minute.
 */
export interface SearchCache {
  words: LRUCache<string, AnalysedWord>;
  /** Lexemes of the words to mark in titles and snippets (lexemesStatement). */
  stems: LRUCache<string, string[]>;
}

export const NAMES_FRESH_MS = 60_000;

export function createSearchCache(): SearchCache {
  return {
    words: new LRUCache<string, AnalysedWord>({ max: 5_000, ttl: NAMES_FRESH_MS }),
    stems: new LRUCache<string, string[]>({ max: 50_000 }),
  };
}

/** The values a cache holds for `keys`, and the keys it does not hold (each once); all missing without a cache. */
export function lookUp<V extends object>(cache: LRUCache<string, V> | undefined, keys: Iterable<string>): { found: Map<string, V>; missing: string[] } {
  const found = new Map<string, V>();
  const missing = new Set<string>();
  for (const key of keys) {
    const value = cache?.get(key);
    if (value) found.set(key, value);
    else missing.add(key);
  }
  return { found, missing: [...missing] };
}
