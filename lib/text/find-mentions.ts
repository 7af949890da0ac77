import { stem, tokenize, type Token } from "./stem";

/**
 * Marks named things in published text without touching it: officials by the case forms stored for
 * them, topics by their phrasings, places by name. The result is a list of segments whose text joined
 * back is the input, so a page renders it as escaped text with some segments wrapped in links.
 */

export interface Mention<K> {
  key: K;
  start: number;
  end: number;
}

/** One phrase to look for. `exact` compares words as written (names); `stem` compares stems, so
 *  `критических минералов` also finds `критическими минералами`. `*` in a phrase skips up to 3 words. */
export interface Phrase<K> {
  key: K;
  text: string;
  match: "exact" | "stem";
}

type Part = { kind: "word"; value: string; exact: boolean } | { kind: "gap" };

const MAX_GAP = 3;
/** Abbreviations and Latin words (`ИИ`, `G20`, `PNTR`) are compared as written even in stem phrases. */
const AS_WRITTEN = /^(?:[\p{Lu}\d+-]{2,}|.*[A-Za-z\d].*)$/u;

interface Compiled<K> {
  key: K;
  parts: Part[];
}

function compile<K>(phrase: Phrase<K>): Compiled<K> | null {
  const parts = phrase.text.split(/\s+/).flatMap((word): Part[] => {
    if (word === "*") return [{ kind: "gap" }];
    return tokenize(word).map((t) => {
      const exact = phrase.match === "exact" || AS_WRITTEN.test(t.text);
      return { kind: "word", value: exact ? t.text : stem(t.text), exact };
    });
  });
  return parts[0]?.kind === "word" && parts.at(-1)?.kind === "word" ? { key: phrase.key, parts } : null;
}

function wordMatches(part: Extract<Part, { kind: "word" }>, token: Token | undefined): boolean {
  return token !== undefined && (part.exact ? token.text === part.value : token.stem === part.value);
}

/** The index past the last token of a match starting at token `at`, or -1. */
function matchEnd(tokens: readonly Token[], at: number, parts: readonly Part[], pi = 0): number {
  const part = parts[pi];
  if (!part) return at;
  if (part.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const end = matchEnd(tokens, at + skip, parts, pi + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return wordMatches(part, tokens[at]) ? matchEnd(tokens, at + 1, parts, pi + 1) : -1;
}

export interface MentionFinder<K> {
  find(text: string): Mention<K>[];
}

/** Compiles the phrases once, for all the paragraphs of an article. */
export function mentionFinder<K>(phrases: readonly Phrase<K>[]): MentionFinder<K> {
  const byFirst = new Map<string, Compiled<K>[]>();
  for (const phrase of phrases) {
    const compiled = compile(phrase);
    const first = compiled?.parts[0];
    if (!compiled || first?.kind !== "word") continue;
    const key = `${first.exact ? "=" : "~"}${first.value}`;
    byFirst.set(key, [...(byFirst.get(key) ?? []), compiled]);
  }
  return {
    find(text) {
      const tokens = tokenize(text);
      const found: Mention<K>[] = [];
      let i = 0;
      while (i < tokens.length) {
        const token = tokens[i]!;
        let best: { key: K; endToken: number } | null = null;
        for (const c of [...(byFirst.get(`=${token.text}`) ?? []), ...(byFirst.get(`~${token.stem}`) ?? [])]) {
          const end = matchEnd(tokens, i, c.parts);
          // The longest phrase wins: `Ермека Кошербаева` over `Кошербаева`.
          if (end > i && (!best || end > best.endToken)) best = { key: c.key, endToken: end };
        }
        if (best) {
          found.push({ key: best.key, start: token.start, end: tokens[best.endToken - 1]!.end });
          i = best.endToken;
        } else {
          i++;
        }
      }
      return found;
    },
  };
}

export type Segment<K> = { text: string; key?: K };

/** The text cut at the mentions: plain and marked segments, in order, covering all of it. */
export function segmentText<K>(text: string, mentions: readonly Mention<K>[]): Segment<K>[] {
  const segments: Segment<K>[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start) });
    segments.push({ text: text.slice(m.start, m.end), key: m.key });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
