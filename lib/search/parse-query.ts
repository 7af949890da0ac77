import { SEARCH_QUERY_MAX } from "@/lib/validation/search-params";

/**
 * The query syntax readers already know from web search engines, read leniently: words (all must
 * match), "an exact phrase", OR (also ИЛИ or |) between alternatives, -word or -"phrase" to exclude.
 * Whatever is typed gives a query: an unbalanced quote closes at the end, punctuation, SQL and markup
 * are only separators, and a query longer than SEARCH_QUERY_MAX characters is cut.
 */

/** More terms than this make a query no reader types on purpose; the rest are ignored. */
export const SEARCH_TERMS_MAX = 12;

/** A word or a quoted phrase, as its words (letters and digits only; `Касым-Жомарт` is two words). */
export interface Term {
  words: string[];
  phrase: boolean;
}

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does. */
  all: Term[][];
  /** No match may contain any of these. */
  none: Term[];
  /** The query as read, normalised (whitespace collapsed, cut at the cap). */
  text: string;
  truncated: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const OR_WORDS = new Set(["OR", "ИЛИ", "|"]);

function wordsOf(s: string): string[] {
  return s.normalize("NFC").match(WORD) ?? [];
}

type Token = { kind: "term"; term: Term; negated: boolean } | { kind: "or" };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const negated = c === "-" && i + 1 < text.length && !/\s/.test(text[i + 1] as string);
    const start = negated ? i + 1 : i;
    if (text[start] === '"' || text[start] === "«" || text[start] === "“") {
      const close = text[start] === "«" ? "»" : text[start] === "“" ? "”" : '"';
      const end = text.indexOf(close, start + 1);
      const inner = text.slice(start + 1, end === -1 ? text.length : end);
      const words = wordsOf(inner);
      if (words.length) tokens.push({ kind: "term", term: { words, phrase: words.length > 1 }, negated });
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/.test(text[end] as string) && text[end] !== '"') end++;
    const raw = text.slice(start, end);
    i = Math.max(end, i + 1);
    if (!negated && OR_WORDS.has(raw)) {
      tokens.push({ kind: "or" });
      continue;
    }
    const words = wordsOf(raw);
    // A hyphenated name or compound (Касым-Жомарт, торгово-экономических) is its parts in a row.
    if (words.length) tokens.push({ kind: "term", term: { words, phrase: words.length > 1 }, negated });
  }
  return tokens;
}

export function parseQuery(input: string): ParsedQuery {
  const collapsed = input.replace(/\s+/g, " ").trim();
  const truncated = collapsed.length > SEARCH_QUERY_MAX;
  const text = truncated ? collapsed.slice(0, SEARCH_QUERY_MAX).trimEnd() : collapsed;
  const all: Term[][] = [];
  const none: Term[] = [];
  let joinNext = false;
  let count = 0;
  for (const token of tokenize(text)) {
    if (token.kind === "or") {
      joinNext = all.length > 0;
      continue;
    }
    if (count >= SEARCH_TERMS_MAX) break;
    count++;
    if (token.negated) {
      none.push(token.term);
      joinNext = false;
    } else if (joinNext) {
      (all.at(-1) as Term[]).push(token.term);
      joinNext = false;
    } else {
      all.push([token.term]);
    }
  }
  return { all, none, text, truncated };
}

/** Every word of the query, excluded ones too, in order, without repeats: what is looked up in the database. */
export function queryWords(q: ParsedQuery): string[] {
  return [...new Set([...q.all.flat(), ...q.none].flatMap((t) => t.words))];
}
