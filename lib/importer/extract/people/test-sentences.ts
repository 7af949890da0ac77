import type { Sentence } from "@/lib/importer/types";

/** Test helper: lines → paragraphs → sentences (a naive split, enough for hand-written cases; the real
 *  splitter lives in lib/importer/parse/). The first line is the title when `withTitle` is set. */
export function sentencesOf(text: string, withTitle = false): Sentence[] {
  const out: Sentence[] = [];
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .forEach((paragraph, p) => {
      // A stop after a lone capital or `Дж` is an initial (А. Смадияров, Дж.Крол), after `им` an abbreviation
      // (им. С.Сейфуллина), not a sentence end.
      for (const m of paragraph.matchAll(/(?:[^.!?]|(?<=(?:^|[\s(])(?:\p{Lu}|Дж|им))\.)+(?:[.!?]+|$)/gu)) {
        const t = m[0].trim();
        if (!t) continue;
        const part: Sentence["part"] = withTitle && p === 0 ? "title" : "body";
        out.push({ part, paragraph: p, start: m.index + m[0].indexOf(t), text: t });
      }
    });
  return out;
}
