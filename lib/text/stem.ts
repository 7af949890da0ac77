/**
 * Russian stemming (the Snowball "russian" algorithm, without its R2 derivational step's dictionary
 * needs), shared by the importer's topics and the app's marking of mentions: inflected forms matched
 * without loading a dictionary. Person names are NOT handled here: the importer's `people/` uses `az`
 * for those, because surnames in `-ев/-ов` defeat suffix rules (STACK-NOTES).
 */
import { fold } from "./fold";

const VOWELS = /[аеиоуыэюя]/;
const PERFECTIVE_GERUND = /(?:(?<=[ая])(?:в|вши|вшись)|ив|ивши|ившись|ыв|ывши|ывшись)$/;
const REFLEXIVE = /(?:ся|сь)$/;
const ADJECTIVE = /(?:ее|ие|ые|ое|ими|ыми|ей|ий|ый|ой|ем|им|ым|ом|его|ого|ему|ому|их|ых|ую|юю|ая|яя|ою|ею)$/;
const PARTICIPLE = /(?:(?<=[ая])(?:ем|нн|вш|ющ|щ)|ивш|ывш|ующ)$/;
const VERB =
  /(?:(?<=[ая])(?:ла|на|ете|йте|ли|й|л|ем|н|ло|но|ет|ют|ны|ть|ешь|нно)|ила|ыла|ена|ейте|уйте|ите|или|ыли|ей|уй|ил|ыл|им|ым|ен|ило|ыло|ено|ят|ует|уют|ит|ыт|ены|ить|ыть|ишь|ую|ю)$/;
const NOUN = /(?:а|ев|ов|ие|ье|е|иями|ями|ами|еи|ии|и|ией|ей|ой|ий|й|иям|ям|ием|ем|ам|ом|о|у|ах|иях|ях|ы|ь|ию|ью|ю|ия|ья|я)$/;
const DERIVATIONAL = /ость?$/;
const SUPERLATIVE = /ейше?$/;

function strip(word: string, re: RegExp): string | null {
  const m = re.exec(word);
  return m ? word.slice(0, m.index) : null;
}

/** Region after the first vowel (RV) and R2, as Snowball defines them. */
function regions(word: string): { rv: number; r2: number } {
  const rvMatch = VOWELS.exec(word);
  const rv = rvMatch ? rvMatch.index + 1 : word.length;
  const r1m = /[аеиоуыэюя][^аеиоуыэюя]/.exec(word);
  const r1 = r1m ? r1m.index + 2 : word.length;
  const r2m = /[аеиоуыэюя][^аеиоуыэюя]/.exec(word.slice(r1));
  return { rv, r2: r2m ? r1 + r2m.index + 2 : word.length };
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export const normaliseWord = fold;

/** `минералов`, `минералы`, `минерал` → `минерал`; `критических` → `критическ`. */
export function stem(input: string): string {
  // Keyed by the word as written too: folding every token again costs more than the lookup.
  const written = cache.get(input);
  if (written !== undefined) return written;
  const word = normaliseWord(input);
  const hit = cache.get(word);
  if (hit !== undefined) {
    if (cache.size < CACHE_LIMIT) cache.set(input, hit);
    return hit;
  }
  const { rv, r2 } = regions(word);
  const head = word.slice(0, rv);
  let rest = word.slice(rv);

  let step1 = strip(rest, PERFECTIVE_GERUND);
  if (step1 === null) {
    rest = strip(rest, REFLEXIVE) ?? rest;
    const adj = strip(rest, ADJECTIVE);
    step1 = adj !== null ? (strip(adj, PARTICIPLE) ?? adj) : (strip(rest, VERB) ?? strip(rest, NOUN));
  }
  rest = step1 ?? rest;
  rest = rest.endsWith("и") ? rest.slice(0, -1) : rest;
  if (head.length + rest.length > r2) {
    const r2Part = rest.slice(Math.max(0, r2 - head.length));
    if (DERIVATIONAL.test(r2Part)) rest = rest.replace(DERIVATIONAL, "");
  }
  rest = strip(rest, SUPERLATIVE) ?? rest;
  rest = rest.endsWith("нн") ? rest.slice(0, -1) : rest.endsWith("ь") ? rest.slice(0, -1) : rest;

  const result = head + rest;
  if (cache.size < CACHE_LIMIT) {
    cache.set(word, result);
    cache.set(input, result);
  }
  return result;
}

const WORD = /[\p{L}\d]+(?:[-+][\p{L}\d]+)*/gu;

export interface Token {
  start: number;
  end: number;
  text: string;
  stem: string;
}

/** Words with their offsets and stems. Hyphenated words stay whole (`торгово-экономических`) and also
 *  match by their parts through the topic phrasings, which list both. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ start, end: start + m[0].length, text: m[0], stem: stem(m[0]) });
  }
  return tokens;
}
