import { declineSurname } from "./declension";
import { isKnownGivenName, isListedGivenName } from "./given-readings";
import { caseOf, fromDictionary, genderOf, parseWord, type GramCase } from "./morph";
import { surnameReadings } from "./name-readings";
import { namedAfter } from "./title-span";
import { isCapitalized, isPlainSpace, type Token } from "./tokenize";
import { titleHeadParse } from "./word-class";
import { fold } from "@/lib/text/fold";

// A territory named after "штат" (штат Юта, штата Огайо) is a place in every case form of the article.
const STATE_NOUN = /^штат(а|е|у|ом)?$/;

const COMPASS = /^(?:южн|северн|западн)\p{L}*$/u;

/** Lower-case forms of the names the article introduces as US states: each case form of the word after
 *  "штат" (Юта → Юты, Юте, Юту, Ютой), so "губернатор Юты" or "Университет Юты" is not a person. */
export function stateNames(tokenized: Token[][]): Set<string> {
  const out = new Set<string>();
  for (const tokens of tokenized) {
    tokens.forEach((t, i) => {
      const next = tokens[i + 1];
      if (!STATE_NOUN.test(t.lower) || !next || !isCapitalized(next) || !isPlainSpace(next.gapBefore)) return;
      // `губернатором штата Кевином Ститтом`: a state's name stands in the nominative after «штата»; a
      // given name in the instrumental there starts the governor's name.
      // `губернатором штата Гэри Гербертом`: an indeclinable given name followed by a surname is the same.
      const after = tokens[i + 2];
      // (Only a name of the lists there: the dictionary knows `Юта` as a woman's name too.)
      if (/(?:ом|ем)$/.test(next.lower) && isKnownGivenName(next.text)) return;
      if (after && isCapitalized(after) && isPlainSpace(after.gapBefore) && isListedGivenName(next.text)) return;
      // `штата Южная Каролина`, `Северной Дакоты`: a state named by two words, both of them the place's.
      const named = COMPASS.test(next.lower) && after && isCapitalized(after) && isPlainSpace(after.gapBefore) ? [next, after] : [next];
      for (const word of named) {
        for (const r of surnameReadings(word.text)) {
          for (const form of Object.values(declineSurname(r.nom, "f"))) out.add(fold(form));
        }
        out.add(word.lower);
      }
    });
  }
  return out;
}

/** `с … Мухтаром Тлеуберди Государственный секретарь проведет …`: a capitalised adjective right before a
 *  post's head word begins that post, it does not end the name before it. */
export function opensPost(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !isPlainSpace(next.gapBefore) || titleHeadParse(next.text) === null) return false;
  const dictionary = parseWord(tokens[i]!.text).filter(fromDictionary);
  return dictionary.length > 0 && dictionary.every((p) => p.tag.POS === "ADJF");
}

/** An adjective-shaped capitalised word (-ский, -ского, -ская…) agreeing with the lower-case noun or
 *  adjective right after it is an attribute (Транскаспийского маршрута, Семипалатинский полигон),
 *  not a surname: a surname does not agree with the word that follows it. */
export function attributiveAdjective(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || isCapitalized(next) || !isPlainSpace(next.gapBefore)) return false;
  if (!(tokens[i - 1] && isCapitalized(tokens[i - 1]!)) && possessivePlural(t.lower, next.text)) return true;
  const readings = surnameReadings(t.text).filter((r) => /[сц]к(ий|ая)$/.test(r.nom.toLowerCase()));
  if (readings.length === 0) return false;
  return parseWord(next.text).some((p) => {
    if ((p.tag.POS !== "NOUN" && p.tag.POS !== "ADJF") || p.tag.plur) return false;
    const c = caseOf(p);
    const g = genderOf(p);
    return c !== null && readings.some((r) => r.cases.includes(c) && (g === null || r.gender === null || r.gender === g));
  });
}

/** A possessive adjective's plural (-овым, -евых, -иными …) by the cases it stands in. */
const POSSESSIVE_PLURAL: readonly [RegExp, readonly GramCase[]][] = [
  [/(?:ов|ев|ин)ыми$/, ["ablt"]],
  [/(?:ов|ев|ин)ым$/, ["datv"]],
  [/(?:ов|ев|ин)ых$/, ["gent", "loct", "accs"]],
  [/(?:ов|ев|ин)ы$/, ["nomn", "accs"]],
];

/** `к Авраамовым соглашениям`, `Авраамовых соглашений`: a possessive adjective in the plural agreeing with
 *  the plural noun after it; a surname is singular (a family's plural, `Ивановых`, is not followed by an
 *  agreeing noun). */
function possessivePlural(lower: string, nextText: string): boolean {
  const cases = POSSESSIVE_PLURAL.find(([re]) => re.test(lower))?.[1];
  // A short word after it (`Назарбаевым в`) is a preposition the dictionary also reads as a noun.
  if (!cases || nextText.length < 4) return false;
  return parseWord(nextText).some((p) => {
    const c = caseOf(p);
    return (p.tag.POS === "NOUN" || p.tag.POS === "ADJF") && !!p.tag.plur && c !== null && cases.includes(c);
  });
}

/** Names in quotation marks are organisations or works («Самрук-Казына», «Тау-Кен Самрук»), never a
 *  person: the word opens a quotation, or one opened a few words before is still open. */
export function quoted(tokens: Token[], i: number): boolean {
  // A straight quote opens after a space (`АО "Самрук-Энерго"`) and closes right after a word (`"Самрук-Энерго"
  // Алмасадамом Саткалиевым`: the name follows the closed quotation).
  const gap = tokens[i]?.gapBefore ?? "";
  if (/[«„“]\s*$/.test(gap) || /\s"\s*$/.test(gap) || (i === 0 && /^"\s*$/.test(gap))) return true;
  for (let k = i; k > Math.max(0, i - QUOTED_REACH); k--) {
    const gap = tokens[k]?.gapBefore ?? "";
    if (gap.includes("»")) return false;
    if (k < i && gap.includes("«")) return true;
  }
  return false;
}

/** `Торайгыров университет`, `университет имени Сатпаева`: a name that names an institution (or one
 *  named after someone) is not a person taking part in the story. */
const INSTITUTION = /^(?:университет|институт|колледж|лицей|школ|академи|музе|театр|фонд|центр|библиотек|завод|комбинат|аэропорт|проспект|улиц|бульвар|парк|стадион|месторождени)/u;

export function namesInstitution(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // `Назарбаев Университета`: the institution's noun may be capitalised as part of its name.
  if (next && isPlainSpace(next.gapBefore) && INSTITUTION.test(next.lower)) return true;
  const before = tokens[i - 1];
  if (!before) return false;
  if (namedAfter(tokens, i)) return true;
  // `в Институте Бейкера при Университете Райса, Школе Буша`: an institution named by a surname in the
  // genitive right after it (a person would be introduced by a post, not by an institution's name).
  return isCapitalized(before) && isPlainSpace(tokens[i]?.gapBefore ?? "") && INSTITUTION.test(before.lower);
}

/** How many words back an open guillemet still covers a name-like word. */
const QUOTED_REACH = 4;
