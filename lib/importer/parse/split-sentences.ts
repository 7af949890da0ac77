import { ABBREVIATIONS_ALWAYS } from "./abbreviations";

export interface SentenceSpan {
  start: number;
  text: string;
}

/** Character codes, compared per character of every paragraph without making one-letter strings. */
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPENING_QUOTES = codes("«„");
const CLOSING_QUOTES = codes("»“”");
const SENTENCE_ENDS = codes(".!?…");

/** The word (letters, digits, inner periods) that ends right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\d.-]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, dot).replace(/^\.+/, "");
}

/** A sentence never starts lowercase here: `17 млрд. долларов`, `т.е. не` continue the sentence. */
function startsSentence(text: string, next: number): boolean {
  const following = text.slice(next).match(/^[«"„“(–—-]?\s?(\p{L}|\d)/u)?.[1] ?? "";
  return following !== "" && (following !== following.toLowerCase() || /\d/.test(following));
}

function isBoundary(text: string, dot: number, next: number): boolean {
  if (!startsSentence(text, next)) return false;
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS_ALWAYS.has(word)) return false;
  // An initial before a capitalised word is part of a name: `А. Смадияров`, `Дж. Д. Вэнс`.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^\p{Lu}\.\p{Lu}$/u.test(word)) return false;
  return true;
}

/** Splits one paragraph into sentences with their offsets. A period ends a sentence when a capital,
 *  digit or opening quote follows, except after abbreviations and initials; nothing inside «…» splits,
 *  so quoted speech with several sentences stays with the sentence that introduces it. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (OPENING_QUOTES.has(code)) depth++;
    else if (CLOSING_QUOTES.has(code) && depth > 0) depth--;
    if (depth > 0 || !SENTENCE_ENDS.has(code)) continue;
    const ch = paragraph[i];
    let end = i + 1;
    while (end < paragraph.length && /[.!?…»"”)]/.test(paragraph[end] ?? "")) end++;
    if (paragraph[end] !== " ") continue;
    const next = end + 1;
    if (!(ch === "." ? isBoundary(paragraph, i, next) : startsSentence(paragraph, next))) continue;
    push(spans, paragraph, start, end);
    start = next;
    i = end;
  }
  push(spans, paragraph, start, paragraph.length);
  return spans;
}

function push(spans: SentenceSpan[], paragraph: string, from: number, to: number): void {
  const raw = paragraph.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== "") spans.push({ start: from + lead, text });
}
