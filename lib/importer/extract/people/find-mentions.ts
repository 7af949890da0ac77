import type { Gender, GramCase } from "./morph";
import { fold } from "@/lib/text/fold";
import { caseOf, fromDictionary, parseWord } from "./morph";
import { surnameReadings } from "./name-readings";
import { resolveName, type ResolvedName } from "./resolve-name";
import { attributiveAdjective, namesInstitution, opensPost, quoted } from "./not-a-name";
import { listedVariant, splitVariant, type Span } from "./split-title";
import { namedAfter } from "./title-span";
import { titleAfter, titleBefore, type TitleSpan } from "./title-span";
import { HONORIFIC } from "./data/title-words";
import { isAllCaps, isCommaGap, isPlainSpace, type Token } from "./tokenize";
import { classifyWord, type WordClass } from "./word-class";
import { givenReadings, isKnownGivenName } from "./given-readings";
import { isPlaceForm } from "../meetings/places";
import { curatedByForm, curatedBySurname } from "./curated-index";
import { surnameFirstEnd } from "./surname-first";

/** A name found in one sentence before the article-level linking. */
export interface RawMention {
  sentence: number;
  tokens: Token[];
  first: number; // token index
  last: number; // token index, inclusive
  words: string[];
  classes: (WordClass | "initial")[]; // one per word
  resolved: ResolvedName;
  title: TitleSpan | null;
  /** A person on its own evidence (a known given name, a surname shape, a title); weak mentions
   *  only link to people found elsewhere in the article. */
  strong: boolean;
  initials: boolean;
  /** Written surname first (`Ким У Чжун`): a Korean or Chinese name. */
  surnameFirst?: true;
  preposition?: string;
  governingWord?: string;
}

type RunClass = WordClass | "initial" | "particle";
const NAME_CLASSES = new Set<RunClass>(["given", "surname", "unknown", "common", "initial", "particle"]);

/** `Руди де Леон`, `Крис ван Холлен`, `Урсула фон дер Ляйен`: a lower-case particle inside a name belongs
 *  to the surname after it. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["де", "ван", "фон", "дер", "ди", "да", "дель", "делла", "дос", "дю", "ла", "ле", "бин", "бинт", "бен", "ибн"]);

/** Whether token i is a surname particle between a name word before it and a capitalised name word after. */
function isSurnameParticle(tokens: Token[], classes: RunClass[], i: number): boolean {
  const t = tokens[i]!;
  if (!SURNAME_PARTICLES.has(t.text) || !isPlainSpace(t.gapBefore)) return false;
  const before = classes[i - 1];
  if (before !== "given" && before !== "unknown" && before !== "particle") return false;
  const next = tokens[i + 1];
  if (!next || !isPlainSpace(next.gapBefore)) return false;
  if (SURNAME_PARTICLES.has(next.text)) return true; // фон дер
  const c = classifyWord(next);
  return c === "surname" || c === "unknown" || c === "common" || c === "given";
}
const CASE_OF_PREPOSITION: Record<string, GramCase[]> = {
  с: ["ablt"], со: ["ablt"], между: ["ablt"], к: ["datv"], ко: ["datv"], о: ["loct"], об: ["loct"], при: ["loct"],
  у: ["gent"], от: ["gent"], для: ["gent"], без: ["gent"], до: ["gent"], из: ["gent"], после: ["gent"],
};

/** The preposition right before a name or its title (`у Председателя Сената`), lower case. */
export function prepositionBefore(tokens: readonly Token[], index: number): string | undefined {
  const before = tokens[index - 1];
  if (before && isPlainSpace(tokens[index]?.gapBefore ?? "") && CASE_OF_PREPOSITION[before.lower]) return before.lower;
  // `побывал у своего казахстанского коллеги Мухтара Алтынбаева`: a colleague and the words describing him
  // stand between the preposition and the name.
  if (!before || !COLLEAGUE.test(before.lower) || !isPlainSpace(tokens[index]?.gapBefore ?? "")) return undefined;
  let k = index - 2;
  while (k >= index - 4 && tokens[k] && DESCRIBING.test(tokens[k]!.lower) && isPlainSpace(tokens[k + 1]?.gapBefore ?? "")) k--;
  const preposition = tokens[k];
  return preposition && isPlainSpace(tokens[k + 1]?.gapBefore ?? "") && CASE_OF_PREPOSITION[preposition.lower] ? preposition.lower : undefined;
}
const COLLEAGUE = /^коллег(?:и|е|у|ой|ами|ам)$/u;
const DESCRIBING = /^[\p{Ll}-]+(?:ого|его|ому|ему|ым|им|ой|ей|ими|ыми)$/u;

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && !!next && /^(?:[А-ЯЁ]|Дж)$/.test(t.text) && /^\.[ \u00a0]?-?[ \u00a0]?$/.test(next.gapBefore);
}

/** Regions named, not adjectived: `область Абай`, `области Жетысу`, `области Улытау`. */
const NAMED_REGIONS = new Set(["абай", "жетысу", "жетису", "улытау"]); // folded: Жетісу is `жетису`

/** `Монте Фрейзером` (the Fraser river), `Ричардом Лугаром`: right after a known given name, a word the
 *  dictionary knows only as a place the gazetteer lacks is the surname. */
function placeNamedSurname(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (!before || !isPlainSpace(t.gapBefore) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}/u.test(before.text) || isPlaceForm(t.text) || !isKnownGivenName(before.text)) return false;
  // Only the dictionary's readings of the word as written: `Маршалл` is the Marshall Islands, its
  // one-letter-off `маршал` a rank it does not spell.
  const dictionary = parseWord(t.text).filter((p) => fromDictionary(p) && p.word === t.lower);
  return dictionary.length > 0 && dictionary.every((p) => p.tag.Geox && !p.tag.plur);
}

/** Runs of capitalised name-like words separated by single spaces (initials by their dots). */
function nameRuns(
  tokens: Token[],
  places: ReadonlySet<string>,
  surnames: ReadonlySet<string>,
): { first: number; last: number; classes: RunClass[]; surnameFirst?: true }[] {
  const classes = tokens.map((t, i): RunClass => {
    if (isInitial(tokens, i)) return "initial";
    const read = classifyWord(t);
    // `Нишу Бисвал`: a dictionary word (`ниша`) that is the given name of a curated person with the next word.
    const next = tokens[i + 1];
    // `Пан Ги Мун`: so is the first of a curated person's three words.
    const third = tokens[i + 2];
    const curatedGiven =
      read === "common" && !!next && isPlainSpace(next.gapBefore) &&
      ((next.text.length > 2 && classifyWord(next) !== "stop" && curatedByForm(`${t.text} ${next.text}`) !== null) ||
        (!!third && isPlainSpace(third.gapBefore) && curatedByForm(`${t.text} ${next.text} ${third.text}`) !== null));
    const c = curatedGiven ? "given" : read === "common" && surnames.has(t.lower) ? "surname" : read === "stop" && placeNamedSurname(tokens, i) ? "surname" : read;
    if (c === "stop" || c === "title") return c;
    // `аким области Абай Берик Уали`: the regions named in 2022 (Абай, Жетысу, Улытау) follow the word.
    const regionName = NAMED_REGIONS.has(t.lower) && /^област(?:ь|и|ью)$/.test(tokens[i - 1]?.lower ?? "");
    // `мэр американского города Тусон Джонатан Ротшильд`: after `города` the city's name, unless a given
    // name begins the person.
    // So do `провинции Кёнсан-Пукто Ли Чхоль У`, `провинции Северная Чхунчхон Ким Ён Хван`: a province's name.
    const cityName =
      (/^(?:город(?:а|е|ом)?|провинци(?:и|я|ю|ей)|префектур(?:ы|а|е|ой))$/.test(tokens[i - 1]?.lower ?? "") ||
        (/^провинци(?:и|я|ю|ей)$/.test(tokens[i - 2]?.lower ?? "") && /^(?:Северн|Южн)\p{L}*$/u.test(tokens[i - 1]?.text ?? ""))) &&
      !isKnownGivenName(t.text);
    // `В Прово Казыханов встретился …`, `посетила Курчатов`: a known place right after `в` or a visit is
    // where, not who (`Ллойдом Остином` is not).
    const placeAfterIn = /^(?:в|во|посет\p{L}*)$/u.test(tokens[i - 1]?.lower ?? "") && isPlaceForm(t.text);
    // `портов Нового Орлеана`: the second word of a place named in two.
    const placeOfTwo = !!tokens[i - 1] && isPlainSpace(t.gapBefore) && isPlaceForm(`${tokens[i - 1]!.text} ${t.text}`);
    // `мэр Тусона Джордж Миллер`, `мэром Солт-Лейк-Сити Ральфом Беккером`: a known place right before a given
    // name ends the post, it does not begin the person.
    const placeBeforeName = !!next && isPlainSpace(next.gapBefore) && isPlaceForm(t.text) && isKnownGivenName(next.text) && !curatedBySurname(t.text);
    // `в мае Конаев посетит делегация`: a known place standing alone, no name-like word on either side, is
    // the place unless someone the article names in full bears it.
    // (`Мэр Тусона в гостях …`: a post opening a headline is no name.)
    const nameBeside = (!!next && isPlainSpace(next.gapBefore) && /^\p{Lu}/u.test(next.text)) || (!!tokens[i - 1] && isPlainSpace(t.gapBefore) && /^\p{Lu}/u.test(tokens[i - 1]!.text) && classifyWord(tokens[i - 1]!) !== "title");
    const lonePlace = (c === "surname" || c === "unknown") && !nameBeside && !surnames.has(t.lower) && isPlaceForm(t.text) && !curatedBySurname(t.text);
    return regionName || cityName || placeAfterIn || placeOfTwo || placeBeforeName || lonePlace || places.has(t.lower) || quoted(tokens, i) || (c === "surname" && (attributiveAdjective(tokens, i) || namesInstitution(tokens, i))) || (c === "common" && opensPost(tokens, i)) ? "stop" : c;
  });
  for (let i = 1; i < tokens.length; i++) if (isSurnameParticle(tokens, classes, i)) classes[i] = "particle";
  // `Ким У Чжун`, `Цянь Цичэнь`: a name written surname first is one run of its own, whatever its words read as.
  const surnameFirst = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const end = surnameFirstEnd(tokens, k);
    if (end < 0) continue;
    surnameFirst.set(k, end);
    for (let m = k; m <= end; m++) classes[m] = m === end ? "surname" : "given";
    k = end;
  }
  const runs: { first: number; last: number; classes: RunClass[]; surnameFirst?: true }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = surnameFirst.get(i);
    if (end !== undefined) {
      runs.push({ first: i, last: end, classes: classes.slice(i, end + 1), surnameFirst: true });
      i = end + 1;
      continue;
    }
    if (!NAME_CLASSES.has(classes[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      !surnameFirst.has(j + 1) &&
      NAME_CLASSES.has(classes[j + 1]!) &&
      (isPlainSpace(tokens[j + 1]!.gapBefore) || classes[j] === "initial")
    ) {
      j++;
    }
    let first = i;
    let last = j;
    while (last > first && classes[last] === "particle") last--;
    // Ordinary words capitalised at the start (sentence-initial "Особое") are not part of the name;
    // a capitalised dictionary word after a name-like word is a surname (Денис Мороз, Джаред Хаффман).
    while (first <= last && classes[first] === "common") first++;
    // `председатель Эксимбанка Филип Меррилл`: an unknown capitalised word after a lower-case post and before a
    // given name and another word names the post's body, not the person.
    if (last - first >= 2 && classes[first] === "unknown" && classes[first + 1] === "given" && /^\p{Ll}/u.test(tokens[first - 1]?.text ?? "") && !HONORIFIC.test(tokens[first - 1]?.lower ?? "")) first++;
    // `предшественник Мадиева Багдат Мусин`: the surname of someone the article names in full, right before
    // a given name and a surname, depends on the post before it; the name is the two words after it.
    if (last - first >= 2 && classes[first + 1] === "given" && surnames.has(tokens[first]?.lower ?? "")) first++;
    const runClasses = classes.slice(first, last + 1);
    // `министр … Кыргызстана Мелис Турганбаев`: a capitalised dictionary word inside a sentence, right
    // before a lone surname and in its case, is a given name the lists lack (`мелис` is a kind of sugar);
    // `председатель Сената Ашимбаев` is not (`Сената` is genitive, the surname nominative).
    if (first === last && runClasses[0] === "surname" && first - 1 > i - 1 && unlistedGivenName(tokens, first - 1, first)) {
      first--;
      runClasses.unshift("given");
    }
    // `с … Викторией Нуланд Кайрат Умаров обсудил`: two full names side by side are two people — a given
    // name after a surname starts the second (not `Токаев Касым-Жомарт Кемелевич`, a surname put first).
    // So is a given name after the surname of someone the article names in full (`Предшественник Элизабет Джонс
    // Уильям Кортни`, `ректором Нурланом Дулатбековым Уильям Мозер`), whatever the words after it read as.
    const second = runClasses[0] === "given"
      ? runClasses.findIndex((c, k) => k >= 2 && c === "given" && k + 1 < runClasses.length && (((runClasses[k - 1] === "surname" || runClasses[k - 1] === "unknown") && (runClasses[k + 1] === "surname" || (runClasses[k - 1] === "surname" && runClasses[k + 1] === "unknown" && k + 2 === runClasses.length))) || surnames.has(tokens[first + k - 1]?.lower ?? "")))
      : -1;
    // `31 октября в Остине дипломат …`: a lone capitalised word right after `в` is a place, not a person;
    // a lone surname in the plural is a family (`namesFamily`).
    if (first === last && (namesFamily(tokens[first]!, surnames) || /^(?:в|во)$/.test(tokens[first - 1]?.lower ?? ""))) {
      i = j + 1;
      continue;
    }
    // `С Нуртлеу Зея обсудила …`: two surnames of different curated people side by side are two people.
    const [leftPerson, rightPerson] = last === first + 1 && !runClasses.includes("given") && !isKnownGivenName(tokens[first]?.text ?? "") ? [first, last].map((k) => curatedBySurname(tokens[k]?.text ?? "")) : [];
    // `Накануне встречи с Клинтон Саудабаев провел …`: so do two surnames of people the article names in full,
    // though the first may also be a given name.
    const namedBoth = last === first + 1 && [first, last].every((k) => surnames.has(tokens[k]?.lower ?? ""));
    const twoSurnames = (!!leftPerson && !!rightPerson && leftPerson !== rightPerson) || namedBoth;
    // `Председателю правления Chevron Джону Уотсону Мынбаев обещал …`: the surname of someone the article names in
    // full, in a case the name before it cannot be in, is that person, the subject after an object.
    const trailing =
      last - first >= 2 && runClasses[0] === "given" && surnames.has(tokens[last]?.lower ?? "") && subjectAfterObject(tokens[last - 1]!, tokens[last]!) && !obliqueOfKnown(tokens[last]!, surnames);
    if (trailing) {
      runs.push({ first, last: last - 1, classes: runClasses.slice(0, -1) }, { first: last, last, classes: runClasses.slice(-1) });
    } else if (twoSurnames) {
      runs.push({ first, last: first, classes: runClasses.slice(0, 1) }, { first: last, last, classes: runClasses.slice(1) });
    } else if (first <= last && second > 0) {
      runs.push({ first, last: first + second - 1, classes: runClasses.slice(0, second) });
      runs.push({ first: first + second, last, classes: runClasses.slice(second) });
    } else if (first <= last) runs.push({ first, last, classes: runClasses });
    i = j + 1;
  }
  return runs;
}

/** `принимали в доме Назарбаевых`: the plural of a surname the article names in full is a family, not a person. */
export function namesFamily(token: Token, surnames: ReadonlySet<string>): boolean {
  return token.lower.endsWith("ых") && /(?:ов|ев|ёв|ин|ын)ых$/u.test(token.lower) && surnames.has(token.lower.slice(0, -2));
}

const PREPOSITIONS = new Set(["в", "во", "на", "о", "об", "при", "по", "из", "от", "до", "для", "за", "под", "над", "к", "ко", "у", "с", "со"]);

function unlistedGivenName(tokens: Token[], at: number, surname: number): boolean {
  const word = tokens[at];
  const after = tokens[surname];
  if (!word || !after || at === 0 || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  // `в Фонде Карнеги`: after a preposition the noun is a place or body named for someone.
  if (PREPOSITIONS.has(tokens[at - 1]?.lower ?? "")) return false;
  const cases = new Set(surnameReadings(after.text).flatMap((r) => r.cases));
  const readings = parseWord(word.text);
  return readings.length > 0 && readings.every((p) => p.tag.POS === "NOUN" && !p.tag.plur) && readings.some((p) => cases.has(caseOf(p) ?? "nomn"));
}

/** `Гюртуной`: a word that reads as another case of a surname the article names (`Гюртуна`), however it reads best. */
function obliqueOfKnown(t: Token, surnames: ReadonlySet<string>): boolean {
  return surnameReadings(t.text).some((r) => fold(r.nom) !== t.lower && surnames.has(fold(r.nom)));
}

/** The cases of a name word's likeliest readings. */
function likeliestCases(t: Token): GramCase[] {
  const readings = surnameReadings(t.text);
  const top = Math.max(...readings.map((r) => r.weight));
  return readings.filter((r) => r.weight === top).flatMap((r) => r.cases);
}

/** A subject's surname after a name in an oblique case (`Джону Уотсону Мынбаев`; not `Родэм Клинтон`, nor
 *  `Али Мюфит Гюртуна`, whose last word reads best as a genitive). */
function subjectAfterObject(a: Token, b: Token): boolean {
  const after = likeliestCases(b);
  return after.length > 0 && after.every((c) => c === "nomn") && !likeliestCases(a).includes("nomn");
}

const DECLINED_SURNAME = /(?:ов|ев|ёв|ин|ын|ский|цкий)$/u;

/** A word whose likeliest readings are all the nominative alone (any surname might be a woman's left
 *  undeclined, so only the likeliest count). */
function onlySubject(readings: readonly { cases: readonly string[]; weight: number }[]): boolean {
  const top = Math.max(...readings.map((r) => r.weight));
  const likeliest = readings.filter((r) => r.weight >= top);
  return likeliest.length > 0 && likeliest.every((r) => r.cases.length === 1 && r.cases[0] === "nomn");
}

function accepted(runClasses: RunClass[], titled: boolean): boolean {
  const classes = runClasses.filter((c) => c !== "particle");
  const head = classes[0];
  const tail = classes[classes.length - 1];
  if (classes.length === 1) return false;
  if (classes.length > 4) return false;
  if (head === "given" || head === "initial") return true;
  if (titled) return head !== "common";
  return tail === "surname" && !classes.includes("common");
}

// Nouns that make the names after them an eponym, not a person in the story
// (поправка Джексона – Вэника, закон Магнитского, премия Нобеля).
// (… and places named after someone: `авиабазе Эндрюс`, `авианосце «Рональд Рейган»`, `проспекте Абая`.)
const EPONYM_NOUNS = /^(поправк|закон|акт|доктрин|преми|формул|план|фонд|имени|проект|стратеги|мавзоле|памятник|музе|авиабаз|авианос|улиц|проспект|бульвар)/;

/** "Джексона – Вэника", "Молотова-Риббентропа": two surnames joined by a dash name a thing. */
function eponym(tokens: Token[], first: number, last: number, before: Token | undefined): boolean {
  if (before && EPONYM_NOUNS.test(before.lower)) return true;
  // `имени Сафи Утебаева`: a given name the run left out (an unknown word) stands between.
  const given = tokens[first - 1];
  const noun = tokens[first - 2];
  // `имени академика Букетова`: so does the rank or calling the person is honoured by.
  if (given && noun && isPlainSpace(given.gapBefore) && EPONYM_NOUNS.test(noun.lower) && (/^\p{Lu}/u.test(given.text) || (noun.lower === "имени" && /^\p{Ll}+$/u.test(given.text)))) return true;
  const dash = /^[ \u00a0]*[–—-][ \u00a0]*$/;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  // An abbreviation before the dash ends a post (`министром торговли США – Роном Кирком`), not a surname.
  // `…, Таджикистана – Сироджиддин Мухриддин`, `Узбекистан – Абдулазиз Камилов`: a country before the dash and a
  // given name after it are a list of who stood for whom.
  const countryFirst = !!prev && isPlaceForm(prev.text) && isKnownGivenName(tokens[first]!.text);
  return (!!next && dash.test(next.gapBefore) && /^\p{Lu}/u.test(next.text)) || (!!prev && dash.test(tokens[first]!.gapBefore) && /^\p{Lu}/u.test(prev.text) && !isAllCaps(prev) && !countryFirst);
}

function pastVerbGender(token: Token | undefined): Gender | null {
  if (!token) return null;
  const p = parseWord(token.text)[0];
  if (!p || p.tag.POS !== "VERB" || !p.tag.past) return null;
  return p.tag.masc ? "m" : p.tag.femn ? "f" : null;
}

/** Two names next to each other in a list: "А и Б", "А, Б". */
function joinsList(tokens: Token[], last: number, first: number): boolean {
  const between = tokens[last + 1];
  if (first === last + 1) return isCommaGap(tokens[first]?.gapBefore ?? "");
  if (first === last + 2 && between?.lower === "и" && isPlainSpace(between.gapBefore) && isPlainSpace(tokens[first]?.gapBefore ?? "")) return true;
  // `сенаторами Кори Гарднером (штат Колорадо) и Тэмми Дакворт`: an aside in brackets after a name of the list.
  if (!(tokens[last + 1]?.gapBefore ?? "").includes("(")) return false;
  for (let k = last + 2; k <= first && k <= last + 7; k++) {
    const gap = tokens[k]?.gapBefore ?? "";
    if (gap.includes("(")) return false;
    if (!gap.includes(")")) continue;
    if (k === first) return /^\)\s*,\s*$/u.test(gap);
    return k + 1 === first && tokens[k]?.lower === "и" && /^\)\s+$/u.test(gap) && isPlainSpace(tokens[first]?.gapBefore ?? "");
  }
  return false;
}

/** `президент Университета Пердью Мунг Чанг`, `Университета Бригама Янга Кевином Уортеном`: after an
 *  institution's noun a run of three words or more holds its name first and the person's given name and
 *  surname last (`Школе Буша` stays whole). */
const INSTITUTION = /^(?:университет|колледж|институт|школ|академи|фонд|корпораци|центр)\p{L}*$/u;

function withoutInstitutionName<R extends { first: number; last: number; classes: RunClass[]; surnameFirst?: true }>(tokens: Token[], run: R): R {
  // `президент корпорации Кан Ён Вон`: a name written surname first holds no institution's name.
  if (run.surnameFirst) return run;
  const before = tokens[run.first - 1];
  if (!before || !INSTITUTION.test(before.lower) || run.last - run.first < 2) return run;
  return { ...run, first: run.last - 1, classes: run.classes.slice(-2) };
}

/** `университета им. С.Сейфуллина Акылбек Куришбаев`, `КазНУ имени аль-Фараби`: the name an institution
 *  bears is part of the post; a person follows it only from a given name on. Null when none does. */
function withoutNamedAfter<R extends { first: number; last: number; classes: RunClass[] }>(tokens: Token[], run: R): R | null {
  if (!namedAfter(tokens, run.first)) return run;
  const person = run.classes.findIndex((c, k) => k > 0 && c === "given");
  return person < 0 ? null : { ...run, first: run.first + person, classes: run.classes.slice(person) };
}

/** Names in one sentence, each read in the nominative with the title attached to it. */
export function findMentions(
  sentence: number,
  tokens: Token[],
  seen: ReadonlySet<string>,
  places: ReadonlySet<string> = new Set(),
  surnames: ReadonlySet<string> = new Set(),
): RawMention[] {
  const runs = nameRuns(tokens, places, surnames).flatMap((run) => withoutNamedAfter(tokens, withoutInstitutionName(tokens, run)) ?? []);
  const blocked = new Set<number>();
  for (const run of runs) for (let k = run.first; k <= run.last; k++) blocked.add(k);
  const out: RawMention[] = [];
  let shared = null as TitleSpan | null;
  let ownVariant = null as Span | null;
  for (const [k, run] of runs.entries()) {
    const nextRun = runs[k + 1];
    const variant = nextRun ? listedVariant(tokens, run.last, nextRun.first) : null;
    const listed = nextRun !== undefined && (joinsList(tokens, run.last, nextRun.first) || variant !== null);
    const inherited = (s: TitleSpan): TitleSpan => {
      const split = ownVariant ? splitVariant(tokens, s, ownVariant) : undefined;
      return { ...s, endIndex: run.first, textEnd: s.textEnd ?? s.endIndex, ...(split ? { variant: split } : {}) };
    };
    // `сидели Мухтар Тлеуберди, министр иностранных дел Кыргызстана Жээнбек Кулубаев, …`: a post running up to
    // the next name is that name's, not an apposition to this one.
    const after = titleAfter(tokens, run.last + 1, blocked);
    const appositive = after && !(nextRun && after.endIndex >= nextRun.first) ? after : null;
    const found: TitleSpan | null =
      titleBefore(tokens, run.first, blocked, listed) ?? appositive ?? (shared ? inherited(shared) : null);
    const single = run.first === run.last;
    // `Накануне встречи с послом Токаев провел …`: a post in apposition agrees with the name in case; a
    // lone surname that can only be a subject, after a post in an oblique case, begins the next clause.
    // So does a given name and surname that can both only be a subject (`Принимал посла в акимате Архимед
    // Мухамбетов`; not `послом Бараком Обама`, whose surname the writer left undeclined).
    // Only a surname that declines in full (`-ов`, `-ин`, `-ский`) tells its case; `Юй Цзяньхуа` never declines,
    // and a plural title (`главы МИД Казахстана А, Киргизии Б`) is in the nominative plural.
    const pair = !single && run.last === run.first + 1 && run.classes[0] === "given" && run.classes[1] === "surname" && DECLINED_SURNAME.test(tokens[run.last]!.lower);
    const checked = found !== null && (single || (pair && !listed)) && found.endIndex === run.first && found.cases.length > 0;
    const subject = checked && onlySubject(surnameReadings(tokens[run.last]!.text)) && (single || onlySubject(givenReadings(tokens[run.first]!.text)));
    const title = subject && !found!.cases.includes("nomn") ? null : found;
    // A plural title goes on to the next name of the list (члены Палаты представителей Брукс и Ортис),
    // with its country replaced when the list names one per person (президенты Узбекистана А, Кыргызстана Б).
    shared = listed && title?.plural ? title : null;
    ownVariant = variant;
    const titleIsBefore = title !== null && title.endIndex === run.first;
    const isPerson = single ? run.classes[0] === "surname" || (title !== null && run.classes[0] !== "common") : accepted(run.classes, title !== null);
    // A middle initial after a full given name (`Энтони Дж. Блинкен`) is left out: the press names the
    // person without it, and with it the name would be another person's.
    const middleInitial = run.classes[0] !== "initial" && run.classes.includes("initial");
    const words: string[] = [];
    const wordClasses: (WordClass | "initial")[] = [];
    let particles = "";
    tokens.slice(run.first, run.last + 1).forEach((t, k) => {
      const c = run.classes[k]!;
      if (c === "particle") particles += `${t.text} `;
      else if (c !== "initial" || !middleInitial) {
        words.push(c === "initial" ? `${t.text}.` : particles + t.text);
        wordClasses.push(c);
        particles = "";
      }
    });
    // `«Карачаганак Петролиум Оперейтинг Б.В.»`: initials with no name after them are a company's legal form.
    if (wordClasses.every((c) => c === "initial")) continue;
    const leftmost = titleIsBefore ? title.startIndex : run.first;
    const before = tokens[leftmost - 1];
    const beforeGapOk = before !== undefined && isPlainSpace(tokens[leftmost]!.gapBefore);
    if (!titleIsBefore && eponym(tokens, run.first, run.last, beforeGapOk ? before : undefined)) continue;
    const preposition = prepositionBefore(tokens, leftmost);
    // `с исполняющей обязанности помощника … Элис Уэллс`: the preposition before the title narrows the cases
    // its head could stand in (исполняющей: genitive, dative, instrumental, locative) to its own.
    const governed = preposition ? (CASE_OF_PREPOSITION[preposition] ?? []) : [];
    const titleCases = titleIsBefore && governed.some((c) => title.cases.includes(c)) ? title.cases.filter((c) => governed.includes(c)) : titleIsBefore ? title.cases : [];
    const caseHints: GramCase[] = [...titleCases, ...(preposition && !titleIsBefore ? governed : [])];
    const next = tokens[run.last + 1];
    const verbGender = next && isPlainSpace(next.gapBefore) ? pastVerbGender(next) : null;
    if (verbGender && !titleIsBefore) caseHints.push("nomn");
    const resolved = resolveName(words, { caseHints, genderHint: verbGender, seen, agreesWithTitle: titleIsBefore && !verbGender, ...(run.surnameFirst ? { undeclinedLeading: words.length - 1 } : {}) });
    out.push({
      sentence,
      tokens,
      first: run.first,
      last: run.last,
      words,
      classes: wordClasses,
      resolved,
      title,
      strong: isPerson,
      initials: run.classes.includes("initial") && !middleInitial,
      ...(run.surnameFirst ? { surnameFirst: true as const } : {}),
      ...(preposition ? { preposition } : {}),
      ...(beforeGapOk && !preposition && before.lower.length > 1 ? { governingWord: before.lower } : {}),
    });
  }
  return out;
}
