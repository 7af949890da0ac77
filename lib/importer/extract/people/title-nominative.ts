import { ORDINAL_NOMINATIVE } from "./data/title-words";
import { capitalizeLike } from "./letter-case";
import { parseWord } from "./morph";
import type { TitleSpan } from "./title-span";
import type { Token } from "./tokenize";
import { compoundHead, headLemma, pluralTitleHeadParse, titleHeadParse } from "./word-class";

function ordinal(lower: string): string | null {
  for (const [stem, nominative] of Object.entries(ORDINAL_NOMINATIVE)) {
    if (lower.startsWith(stem) && lower.length <= stem.length + 3) return nominative;
  }
  return null;
}

/** Both halves of `сенатором-республиканцем` to the nominative singular: `сенатор-республиканец`. */
function compoundNominative(head: string, tail: string): string {
  const tailParse = parseWord(tail).find((p) => p.tag.POS === "NOUN");
  const inflected = tailParse?.inflect({ nomn: true, sing: true });
  const tailNominative = inflected ? inflected.word : tail;
  return `${headNominative(head)}-${capitalizeLike(tail, tailNominative)}`;
}

function headNominative(word: string): string {
  const compound = word.includes("-") ? compoundHead(word) : null;
  if (compound) return compoundNominative(compound.head, compound.tail);
  const parse = titleHeadParse(word) ?? pluralTitleHeadParse(word);
  if (parse === null || parse === "indeclinable") return word;
  if (parse.tag.POS !== "NOUN") return capitalizeLike(word, headLemma(parse) ?? word);
  const inflected = parse.inflect({ nomn: true, sing: true });
  let nominative = inflected ? inflected.word : parse.normalize().word;
  // Az.js may drop a known prefix when inflecting a word it parsed by prefix (вице-министром → министр).
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0 && !nominative.includes("-")) nominative = `${word.slice(0, hyphen + 1).toLowerCase()}${nominative}`;
  return capitalizeLike(word, nominative);
}

// Titles agree in the masculine even for women (министр, заместитель); Az.js lemmatises ordinals to
// cardinals (первым → один), hence the table.
/** The acting participle agrees with the bearer, so it keeps its gender (исполняющей → исполняющая). */
function actingNominative(word: string): string {
  const parse = parseWord(word).find((p) => p.tag.POS === "PRTF");
  const nominative = parse?.inflect({ nomn: true, sing: true, ...(parse.tag.femn ? { femn: true } : { masc: true }) });
  return nominative ? capitalizeLike(word, nominative.word) : word;
}

function modifierNominative(word: string): string {
  const lower = word.toLowerCase();
  const fromTable = ordinal(lower);
  if (fromTable) return capitalizeLike(word, fromTable);
  // временным is временный or временной: titles take the -ый/-ий reading when there is one.
  const nominatives = parseWord(word)
    .filter((p) => p.tag.POS === "ADJF" || p.tag.POS === "PRTF")
    .flatMap((p) => p.inflect({ nomn: true, sing: true, masc: true }) || [])
    .map((p) => p.word);
  const nominative = nominatives.find((w) => /[ыи]й$/.test(w)) ?? nominatives[0];
  return nominative ? capitalizeLike(word, nominative) : word;
}

/** The title as written, with its head and modifiers turned to the nominative and the dependent tail
 *  left unchanged: "первым заместителем госсекретаря США" → "первый заместитель госсекретаря США". */
export function titleNominative(text: string, tokens: Token[], span: TitleSpan): string {
  if (span.variant) {
    const { cut, start, end } = span.variant;
    const own = text.slice(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
    return `${titleNominative(text, tokens, { ...span, textEnd: cut, variant: undefined })} ${own}`;
  }
  if (span.prefix) {
    const main = tokens[span.prefix.endIndex];
    return `${titleNominative(text, tokens, span.prefix)}${main?.gapBefore ?? " "}${titleNominative(text, tokens, { ...span, startIndex: span.prefix.endIndex, prefix: undefined })}`;
  }
  const first = tokens[span.startIndex];
  const last = tokens[(span.textEnd ?? span.endIndex) - 1];
  if (!first || !last) return "";
  let out = "";
  let cursor = first.start;
  for (let i = span.startIndex; i <= span.headIndex; i++) {
    const t = tokens[i];
    if (!t) continue;
    out += text.slice(cursor, t.start);
    if (i === span.headIndex && t.lower.startsWith("исполняющ")) out += actingNominative(t.text);
    else if (i === span.headIndex) out += headNominative(t.text);
    else if (t.lower === "и") out += t.text;
    else out += modifierNominative(t.text);
    cursor = t.end;
  }
  out += text.slice(cursor, last.end);
  out = out.replace(/[«"„“]$/, "").trim();
  // The closing quote of a name ending the title sits outside its last word (АО «Самрук-Казына»); the
  // text's own quotes are copied, as Russian closes nested ones with one (АО «НК «КазМунайГаз»).
  // A bracketed abbreviation ends the title (`… гражданской авиации США (FAA)`): its bracket closes it.
  if (/\([^()]*$/.test(out) && text.startsWith(")", last.end)) return `${out})`;
  const opened = (out.match(/«/g) ?? []).length - (out.match(/»/g) ?? []).length;
  const closing = /^»+/.exec(text.slice(last.end))?.[0].length ?? 0;
  if (opened > 0) return out + "»".repeat(Math.max(1, Math.min(opened, closing)));
  // Straight quotes (АО "Самрук-Энерго", АО "НК "Қазақстан темір жолы"): as many as the text closes with.
  // One opens after a space or another opening quote, one closes after a word.
  const openedStraight = (out.match(/(?<=^|[\s"])"/g) ?? []).length - (out.match(/(?<=[^\s"])"/g) ?? []).length;
  const closingStraight = /^"+/.exec(text.slice(last.end))?.[0].length ?? 0;
  return openedStraight > 0 && closingStraight > 0 ? out + '"'.repeat(Math.min(openedStraight, closingStraight)) : out;
}
