import { givenReadings } from "./given-readings";
import { CASES, type Gender, type GramCase } from "./morph";
import { surnameReadings, type Reading } from "./name-readings";
import { patronymicReadings } from "./patronymic";

/** A name chain read in one case and gender, every part in the nominative. */
export interface ResolvedName {
  given: string[];
  patronymic: string | null;
  surname: string;
  gender: Gender | null;
  /** The chosen case, or null when the words fit several cases equally and nothing around decides. */
  grammaticalCase: GramCase | null;
  /** Every case the words fit as well as the chosen one (Ермека Кошербаева: gent and accs). */
  possibleCases: GramCase[];
  score: number;
}

export interface NameContext {
  /** Cases suggested by the context (the title head's case, a preposition). */
  caseHints: readonly GramCase[];
  /** The hints come from a title right before the name, which the name agrees with: stronger evidence
   *  than a word's own ending when the name is foreign (главой агентства Хироси Накамурой). */
  agreesWithTitle?: boolean;
  genderHint: Gender | null;
  /** Lower-case words written somewhere in the article: a nominative seen elsewhere confirms a reading. */
  seen: ReadonlySet<string>;
  /** A name written surname first (`Ким У Чжун`): so many words at its head never decline. */
  undeclinedLeading?: number;
}

type Role = "given" | "patronymic" | "surname";

/** How likely a surname-first name's last syllable ending in a vowel is left undeclined (`с Чон Ый Хва`). */
const UNDECLINED_SYLLABLE = 0.8;
/** A short syllable ending in a vowel (`Хва`, `Су`) or any word in `-о` (`Вэньтао`); not `Чуньлиня`, an oblique case. */
const UNDECLINED_ENDING = /^\p{L}{0,2}[аеиоуыэюя]$|о$/iu;

/** A name agrees in case with the title right before it, so a reading in another case is nearly ruled
 *  out: `главой агентства Хироси Накамурой` is Накамура in the instrumental, not a nominative
 *  `Накамурой`; `президентом совета Кэрол Беннет` is a woman's indeclinable name, not a man's nominative. */
const DISAGREES_WITH_TITLE = 0.2;

function rolesOf(words: string[]): Role[] {
  const n = words.length;
  if (n === 1) return ["surname"];
  const last = words[n - 1] ?? "";
  // Фамилия Имя Отчество (official documents): the patronymic comes last.
  if (n === 3 && patronymicReadings(last)) return ["surname", "given", "patronymic"];
  return words.map((w, i) => (i === n - 1 ? "surname" : i === n - 2 && n >= 3 && patronymicReadings(w) ? "patronymic" : "given"));
}

/** `Адилем Аль Джубейром`: the Arabic article written apart and capitalised never declines. */
const ARABIC_ARTICLE = /^(?:Аль|Эль|Ал|Эл)$/u;

function readingsFor(word: string, role: Role): Reading[] {
  if (role !== "surname" && ARABIC_ARTICLE.test(word)) return [{ nom: word, cases: [...CASES], gender: null, weight: 1 }];
  if (role === "patronymic") return patronymicReadings(word) ?? [];
  if (role === "given") return givenReadings(word);
  return surnameReadings(word);
}

interface Weighed {
  reading: Reading;
  weight: number;
}

function best(readings: Weighed[], c: GramCase, g: Gender): Weighed | null {
  let top: Weighed | null = null;
  for (const w of readings) {
    const r = w.reading;
    if (!r.cases.includes(c) || (r.gender !== null && r.gender !== g)) continue;
    if (!top || w.weight > top.weight) top = w;
  }
  return top;
}

/** A nominative written elsewhere in the article confirms the reading that produces it: `Ричарда Верму`
 *  is Верма in the accusative when `Верма провел` follows, not an indeclinable `Верму`. */
const SEEN_NOMINATIVE = 2.5;

/** A nominative written elsewhere in the article confirms the reading that produces it. */
function weigh(readings: Reading[], word: string, seen: ReadonlySet<string>): Weighed[] {
  const lowerWord = word.toLowerCase();
  return readings.map((reading) => {
    const lower = reading.nom.toLowerCase();
    return { reading, weight: lower !== lowerWord && seen.has(lower) ? reading.weight * SEEN_NOMINATIVE : reading.weight };
  });
}

/** Reads a chain of name words (given names, maybe a patronymic, then the surname) in the case and
 *  gender that fit all parts best: Касым-Жомарта Токаева → Касым-Жомарт Токаев (genitive, male),
 *  Анной Ивановой → Анна Иванова (instrumental, female). */
export function resolveName(words: string[], context: NameContext): ResolvedName {
  const roles = rolesOf(words);
  const leading = context.undeclinedLeading ?? 0;
  const undeclined = (w: string, weight: number): Weighed => ({ reading: { nom: w, cases: [...CASES], gender: null, weight }, weight });
  const readings = words.map((w, i) =>
    i < leading
      ? [undeclined(w, 1)]
      : // `Чон Ый Хва`, `Пак Чон Су`: a last syllable ending in a vowel does not decline either.
        [...weigh(readingsFor(w, roles[i] ?? "given"), w, context.seen), ...(leading > 0 && UNDECLINED_ENDING.test(w) ? [undeclined(w, UNDECLINED_SYLLABLE)] : [])],
  );
  // Every case and gender is scored first; the parts are put together once, for the best reading.
  let top: { c: GramCase; g: Gender; genderKnown: boolean; score: number; raw: number } | null = null;
  const rawScores = new Map<string, number>();
  for (const c of CASES) {
    for (const g of ["m", "f"] as const) {
      let raw = 1;
      let genderKnown = false;
      for (let i = 0; i < words.length; i++) {
        const w = best(readings[i] ?? [], c, g);
        if (w) {
          raw *= w.weight;
          if (w.reading.gender) genderKnown = true;
        } else raw *= 0.01;
      }
      rawScores.set(c + g, raw);
      let score = raw;
      if (context.caseHints.includes(c)) score *= 1.4;
      else if (context.agreesWithTitle && context.caseHints.length > 0) score *= DISAGREES_WITH_TITLE;
      if (context.genderHint === g) score *= 1.3;
      if (g === "m") score *= 1.05; // diplomatic news is mostly about men: a tie goes to the masculine
      if (c === "nomn") score *= 1.02;
      if (top && score <= top.score) continue;
      top = { c, g, genderKnown, score, raw };
    }
  }
  if (!top) {
    return { given: words.slice(0, -1), patronymic: null, surname: words.at(-1) ?? "", gender: null, grammaticalCase: null, possibleCases: [], score: 0 };
  }
  const parts = { given: [] as string[], patronymic: null as string | null, surname: "" };
  words.forEach((word, i) => {
    const nom = best(readings[i] ?? [], top.c, top.g)?.reading.nom ?? word;
    const role = roles[i];
    if (role === "surname") parts.surname = nom;
    else if (role === "patronymic") parts.patronymic = nom;
    else parts.given.push(nom);
  });
  const gender = top.genderKnown ? top.g : null;
  const g = gender ?? "m";
  const chosen = top.c;
  const topRaw = rawScores.get(`${chosen}${g}`) ?? top.raw;
  const possibleCases = CASES.filter((c) => (rawScores.get(c + g) ?? 0) >= topRaw * 0.999);
  const decided = possibleCases.length === 1 || context.caseHints.includes(chosen);
  return {
    given: parts.given,
    patronymic: parts.patronymic,
    surname: parts.surname,
    gender,
    grammaticalCase: decided ? chosen : null,
    possibleCases,
    score: top.score,
  };
}
