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

/**
 * The letters of Russian news (Cyrillic with Kazakh, Latin with accents) and digits: what continues a word.
 * Written as ranges, not \p{L}: the pattern is compiled for every search, and a Unicode-aware pattern
 * with a look-behind at every position took 0.6 ms per page of 20 against 0.1 ms for this one.
 */
const LETTERS = "0-9a-zà-öø-ÿа-яёәғқңөұүһі";
const LETTER = new RegExp(`[${LETTERS}]`, "i");

/** Words that may stem to one of `lexemes` (a superset: lexemesStatement decides), or null for none. */
export function candidatePattern(lexemes: string[]): RegExp | null {
  const prefixes = new Set(
    lexemes.filter((l) => LEXEME.test(l)).map((l) => (LATIN.test(l) && l.length > 3 ? l.slice(0, -1) : l)),
  );
  if (prefixes.size === 0) return null;
  const alternatives = [...prefixes].map((p) => [...p].map((c) => (FOLDED_FROM[c] ? `[${FOLDED_FROM[c]}]` : c)).join(""));
  return new RegExp(`(?:${alternatives.join("|")})[${LETTERS}]*`, "gi");
}

/** A candidate word in a text: where, and its lower-case form (what lexemesStatement stems). */
export interface Candidate {
  start: number;
  end: number;
  word: string;
}

/** The candidate words of one text, in order (one pass of the pattern; the marking reuses them). */
export function findCandidates(pattern: RegExp | null, text: string): Candidate[] {
  if (!pattern) return [];
  const found: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    // A match inside a word: the word's own start did not match, so neither does the word.
    if (m.index > 0 && LETTER.test(text[m.index - 1] as string)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
  }
  return found;
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
const ELLIPSIS = "…";
const DELIMITER = ` ${ELLIPSIS} `;

export interface Highlighter {
  /** The whole text, every match marked (titles). */
  all(text: string, candidates: Candidate[]): Segment[];
  /** Up to two passages around the matches that cover the most query terms, or the opening without any. */
  snippet(text: string, candidates: Candidate[]): Segment[];
}

/**
 * Marks the words whose stems the query asked for. `terms`: per query word, its lexemes; `stems`: each
 * candidate word (lower case) with the lexemes the database gave it.
 */
export function highlighter(terms: string[][], stems: Map<string, string[]>): Highlighter {
  const termsOf = new Map<string, number[]>();
  terms.forEach((lexemes, term) => lexemes.forEach((l) => termsOf.set(l, [...(termsOf.get(l) ?? []), term])));
  const matched = new Map<string, number[]>();
  for (const [word, lexemes] of stems) {
    const found = [...new Set(lexemes.flatMap((l) => termsOf.get(l) ?? []))];
    if (found.length) matched.set(word, found);
  }
  const hitsOf = (candidates: Candidate[]): Hit[] =>
    candidates.flatMap((c) => {
      const found = matched.get(c.word);
      return found ? [{ start: c.start, end: c.end, terms: found }] : [];
    });
  return {
    all: (text, candidates) => segments(text, 0, text.length, hitsOf(candidates)),
    snippet: (text, candidates) => snippet(text, hitsOf(candidates)),
  };
}

/** Where sentences start and end in a text, and its paragraph breaks: read once per snippet. */
interface Layout {
  text: string;
  /** Offsets where a sentence starts (0 and after each paragraph break included), ascending. */
  starts: number[];
  /** Offsets just after each sentence's final punctuation, ascending. */
  ends: number[];
  /** Offsets of the paragraph breaks, ascending. */
  breaks: number[];
}

const SENTENCE_END = /([.!?…]["»”)]*)\s+|\n\s*/g;

function layoutOf(text: string): Layout {
  const layout: Layout = { text, starts: [0], ends: [], breaks: [] };
  for (const m of text.matchAll(SENTENCE_END)) {
    layout.starts.push(m.index + m[0].length);
    if (m[1]) layout.ends.push(m.index + m[1].length);
    else layout.breaks.push(m.index);
  }
  return layout;
}

function snippet(text: string, hits: Hit[]): Segment[] {
  const layout = layoutOf(text);
  if (hits.length === 0) return passages(layout, [{ start: 0, end: fragmentEnd(layout, 0, 0), inside: [] }]);
  // One passage per sentence holding a match is enough to choose from: its later matches give nearly the same one.
  const windows: { start: number; end: number; inside: Hit[]; terms: number }[] = [];
  let covered = -1;
  for (const h of hits) {
    if (h.start < covered) continue;
    let start = fragmentStart(layout, h.start, LEAD_IN_CHARS);
    const end = fragmentEnd(layout, start, h.end);
    const room = FRAGMENT_CHARS - (end - h.start);
    if (room > LEAD_IN_CHARS) start = fragmentStart(layout, h.start, room, true);
    const inside = hits.filter((x) => x.start >= start && x.end <= end);
    windows.push({ start, end, inside, terms: new Set(inside.flatMap((x) => x.terms)).size });
    covered = layout.ends.find((e) => e > h.end) ?? text.length;
  }
  const better = (a: (typeof windows)[number], b: (typeof windows)[number]) =>
    a.terms - b.terms || a.inside.length - b.inside.length || b.start - a.start;
  const chosen: typeof windows = [];
  for (let n = 0; n < FRAGMENTS; n++) {
    const free = windows.filter((w) => chosen.every((c) => w.end <= c.start || w.start >= c.end));
    const best = free.reduce<(typeof windows)[number] | null>((top, w) => (top === null || better(w, top) > 0 ? w : top), null);
    if (!best) break;
    chosen.push(best);
  }
  return passages(layout, chosen.sort((a, b) => a.start - b.start));
}

/** The passages in order, with an ellipsis wherever text is left out: between them, and where one starts or ends mid-sentence. */
function passages(layout: Layout, chosen: { start: number; end: number; inside: Hit[] }[]): Segment[] {
  const out = chosen.flatMap((w, i) => [...(i > 0 ? [{ text: DELIMITER, hit: false }] : []), ...segments(layout.text, w.start, w.end, w.inside)]);
  const first = chosen[0];
  const last = chosen.at(-1);
  if (!first || !last || out.length === 0) return out;
  if (!layout.starts.includes(first.start)) out.unshift({ text: `${ELLIPSIS} `, hit: false });
  if (last.end < layout.text.trimEnd().length && !layout.ends.includes(last.end) && !layout.breaks.includes(last.end)) out.push({ text: ` ${ELLIPSIS}`, hit: false });
  return out;
}

/**
 * Where a passage around a match at `at` starts: a sentence's start (its earliest one when `fill`, to
 * use the room a passage cut short at its paragraph's end leaves), else a word boundary, within `room`
 * characters before the match; never in an earlier paragraph.
 */
function fragmentStart({ text, starts, breaks }: Layout, at: number, room: number, fill = false): number {
  const paragraph = (breaks.findLast((b) => b < at) ?? -1) + 1;
  const from = Math.max(paragraph, at - room);
  const inRange = starts.filter((s) => s >= from && s <= at);
  const sentence = fill ? inRange[0] : inRange.at(-1);
  if (sentence !== undefined) return sentence;
  const space = text.slice(from, at).search(/\s/);
  return space < 0 ? at : from + space + 1;
}

/**
 * Where a passage from `start` around a match ending at `after` ends: at the paragraph's end (the lead,
 * often a subtitle without a full stop, must not run into the body), else at a sentence's end in its last
 * third, else at the last word boundary.
 */
function fragmentEnd({ text, ends, breaks }: Layout, start: number, after: number): number {
  const limit = start + FRAGMENT_CHARS;
  const paragraph = breaks.find((b) => b >= after);
  if (paragraph !== undefined && paragraph < limit) return paragraph;
  if (limit >= text.length) return text.length;
  const sentence = ends.findLast((e) => e <= limit && e >= start + (FRAGMENT_CHARS * 2) / 3);
  if (sentence !== undefined) return sentence;
  for (let at = limit; at > start; at--) if (/\s/.test(text[at] as string)) return at;
  return limit;
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
