import { isAllCaps, isCommaGap, isPlainSpace, type Token } from "./tokenize";
import { wordCases } from "./word-class";

/** How far back the list's first item may start: `по контролю над вооружениями, проверке и соблюдению`
 *  lists `контролю`, not the `вооружениями` that depends on it. */
const ITEM_WORDS = 3;

/** A word among the few before the comma (no punctuation between) in an oblique case of the word after it. */
function listItemBefore(tokens: readonly Token[], i: number, right: readonly string[]): boolean {
  for (let k = i - 1; k >= 0 && k >= i - ITEM_WORDS; k--) {
    const t = tokens[k]!;
    if (wordCases(t.text).some((c) => c !== "nomn" && right.includes(c))) return true;
    if (!isPlainSpace(t.gapBefore)) return false;
  }
  return false;
}

/** How far a comma list inside a title may run before its closing `и`. */
const MAX_LIST_TOKENS = 10;

/** The comma before `tokens[i]` separates items of one dependent list inside a title — `министр
 *  промышленности, строительства и транспорта`, `подкомитета по Европе, Евразии, энергетике и
 *  окружающей среде` — when the words on both sides share an oblique case and an `и` closes the list
 *  before any other punctuation. A comma between two titles or a title and the rest of the sentence
 *  fails one of those tests. */
export function isListComma(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i];
  if (!before || !after || !isCommaGap(after.gapBefore) || isAllCaps(after) || /^\d/.test(after.text)) return false;
  const right = wordCases(after.text);
  if (!listItemBefore(tokens, i, right)) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_LIST_TOKENS; k++) {
    const t = tokens[k];
    if (!t || !(isPlainSpace(t.gapBefore) || isCommaGap(t.gapBefore))) return false;
    if (t.lower === "и") return isPlainSpace(t.gapBefore);
  }
  return false;
}
