import { COUNTRY_WORDS, keyGenitive, type CountryForms } from "@/lib/importer/extract/people/data/countries";
import type { CountryCode } from "@/lib/importer/types";
import { fold } from "@/lib/text/fold";

/** A title's words as written, with the lower-case form position keys use (ё as е, no quotes). */
export interface TitleWord {
  text: string;
  lower: string;
}

export function titleWords(title: string): TitleWord[] {
  return title
    .replace(/[«»"„“”()]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, lower: fold(text) }));
}

const BY_GENITIVE = new Map(COUNTRY_WORDS.map((c) => [keyGenitive(c), c]));

/** Every country's canonical genitive as position keys write it, as a regular-expression alternative
 *  (longest first: "республики корея" before a shorter one it might contain). */
export const COUNTRY_GENITIVE = [...BY_GENITIVE.keys()]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** The country of a genitive a position key wrote, with the forms organisation names use. */
export function countryOfGenitive(genitive: string): { code: CountryCode; forms: CountryForms } | null {
  const country = BY_GENITIVE.get(genitive);
  return country ? { code: country.code, forms: country } : null;
}

/** The title's words after its last `preposition` ("в Алматы", "при ООН") as written, when they are the
 *  key's `keyTail`: a place or body the organisation's name copies as the press wrote it. */
export function tailAfter(title: string, preposition: string, keyTail: string): string | null {
  const ws = titleWords(title);
  const at = ws.map((w) => w.lower).lastIndexOf(preposition);
  if (at < 0) return null;
  const tail = ws.slice(at + 1);
  return tail.map((w) => w.lower).join(" ") === keyTail ? tail.map((w) => w.text).join(" ") : null;
}
