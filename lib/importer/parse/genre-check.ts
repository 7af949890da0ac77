import { CURATED_OFFICIALS } from "../extract/people/data/curated-officials";
import { UnreadableArticleError } from "./unreadable-article-error";

/** Words without which a text cannot be a report on Kazakhstan–US relations. Stems, lowercase. */
const GENRE_STEMS = [
  "казах", "астан", "алмат", "акорд", "токаев", "сша", "америк", "вашингтон", "госдеп", "белый дом",
  "белого дома", "конгресс", "центральн азии", "центральной азии", "с5+1", "c5+1",
];

/** `Ермек Кошербаев провел телефонный разговор с Марко Рубио`: a report may name known Kazakh and US
 *  officials and neither country. Surnames of the curated officials of the two countries, cut to what
 *  every case form shares (`кошербае…`, `рубио`). */
const OFFICIAL_SURNAMES = CURATED_OFFICIALS.filter((o) => o.country === "KZ" || o.country === "US").map((o) => {
  const surname = (o.name.split(" ").at(-1) ?? o.name).toLowerCase();
  return surname.length > 6 && /[ая]$|[вн]$/.test(surname) ? surname.replace(/[ая]$/, "") : surname;
});
/** The case endings a surname takes after that cut: a whole word is matched, so `Росс` is not the start of
 *  `Россия`, nor `Гор` of `город`, nor `Пенс` of `пенсия`. */
const CASE_ENDING = "(?:а|я|у|ю|ом|ем|е|ым|им|ой|ей|ы|и|ого|ому)?";
const SURNAME_PATTERN = new RegExp(`(?<!\\p{L})(?:${OFFICIAL_SURNAMES.join("|")})${CASE_ENDING}(?!\\p{L})`, "u");

const MIN_WORDS = 6;

/** Rejects what is not an article of this genre, with the reason in words. Runs on decoded text. */
export function assertGenre(text: string): void {
  if (text.trim() === "") throw new UnreadableArticleError("empty file", { kind: "empty" });
  const { letters, cyrillic, words } = countLetters(text);
  if (cyrillic === 0) throw new UnreadableArticleError("no Cyrillic text: not a Russian-language article", { kind: "not-russian" });
  if (cyrillic < letters * 0.5) throw new UnreadableArticleError("mostly non-Cyrillic text: not a Russian-language article", { kind: "not-russian" });
  if (words < MIN_WORDS || !/[.!?…]/.test(text)) throw new UnreadableArticleError("no sentence of running text", { kind: "no-running-text" });
  const lower = text.toLowerCase();
  if (!GENRE_STEMS.some((s) => lower.includes(s)) && !SURNAME_PATTERN.test(lower)) {
    throw new UnreadableArticleError("not about Kazakhstan–US relations (neither country is mentioned)", { kind: "off-topic" });
  }
}

const LETTER = /\p{L}/u;

/** Letters, Russian letters, and Russian words of two letters or more, counted in one pass by code
 *  point: every article goes through here, and collecting each letter in an array cost more than reading it. */
function countLetters(text: string): { letters: number; cyrillic: number; words: number } {
  let letters = 0;
  let cyrillic = 0;
  let words = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // А–я, Ё, ё: the Russian alphabet.
    const russian = (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
    if (russian) {
      cyrillic++;
      letters++;
      run++;
      continue;
    }
    if (run >= 2) words++;
    run = 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c > 0x7f && LETTER.test(text[i] ?? ""))) letters++;
  }
  if (run >= 2) words++;
  return { letters, cyrillic, words };
}
