import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Az from "az";
import type { AzParse } from "az";

/** A grammatical case, OpenCorpora tag names (what Az.js reports). */
export type GramCase = "nomn" | "gent" | "datv" | "accs" | "ablt" | "loct";
export type Gender = "m" | "f";

export const CASES: readonly GramCase[] = ["nomn", "gent", "datv", "accs", "ablt", "loct"];

let loading: Promise<void> | null = null;
let ready = false;

/** Loads Az.js's dictionaries once. Resolved through the package path, not Az's own `__dirname`
 *  default, so it also works when a bundler moves the module. */
export function loadMorphology(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    // Next's bundler turns this resolve into a module id or a placeholder; there az stays an external
    // package, so its own default (its __dirname) finds the dictionaries.
    const resolved: unknown = require.resolve("az/package.json");
    const dicts = typeof resolved === "string" ? path.join(path.dirname(resolved), "dicts") : null;
    const done = (err: unknown) => {
      if (err) {
        loading = null;
        reject(err instanceof Error ? err : new Error(`az dictionaries failed to load: ${String(err)}`));
        return;
      }
      ready = true;
      resolve();
    };
    if (dicts && existsSync(dicts)) Az.Morph.init(dicts, done);
    else (Az.Morph.init as unknown as (callback: typeof done) => void)(done);
  });
  return loading;
}

// Parsing is ~20 µs a word and the same words (titles, names, countries) recur across a corpus;
// a bounded cache keeps the steady state well under the per-article budget.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, AzParse[]>();

export function parseWord(word: string): AzParse[] {
  if (!ready) throw new Error("people extractor: call loadPeopleLanguage() before extracting");
  let parses = cache.get(word);
  if (!parses) {
    parses = Az.Morph(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, parses);
  }
  return parses;
}

export function caseOf(parse: AzParse): GramCase | null {
  const c = parse.tag.CAse;
  if (c === "nomn" || c === "gent" || c === "datv" || c === "accs" || c === "ablt" || c === "loct") return c;
  if (c === "gen2") return "gent";
  if (c === "loc2") return "loct";
  if (c === "acc2") return "accs";
  return null;
}

export function genderOf(parse: AzParse): Gender | null {
  if (parse.tag.masc) return "m";
  if (parse.tag.femn) return "f";
  return null;
}

export function fromDictionary(parse: AzParse): boolean {
  return parse.parser === "Dictionary";
}
