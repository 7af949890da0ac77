/** A word of a sentence with its character span; `gapBefore` is the raw text since the previous word
 *  (spaces, punctuation), which is how phrase boundaries are detected without a separate punctuation
 *  token stream. */
import { fold } from "@/lib/text/fold";
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  gapBefore: string;
  index: number;
}

// Letters (Cyrillic incl. Kazakh, Latin incl. accented) with inner hyphens/apostrophes (Касым-Жомарт,
// О'Нил), or digits. Explicit ranges instead of \p{L}: a non-Unicode regex is several times faster.
const LETTER = "A-Za-z\u00C0-\u024F\u0400-\u04FF\u0300-\u036F";
const WORD = new RegExp(`[${LETTER}]+(?:[-‐‑'’][${LETTER}]+)*|[0-9]+`, "g");

/** `Джордж Буш-младший`, `Роберт О. Блейк-младший`: the generation is said after the surname, not part of it. */
const GENERATION = /^(\p{Lu}.*)-((?:младш|старш)\p{Ll}*)$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const push = (word: string, start: number, end = start + word.length) => {
    tokens.push({ text: word, lower: fold(word), start, end, gapBefore: text.slice(last, start), index: tokens.length });
    last = end;
  };
  for (const m of text.matchAll(WORD)) {
    const generation = m[0].includes("-") ? GENERATION.exec(m[0]) : null;
    // `Сергей Ъ-Голубев`: Kommersant marks its own writers' surnames with its letter.
    if (m[0].startsWith("Ъ-") && UPPER.test(m[0].slice(2))) push(m[0].slice(2), m.index, m.index + m[0].length);
    else if (generation?.[1] && generation[2]) {
      push(generation[1], m.index);
      push(generation[2], m.index + generation[1].length + 1);
    } else push(m[0], m.index);
  }
  return tokens;
}

const UPPER = /^\p{Lu}/u;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}][\p{Script=Cyrillic}\-‐‑'’]*$/u;

export function isCapitalized(token: Token): boolean {
  return UPPER.test(token.text);
}

/** США, МИД, РК — abbreviations are organisations or countries, never a person's name. */
export function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
}

export function isCyrillic(token: Token): boolean {
  return CYRILLIC_WORD.test(token.text);
}

/** A comma, with or without spaces around it, and nothing else between two words. */
export function isCommaGap(gap: string): boolean {
  return /^[ \u00a0]*,[ \u00a0]*$/.test(gap);
}

/** Only spaces between two words: a name chain may continue across it. */
export function isPlainSpace(gap: string): boolean {
  return /^[ \u00a0\u202f]+$/.test(gap);
}
