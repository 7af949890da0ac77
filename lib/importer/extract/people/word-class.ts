import type { AzParse } from "az";
import { NON_PERSON_PREFIXES, NON_PERSON_WORDS } from "./data/non-person-words";
import { INDECLINABLE_HEADS, ORDINAL_NOMINATIVE, SUBSTANTIVE_HEADS, TITLE_HEADS } from "./data/title-words";
import { isKnownGivenName, isListedGivenName } from "./given-readings";
import { caseOf, fromDictionary, parseWord, type GramCase } from "./morph";
import { isAllCaps, isCapitalized, isCyrillic, type Token } from "./tokenize";
import { boundedMemo } from "./bounded-memo";
import { curatedBySurname } from "./curated-index";
import { capitalizeLike } from "./letter-case";
import { surnameReadings } from "./name-readings";

/** What a capitalised word can be inside a name chain.
 *  stop: never a name (lower case, Latin, abbreviation, place, institution, month, title word);
 *  given: a known given name; surname: a known or surname-shaped surname; common: an ordinary
 *  dictionary word; unknown: not in any dictionary (most foreign surnames: Дэйнсом, Рубио, Вэнс). */
export type WordClass = "stop" | "title" | "given" | "surname" | "common" | "unknown";

const SURNAME_SHAPE = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|овым|евым|иным|ове|еве|ине|овой|евой|иной|[сц]кий|[сц]кая|[сц]кого|[сц]кому|[сц]ким|[сц]ком|[сц]кой|[сц]кую|улы|кызы)$/;

export function isNonPersonWord(lower: string): boolean {
  return NON_PERSON_WORDS.has(lower) || NON_PERSON_PREFIXES.some((p) => lower.startsWith(p));
}

/** `аль-Мухейри`, `ибн-Сауд`, `ан-Наими`, `ас-Сиси`: an Arabic surname's particle (the article assimilated
 *  to the sound after it), lower case before a capitalised name. */
const NAME_PARTICLE = /^(?:аль|эль|ибн|бин|ан|ар|ас|ат|ад|аз|аш|эн|эр|эс|эт|эд|эш)-\p{Lu}\p{Ll}+$/u;

export function classifyWord(token: Token): WordClass {
  if (NAME_PARTICLE.test(token.text)) return "surname";
  if (!isCapitalized(token) || !isCyrillic(token) || isAllCaps(token) || token.text.length < 2) return "stop";
  // Every part of a hyphenated name is capitalised (Касым-Жомарт); a lower-case part makes a compound
  // adjective or noun (Американо-казахстанский, Северо-восточный).
  if (/[-‐‑]\p{Ll}/u.test(token.text)) return "stop";
  return classifyCached(token.text, token.lower);
}

const classifyCached = boundedMemo((text: string, lower: string) => classifyUncached(text, lower));

function classifyUncached(word: string, lower: string): WordClass {
  if (NON_PERSON_WORDS.has(lower)) return "stop";
  // A place's or an agency's prefix (`берлин`, `блумберг`) is no name, unless the word reads only as a
  // surname longer than it (`Москвин`; `Берлинер`, which the dictionary does not hold but its ending makes one).
  const prefix = NON_PERSON_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix !== undefined && !readsOnlyAsLongerSurname(word, prefix)) return "stop";
  if (titleHeadParse(word)) return "title";
  const parses = parseWord(word);
  const dictionary = parses.filter(fromDictionary);
  const best = dictionary[0];
  if (isListedGivenName(word)) return "given";
  // A singular place (Вашингтон). Plural "places" are misreadings of -ев surnames (Токаев → Токай).
  // … unless a curated person bears it (`Узра Зея`, not the river Zeya).
  // `Ричарда Лугара` (az reads a place `Лугара`): a curated surname in any of its case forms.
  // … not a place the dictionary reaches only by correcting the spelling (`Маллином` read as the town Малин).
  if (best && best.tag.Geox && !best.tag.plur && !dictionary.some((p) => p.tag.Name || p.tag.Surn) && sameStem(lower, best.normalize().word)) {
    const curated = curatedBySurname(word) || curatedBySurname(capitalizeLike(word, best.normalize().word)) || surnameReadings(word).some((r) => curatedBySurname(r.nom));
    return curated ? "surname" : "stop";
  }
  if (isKnownGivenName(word)) return "given";
  if (dictionary.some((p) => p.tag.Surn)) return "surname";
  if (dictionary.length > 0 && !dictionary.some((p) => p.tag.Name || p.tag.Patr)) return "common";
  if (SURNAME_SHAPE.test(lower)) return "surname";
  return "unknown";
}

function readsOnlyAsLongerSurname(word: string, prefix: string): boolean {
  const parses = parseWord(word);
  return parses.some((p) => p.tag.Surn && p.normalize().word.length >= prefix.length + 2) && parses.every((p) => p.tag.Surn || !fromDictionary(p));
}

/** Whether a word is a form of a lemma as written, not a spelling the dictionary corrected on the way. */
function sameStem(lower: string, lemma: string): boolean {
  return lower.replace(/ё/g, "е").startsWith(lemma.replace(/ё/g, "е").slice(0, Math.max(3, lemma.length - 1)));
}

export function hasSurnameShape(lower: string): boolean {
  return SURNAME_SHAPE.test(lower);
}

/** The parse that makes a word a post title in the singular (заместителем, Вице-президент), or null.
 *  Plurals are not titles of one person (представителей более 50 стран). */
export const titleHeadParse: (word: string) => AzParse | "indeclinable" | null = boundedMemo((word: string) =>
  // `после` is the preposition (`после встречи`) far more often than `о после США`.
  PREPOSITION_NOT_TITLE.has(word.toLowerCase()) ? null : findTitleHeadParse(word, false),
);

const PREPOSITION_NOT_TITLE: ReadonlySet<string> = new Set(["после"]);

/** The parse that makes a word a post title in the plural (члены Палаты представителей), or null: a
 *  title shared by the names that follow it. */
export const pluralTitleHeadParse: (word: string) => AzParse | null = boundedMemo((word: string) => {
  const parse = findTitleHeadParse(word, true);
  return parse === "indeclinable" ? null : parse;
});

/** The head's lemma: a noun's dictionary form; for an adjective or participle used as a noun
 *  (поверенным, командующим) its masculine nominative, since Az.js lemmatises participles to verbs. */
export function headLemma(p: AzParse): string | null {
  if (p.tag.POS === "NOUN") return p.normalize().word;
  if (p.tag.POS !== "ADJF" && p.tag.POS !== "PRTF") return null;
  const word = p.word.toLowerCase();
  for (const lemma of SUBSTANTIVE_HEADS) {
    if (word.startsWith(lemma.slice(0, -2)) && ADJECTIVE_ENDING.test(word.slice(lemma.length - 2))) return lemma;
  }
  return null;
}

const ADJECTIVE_ENDING = /^(ый|ий|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ой|ей|ую|юю|ые|ие|ых|их|ыми|ими)$/;

/** Kazakh posts Az.js's dictionary lacks (it guesses `акимом` from `аким`): their guessed forms count. */
const GUESSED_HEADS: ReadonlySet<string> = new Set(["аким", "генконсул"]);
const GUESSED_HEADS_PREFIX = new RegExp(`^(?:${[...GUESSED_HEADS].join("|")})`);

function findTitleHeadParse(word: string, plural: boolean): AzParse | "indeclinable" | null {
  const direct = directTitleHeadParse(word, plural);
  if (direct) return direct;
  const compound = compoundHead(word);
  return compound ? directTitleHeadParse(compound.head, plural) : null;
}

function directTitleHeadParse(word: string, plural: boolean): AzParse | "indeclinable" | null {
  const lower = word.toLowerCase();
  if (INDECLINABLE_HEADS.has(lower)) return plural ? null : "indeclinable";
  // Guessed readings are many and normalising each is slow: only a known guessed head's are looked at.
  const guessedHead = GUESSED_HEADS_PREFIX.test(lower);
  for (const p of parseWord(word)) {
    if (!!p.tag.plur !== plural) continue;
    const known = fromDictionary(p) || lower.includes("-");
    if (!known && !guessedHead) continue;
    const lemma = headLemma(p);
    if (!known && !(lemma && GUESSED_HEADS.has(lemma))) continue;
    if (lemma && TITLE_HEADS.has(lemma)) return p;
  }
  return null;
}

/** `сенатором-республиканцем`, `конгрессмен-демократ`: a post and a noun in apposition written as one
 *  word, which Az.js does not read as a post. The post half is the head; both halves decline. Null for
 *  any word Az.js already reads as a post (вице-президент, премьер-министр). */
export const compoundHead: (word: string) => { head: string; tail: string } | null = boundedMemo((word: string) => {
  const parts = word.split("-");
  if (parts.length !== 2 || directTitleHeadParse(word, false) || directTitleHeadParse(word, true)) return null;
  const [head = "", tail = ""] = parts;
  if (head.length < 3 || tail.length < 3) return null;
  const headCases = new Set([...findTitleHeadCases(head, false), ...findTitleHeadCases(head, true)]);
  const tailNoun = parseWord(tail).some((p) => fromDictionary(p) && p.tag.POS === "NOUN" && headCases.has(caseOf(p) ?? "nomn"));
  return tailNoun ? { head, tail } : null;
});

/** Cases the title head word can stand in (for agreement with the name after it). */
export const titleHeadCases: (word: string) => GramCase[] = boundedMemo((word: string) => findTitleHeadCases(word, false));
export const pluralTitleHeadCases: (word: string) => GramCase[] = boundedMemo((word: string) => findTitleHeadCases(word, true));

function findTitleHeadCases(word: string, plural: boolean): GramCase[] {
  const lower = word.toLowerCase();
  if (INDECLINABLE_HEADS.has(lower)) return [];
  const compound = word.includes("-") ? compoundHead(word) : null;
  if (compound) {
    const tail = new Set(wordCases(compound.tail));
    return findTitleHeadCases(compound.head, plural).filter((c) => tail.has(c));
  }
  const out = new Set<GramCase>();
  for (const p of parseWord(word)) {
    if (!!p.tag.plur !== plural) continue;
    const lemma = headLemma(p);
    if (!lemma || !TITLE_HEADS.has(lemma)) continue;
    const c = caseOf(p);
    // A post names a person: `член`, `посол` read as things (a limb, salting) give an accusative the
    // person's title never has (`член Палаты Ами Бера` is nominative, not Бер's accusative).
    if (c === "accs" && p.tag.inan) continue;
    if (c) out.add(c);
  }
  return [...out];
}

export function partOfSpeech(word: string): string | undefined {
  return parseWord(word)[0]?.tag.POS;
}

export function isAdjective(word: string): boolean {
  const p = parseWord(word)[0];
  return p?.tag.POS === "ADJF" || (p?.tag.POS === "PRTF" && !!p.tag.Anum) || isOrdinal(word);
}

/** первый, второго… (Az.js reads some forms as the cardinal один). */
export function isOrdinal(word: string): boolean {
  const lower = word.toLowerCase();
  return Object.keys(ORDINAL_NOMINATIVE).some((stem) => lower.startsWith(stem) && ORDINAL_ENDING.test(lower.slice(stem.length)));
}

const ORDINAL_ENDING = /^(ый|ой|ий|ого|его|ому|ему|ым|им|ом|ем|ая|ую|ые|ых|ыми|ье|ья|ью|ьего|ьему|ьим|ьем|ьей|ьих|ьими)$/;

/** Cases a noun or adjective can stand in. */
export const wordCases: (word: string) => GramCase[] = boundedMemo((word: string) => {
  const out = new Set<GramCase>();
  for (const p of parseWord(word)) {
    if (p.tag.POS !== "NOUN" && p.tag.POS !== "ADJF") continue;
    const c = caseOf(p);
    if (c) out.add(c);
  }
  return [...out];
});
