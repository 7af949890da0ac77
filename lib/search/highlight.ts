/** A run of text, marked when it is a matched word. Rendered as text nodes (escaped), never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Matched words are found here rather than by ts_headline, which parses and stems each shown article's
 * whole text: about 0.3 ms of database CPU per article, 6 ms for a page of 20, a quarter of a search's
 * database time. The words that can match are few. After the fold (lower case, ё→е, Kazakh letters,
 * accents) a lexeme is a prefix of every word that stems to it, since Snowball's Russian stemmer only
 * cuts endings, so a pattern of the query's lexemes finds every candidate word; the database stems just
 * those (lexemesStatement) and only the words that stem to a query lexeme are marked. English stems may
 * change their last letter (policy → polici, hoping → hope), so Latin lexemes lose it in the pattern.
 */

/** The letters chronicle_fold maps onto each folded letter (ё→е, Kazakh letters, accented Latin ones). */
const FOLDED_FROM: Record<string, string> = {
  е: "её", а: "аә", г: "гғ", к: "кқ", н: "нң", о: "оө", у: "уұү", х: "хһ", и: "иі",
  a: "aàáâãäå", c: "cç", e: "eèéêë", i: "iìíîï", n: "nñ", o: "oòóôõöø", u: "uùúûü", y: "yýÿ",
};
const LEXEME = /^[\p{L}\p{N}]+$/u;
const LATIN = /^[a-z0-9]+$/;

/** Words that may stem to one of `lexemes` (a superset: lexemesStatement decides), or null for none. */
export function candidatePattern(lexemes: string[]): RegExp | null {
  const prefixes = new Set(
    lexemes.filter((l) => LEXEME.test(l)).map((l) => (LATIN.test(l) && l.length > 3 ? l.slice(0, -1) : l)),
  );
  if (prefixes.size === 0) return null;
  const alternatives = [...prefixes].map((p) => [...p].map((c) => (FOLDED_FROM[c] ? `[${FOLDED_FROM[c]}]` : c)).join(""));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})[\\p{L}\\p{N}]*`, "giu");
}

/** The distinct candidate words (lower case) in `texts`, for the database to stem. */
export function candidateWords(pattern: RegExp, texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(pattern)) words.add(m[0].toLowerCase());
  return [...words];
}

/** A matched word's place in the text and the query terms (word numbers) it matches. */
interface Hit {
  start: number;
  end: number;
  terms: number[];
}

/** The snippet's shape, about ts_headline's MaxFragments=2, MaxWords=28 in Russian news. */
const FRAGMENTS = 2;
const FRAGMENT_CHARS = 220;
/** Context kept before a fragment's first match when no sentence starts closer. */
const LEAD_IN_CHARS = 60;
const DELIMITER = " … ";

export interface Highlighter {
  /** The whole text, every match marked (titles). */
  all(text: string): Segment[];
  /** Up to two passages around the matches that cover the most query terms, or the opening without any. */
  snippet(text: string): Segment[];
}

/**
 * Marks the words whose stems the query asked for. `terms`: per query word, its lexemes; `stems`: each
 * candidate word (lower case) with the lexemes the database gave it.
 */
export function highlighter(pattern: RegExp | null, terms: string[][], stems: Map<string, string[]>): Highlighter {
  const termsOf = new Map<string, number[]>();
  terms.forEach((lexemes, term) => lexemes.forEach((l) => termsOf.set(l, [...(termsOf.get(l) ?? []), term])));
  const matched = new Map<string, number[]>();
  for (const [word, lexemes] of stems) {
    const found = [...new Set(lexemes.flatMap((l) => termsOf.get(l) ?? []))];
    if (found.length) matched.set(word, found);
  }
  const hitsIn = (text: string): Hit[] => {
    if (!pattern || matched.size === 0) return [];
    const hits: Hit[] = [];
    for (const m of text.matchAll(pattern)) {
      const found = matched.get(m[0].toLowerCase());
      if (found) hits.push({ start: m.index, end: m.index + m[0].length, terms: found });
    }
    return hits;
  };
  return {
    all: (text) => segments(text, 0, text.length, hitsIn(text)),
    snippet: (text) => snippet(text, hitsIn(text)),
  };
}

function snippet(text: string, hits: Hit[]): Segment[] {
  if (hits.length === 0) return segments(text, 0, fragmentEnd(text, 0), []);
  const windows = hits.map((h) => {
    let start = fragmentStart(text, h.start, LEAD_IN_CHARS);
    const end = fragmentEnd(text, start, h.end);
    const room = FRAGMENT_CHARS - (end - h.start);
    if (room > LEAD_IN_CHARS) start = fragmentStart(text, h.start, room, true);
    const inside = hits.filter((x) => x.start >= start && x.end <= end);
    return { start, end, inside, terms: new Set(inside.flatMap((x) => x.terms)).size };
  });
  const better = (a: (typeof windows)[number], b: (typeof windows)[number]) =>
    a.terms - b.terms || a.inside.length - b.inside.length || b.start - a.start;
  const chosen: typeof windows = [];
  for (let n = 0; n < FRAGMENTS; n++) {
    const free = windows.filter((w) => chosen.every((c) => w.end <= c.start || w.start >= c.end));
    const best = free.reduce<(typeof windows)[number] | null>((top, w) => (top === null || better(w, top) > 0 ? w : top), null);
    if (!best) break;
    chosen.push(best);
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.flatMap((w, i) => [...(i > 0 ? [{ text: DELIMITER, hit: false }] : []), ...segments(text, w.start, w.end, w.inside)]);
}

const SENTENCE_END = /[.!?…]["»”)]*\s+|\n\s*/g;

/**
 * Where a passage ending at `end` around a match at `at` starts: a sentence's start (its earliest one
 * when `fill`, to use the room a passage cut short at its paragraph's end leaves), else a word
 * boundary, within `room` characters before the match; never in an earlier paragraph.
 */
function fragmentStart(text: string, at: number, room: number, fill = false): number {
  const paragraph = text.lastIndexOf("\n", at - 1) + 1;
  const from = Math.max(paragraph, at - room);
  const starts = [...(from === paragraph ? [from] : []), ...[...text.slice(from, at).matchAll(SENTENCE_END)].map((m) => from + m.index + m[0].length)];
  const sentence = fill ? starts[0] : starts.at(-1);
  if (sentence !== undefined) return sentence;
  const space = text.slice(from, at).search(/\s/);
  return space < 0 ? at : from + space + 1;
}

/**
 * Where a passage from `start` around a match ending at `after` ends: at the paragraph's end (the lead,
 * often a subtitle without a full stop, must not run into the body), else at a sentence's end in its last
 * third, else at the last word boundary.
 */
function fragmentEnd(text: string, start: number, after = start): number {
  const limit = start + FRAGMENT_CHARS;
  const paragraph = text.indexOf("\n", after);
  if (paragraph >= 0 && paragraph < limit) return paragraph;
  if (limit >= text.length) return text.length;
  const part = text.slice(start, limit);
  let end = -1;
  for (const m of part.matchAll(SENTENCE_END)) if (m.index >= (FRAGMENT_CHARS * 2) / 3) end = m.index + m[0].trimEnd().length;
  if (end >= 0) return start + end;
  const space = part.search(/\s\S*$/);
  return space > 0 ? start + space : limit;
}

/** text[start, end) as plain and marked runs, whitespace collapsed. */
function segments(text: string, start: number, end: number, hits: Hit[]): Segment[] {
  const out: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    const t = s.replace(/\s+/g, " ");
    if (t) out.push({ text: t, hit });
  };
  let at = start;
  for (const h of hits) {
    if (h.start < start || h.end > end) continue;
    push(text.slice(at, h.start), false);
    push(text.slice(h.start, h.end), true);
    at = h.end;
  }
  push(text.slice(at, end), false);
  if (out[0] && !out[0].hit) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last && !last.hit) last.text = last.text.trimEnd();
  return out.filter((s) => s.text);
}
