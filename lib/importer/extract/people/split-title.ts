import { titleCountry } from "./position-key";
import type { TitleSpan } from "./title-span";
import { isCapitalized, isCommaGap, isPlainSpace, type Token } from "./tokenize";

export interface Span {
  start: number;
  end: number;
}

const MAX_VARIANT_TOKENS = 3;

const textOf = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(from, to).map((t) => t.text).join(" ");

/** The words between two listed names that stand for the end of a title the names share:
 *  `министрами иностранных дел Кыргызстана Асановым и Таджикистана Шариповым`, `президенты Узбекистана
 *  Мирзиёев, Кыргызстана Жапаров` — a comma or `и`, then a country in capitals right before the next
 *  name. Anything else between two names is not such a list. */
export function listedVariant(tokens: readonly Token[], last: number, first: number): Span | null {
  let start = last + 1;
  const joiner = tokens[start];
  if (!joiner) return null;
  if (joiner.lower === "и" && isPlainSpace(joiner.gapBefore)) start += 1;
  else if (!isCommaGap(joiner.gapBefore)) return null;
  const width = first - start;
  if (width < 1 || width > MAX_VARIANT_TOKENS || !isPlainSpace(tokens[first]?.gapBefore ?? "")) return null;
  for (let k = start; k < first; k++) {
    const t = tokens[k];
    if (!t || !isCapitalized(t) || (k > start && !isPlainSpace(t.gapBefore))) return null;
  }
  return titleCountry(textOf(tokens, start, first)) ? { start, end: first } : null;
}

/** The shared plural title with its last words (the first name's country) replaced by this name's
 *  own, or undefined when the shared title does not end in a country of the same length. */
export function splitVariant(tokens: readonly Token[], shared: TitleSpan, own: Span): TitleSpan["variant"] {
  const end = shared.textEnd ?? shared.endIndex;
  const cut = end - (own.end - own.start);
  if (cut <= shared.headIndex || !titleCountry(textOf(tokens, cut, end))) return undefined;
  return { cut, start: own.start, end: own.end };
}
