import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./data/given-names";
import { caseOf, fromDictionary, genderOf, parseWord, type GramCase } from "./morph";
import { capitalizeLike } from "./letter-case";
import { ALL_CASES, type Reading } from "./name-readings";
import { boundedMemo } from "./bounded-memo";
import { fold } from "@/lib/text/fold";

const cut = (word: string, n: number, add = "") => word.slice(0, word.length - n) + add;
const VOWELS = "аеёиоуыэюя";
const HUSHING = "жшчщц";

/** Whether a token is a given name the dictionaries know (in any case form). */
export function isKnownGivenName(word: string): boolean {
  const hyphen = word.indexOf("-");
  if (hyphen > 0) return isKnownGivenName(word.slice(0, hyphen)) || isKnownGivenName(word.slice(hyphen + 1));
  return givenReadingsFromLists(word).length > 0 || dictionaryGivenReadings(word).length > 0;
}

/** A given name of the curated lists, whatever else the dictionary reads it as (`Урал` is also a mountain range). */
export function isListedGivenName(word: string): boolean {
  return givenReadingsFromLists(word).length > 0;
}

function dictionaryGivenReadings(word: string): Reading[] {
  const byKey = new Map<string, Reading>();
  for (const p of parseWord(word)) {
    if (!fromDictionary(p) || !p.tag.Name || p.tag.plur) continue;
    const gender = genderOf(p);
    // The dictionary spells lemmas with ё (пётр); keep the article's е when it wrote one.
    const lemma = p.normalize().word;
    // An indeclinable name is its own nominative: the dictionary's `Джил` for `Джилл` corrects a spelling.
    const nom = p.tag.Fixd ? word : capitalizeLike(word, word.toLowerCase().includes("ё") ? lemma : lemma.replace(/ё/g, "е"));
    const c = caseOf(p);
    // A nominative is the word itself: the dictionary's `Данн` read as a nominative `Дан` is a misspelling
    // corrected, not a case form.
    if (c === "nomn" && !p.tag.Fixd && fold(lemma) !== fold(word)) continue;
    const cases: readonly GramCase[] = p.tag.Fixd ? ALL_CASES : c ? [c] : [];
    const key = `${nom}|${gender}`;
    const known = byKey.get(key);
    if (known) known.cases = [...new Set([...known.cases, ...cases])];
    else byKey.set(key, { nom, cases, gender, weight: 1 });
  }
  return [...byKey.values()];
}

/** A man's name the writer did not decline: far less likely than any declined reading. */
const UNDECLINED = 0.15;

/** Readings confirmed by the curated name lists: the token is a known name's case form. */
function givenReadingsFromLists(word: string): Reading[] {
  const lower = fold(word);
  const out: Reading[] = [];
  const tryNom = (nom: string, cases: readonly GramCase[], gender: "m" | "f") => {
    const set = gender === "m" ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES;
    if (set.has(nom)) out.push({ nom: capitalizeLike(word, nom), cases, gender, weight: 1 });
  };
  // A man's foreign name in -о, -е, -и, -у, -э, -ю does not decline (Серджио, Хосе, Анри, Ду).
  tryNom(lower, /[оеиуэю]$/.test(lower) ? ALL_CASES : ["nomn"], "m");
  // … and one in a consonant may be left undeclined by the writer, as an East Asian surname written first
  // is (`с председателем биржи Хуан Хунъюанем`): weak, so the declined form wins wherever there is one.
  if (!/[оеиуэюаяй]$/.test(lower) && MALE_GIVEN_NAMES.has(lower)) out.push({ nom: capitalizeLike(word, lower), cases: ALL_CASES, gender: "m", weight: UNDECLINED });
  // A woman's name in a consonant (Айгерим, Элизабет) does not decline.
  tryNom(lower, /[ая]$/.test(lower) ? ["nomn"] : ALL_CASES, "f");
  if (lower.endsWith("а")) tryNom(cut(lower, 1), ["gent", "accs"], "m");
  if (lower.endsWith("у")) tryNom(cut(lower, 1), ["datv"], "m");
  if (lower.endsWith("ом") || lower.endsWith("ем")) tryNom(cut(lower, 2), ["ablt"], "m");
  if (lower.endsWith("е")) tryNom(cut(lower, 1), ["loct"], "m");
  if (lower.endsWith("я")) tryNom(cut(lower, 1, "й"), ["gent", "accs"], "m");
  if (lower.endsWith("ю")) tryNom(cut(lower, 1, "й"), ["datv"], "m");
  if (lower.endsWith("ем")) tryNom(cut(lower, 2, "й"), ["ablt"], "m");
  // Names in -а decline alike for women and men (Дарига → Дариги, Кабибулла → Кабибуллой): the lists say which.
  for (const gender of ["f", "m"] as const) {
    if (lower.endsWith("ы") || lower.endsWith("и")) tryNom(cut(lower, 1, "а"), ["gent"], gender);
    if (lower.endsWith("е")) tryNom(cut(lower, 1, "а"), ["datv", "loct"], gender);
    if (lower.endsWith("у")) tryNom(cut(lower, 1, "а"), ["accs"], gender);
    if (lower.endsWith("ой")) tryNom(cut(lower, 2, "а"), ["ablt"], gender);
    // `Бактыкожей`: after ж, ш, ч, щ, ц the unstressed ending is written -ей.
    if (/[жшчщц]ей$/u.test(lower)) tryNom(cut(lower, 2, "а"), ["ablt"], gender);
    // … and in -я (Юкия → Юкии, Юкией; Кацуя → Кацуей).
    if (lower.endsWith("и")) tryNom(cut(lower, 1, "я"), ["gent", "datv", "loct"], gender);
    if (lower.endsWith("ей")) tryNom(cut(lower, 2, "я"), ["ablt"], gender);
    if (lower.endsWith("ю")) tryNom(cut(lower, 1, "я"), ["accs"], gender);
    if (lower.endsWith("ей")) tryNom(cut(lower, 2, "я"), ["ablt"], gender);
  }
  return out;
}

/** Guesses for a name nobody listed, from its ending alone; weaker than dictionary readings. */
function ruleGivenReadings(word: string): Reading[] {
  const w = word.toLowerCase();
  const last = w.at(-1) ?? "";
  const prev = w.at(-2) ?? "";
  const stem2Last = w.at(-3) ?? "";
  const out: Reading[] = [];
  const add = (nom: string, cases: readonly GramCase[], gender: "m" | "f" | null, weight: number) =>
    out.push({ nom, cases, gender, weight });
  if (!VOWELS.includes(last) && last !== "й" && last !== "ь") {
    // A nominative in -ом/-ем is rare; such a word is far more often an instrumental (Джейсоном).
    add(word, ["nomn"], "m", /[оеы]м$/.test(w) ? 0.3 : 0.6);
    add(word, ALL_CASES, "f", 0.2);
    // A man's foreign name the writer leaves undeclined while the surname after it declines
    // (`с Президентом Монголии Ухнаагийн Хурэлсухом`): weak, so a declined reading wins where there is one.
    add(word, ALL_CASES, "m", UNDECLINED);
    if (w.endsWith("ом") && !VOWELS.includes(stem2Last)) add(cut(word, 2), ["ablt"], "m", 0.6);
    if (w.endsWith("ем") && HUSHING.includes(stem2Last)) add(cut(word, 2), ["ablt"], "m", 0.6);
    if (w.endsWith("ем") && VOWELS.includes(stem2Last)) add(cut(word, 2, "й"), ["ablt"], "m", 0.5);
    // `Рапилем`, `Шамилем`: a name in a soft consonant (Рапиль, Шамиль) the lists lack.
    if (w.endsWith("ем") && stem2Last !== "" && !VOWELS.includes(stem2Last) && !HUSHING.includes(stem2Last)) add(cut(word, 2, "ь"), ["ablt"], "m", 0.5);
    if (w.endsWith("ой")) add(cut(word, 2, "а"), ["gent", "datv", "ablt", "loct"], "f", 0.5);
    if (w.endsWith("ей")) add(cut(word, 2, "я"), ["gent", "datv", "ablt", "loct"], "f", 0.3);
    return out;
  }
  switch (last) {
    case "й":
      add(word, ["nomn"], "m", 0.6);
      // Names in -а decline alike for men and women: `Бактыкожой` is Бактыкожа's instrumental, whoever it is.
      if (w.endsWith("ой")) add(cut(word, 2, "а"), ["gent", "datv", "ablt", "loct"], null, 0.5);
      if (w.endsWith("ей")) add(cut(word, 2, "я"), ["gent", "datv", "ablt", "loct"], "f", 0.3);
      add(word, ALL_CASES, null, 0.3); // Джей: foreign names in -й are often left undeclined
      break;
    case "ь":
      add(word, ["nomn"], "m", 0.5);
      add(word, ALL_CASES, "f", 0.3);
      break;
    case "а":
      if (!VOWELS.includes(prev)) add(cut(word, 1), ["gent", "accs"], "m", 0.5);
      add(word, ["nomn"], "f", 0.5);
      break;
    case "я":
      add(word, ["nomn"], "f", 0.5);
      if (VOWELS.includes(prev)) add(cut(word, 1, "й"), ["gent", "accs"], "m", 0.4);
      break;
    case "у":
      if (!VOWELS.includes(prev)) add(cut(word, 1), ["datv"], "m", 0.5);
      add(cut(word, 1, "а"), ["accs"], "f", 0.3);
      add(word, ALL_CASES, null, 0.3);
      break;
    case "е":
      if (!VOWELS.includes(prev)) add(cut(word, 1), ["loct", "datv"], "m", 0.4);
      add(cut(word, 1, "а"), ["datv", "loct"], "f", 0.3);
      add(word, ALL_CASES, null, 0.4);
      break;
    case "ы":
      add(cut(word, 1, "а"), ["gent"], "f", 0.4);
      add(word, ALL_CASES, null, 0.4);
      break;
    case "и":
      add(word, ALL_CASES, null, 0.6);
      break;
    default:
      add(word, ALL_CASES, null, 0.7); // Марко, Джо, Ди
  }
  return out;
}

/** Readings of a given-name token. Hyphenated names decline only their last part; the first part
 *  fixes the gender (Касым-Жомарта: Касым is male, so Жомарта is a genitive, not a woman's name). */
export const givenReadings: (word: string) => Reading[] = boundedMemo(computeGivenReadings);

function computeGivenReadings(word: string): Reading[] {
  if (/^\p{Lu}\.$/u.test(word)) return [{ nom: word, cases: ALL_CASES, gender: null, weight: 1 }];
  const hyphen = word.lastIndexOf("-");
  if (hyphen > 0) {
    const headWord = word.slice(0, hyphen);
    const headReadings = givenReadings(headWord);
    const headGender = headReadings.find((r) => r.cases.includes("nomn"))?.gender ?? null;
    // `Франком-Вальтером`: a European double name declines both parts; `Касым-Жомарта` only its last.
    const declinedHead = (r: Reading) => headReadings.find((h) => h.nom !== headWord && h.cases.some((c) => c !== "nomn" && r.cases.includes(c)) && (h.gender === null || r.gender === null || h.gender === r.gender));
    return givenReadings(word.slice(hyphen + 1))
      .filter((r) => headGender === null || r.gender === null || r.gender === headGender)
      .map((r) => ({ ...r, nom: `${declinedHead(r)?.nom ?? headWord}-${r.nom}`, gender: r.gender ?? headGender }));
  }
  const known = [...givenReadingsFromLists(word), ...dictionaryGivenReadings(word)];
  return known.length > 0 ? known : ruleGivenReadings(word);
}
