/** Russian month names in the forms the press uses: genitive after a day (`5 февраля`), prepositional
 *  after `в` (`в феврале`), nominative in headers. Index = month number − 1. */
const MONTH_FORMS: readonly (readonly string[])[] = [
  ["января", "январе", "январь"],
  ["февраля", "феврале", "февраль"],
  ["марта", "марте", "март"],
  ["апреля", "апреле", "апрель"],
  ["мая", "мае", "май"],
  ["июня", "июне", "июнь"],
  ["июля", "июле", "июль"],
  ["августа", "августе", "август"],
  ["сентября", "сентябре", "сентябрь"],
  ["октября", "октябре", "октябрь"],
  ["ноября", "ноябре", "ноябрь"],
  ["декабря", "декабре", "декабрь"],
];

const byForm = new Map<string, number>();
MONTH_FORMS.forEach((forms, i) => forms.forEach((f) => byForm.set(f, i + 1)));

/** Alternation for regular expressions, longest first so `марте` is not read as `март`. */
export const MONTH_PATTERN = [...byForm.keys()].sort((a, b) => b.length - a.length).join("|");

/** Abbreviations agency datelines use (`ТАШКЕНТ, 16 окт — РИА Новости.`); only datelines read them,
 *  since in running text `в сен…` or `мар…` would too often be the start of another word. */
const ABBREVIATIONS: readonly (readonly string[])[] = [
  ["янв"], ["фев", "февр"], ["мар"], ["апр"], [], ["июн"], ["июл"], ["авг"], ["сен", "сент"], ["окт"], ["ноя", "нояб"], ["дек"],
];
const byAbbreviation = new Map<string, number>();
ABBREVIATIONS.forEach((forms, i) => forms.forEach((f) => byAbbreviation.set(f, i + 1)));

export const MONTH_OR_ABBREVIATION_PATTERN = [...byForm.keys(), ...byAbbreviation.keys()]
  .sort((a, b) => b.length - a.length)
  .map((f) => (byAbbreviation.has(f) ? String.raw`${f}\.?(?![а-яё])` : f))
  .join("|");

export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, "");
  return byForm.get(lower) ?? byAbbreviation.get(lower) ?? null;
}

/** Weekdays as the press writes them after `в/во` (accusative) and in the nominative; 0 = Sunday
 *  as in `Date.getUTCDay`. */
const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  ["воскресенье"],
  ["понедельник"],
  ["вторник"],
  ["среду", "среда"],
  ["четверг"],
  ["пятницу", "пятница"],
  ["субботу", "суббота"],
];

const weekdayByForm = new Map<string, number>();
WEEKDAY_FORMS.forEach((forms, i) => forms.forEach((f) => weekdayByForm.set(f, i)));

export const WEEKDAY_PATTERN = [...weekdayByForm.keys()].sort((a, b) => b.length - a.length).join("|");

export function weekdayNumber(word: string): number | null {
  return weekdayByForm.get(word.toLowerCase()) ?? null;
}

/** A part of a year (`в начале`, `во второй половине`, `в первом полугодии`, `в третьем квартале` … of
 *  a year): dates told so have the year's precision. */
export const PART_OF_YEAR_PATTERN = String.raw`(?:начале|середине|конце|первой\s+половине|второй\s+половине|первом\s+полугодии|втором\s+полугодии|(?:первом|втором|третьем|четв[её]ртом)\s+квартале)`;

/** The same parts after `на` (`перенесен на первый квартал 2023 года`, `намечен на конец года`). */
export const PART_OF_YEAR_ACCUSATIVE = String.raw`(?:начало|середину|конец|первую\s+половину|вторую\s+половину|первое\s+полугодие|второе\s+полугодие|(?:первый|второй|третий|четв[её]ртый)\s+квартал)`;

/** A season of a year (`весной 2020 года`, `на осень текущего года`): said without `в`, of the year's precision. */
export const SEASON_PATTERN = String.raw`(?:весной|летом|осенью|зимой|на\s+(?:весну|лето|осень|зиму))`;
