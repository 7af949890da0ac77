import { fold } from "@/lib/text/fold";

/** Letters and digits, in any script: punctuation, quotes and dashes of every typographic kind fall away. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text as reprints are compared: folded like search (lower case, `ё` → `е`, Kazakh
 * letters to their Russian look-alikes), so «ёлка»/"елка", `—`/`-` and non-breaking spaces do not
 * make two copies of one story differ.
 */
export function words(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
