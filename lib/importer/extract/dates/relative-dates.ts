import { addDays, isoDate, parseIso, weekdayOfIso } from "./calendar";
import type { DateContext, DateMention } from "./date-mention";
import { PART_OF_YEAR_PATTERN, SEASON_PATTERN, WEEKDAY_PATTERN, weekdayNumber } from "./months";

type Resolver = (pub: string, ctx: DateContext, m: RegExpMatchArray) => Pick<DateMention, "date" | "precision"> | null;

const day = (date: string) => ({ date, precision: "day" as const });
function monthOf(iso: string, shift: number) {
  const { year, month } = parseIso(iso);
  const index = year * 12 + (month - 1) + shift;
  return { date: isoDate(Math.floor(index / 12), (index % 12) + 1, 1), precision: "month" as const };
}
function yearOf(iso: string, shift: number) {
  return { date: isoDate(parseIso(iso).year + shift, 1, 1), precision: "year" as const };
}

/** A week is reported at month precision when all of it lies in one month (true, if coarse), and
 *  not at all otherwise: the contract has no week precision and a wrong month would be invented. */
function weekOf(iso: string, shiftWeeks: number) {
  const monday = addDays(iso, -((weekdayOfIso(iso) + 6) % 7) + 7 * shiftWeeks);
  const sunday = addDays(monday, 6);
  return monday.slice(0, 7) === sunday.slice(0, 7) ? monthOf(monday, 0) : null;
}

/** `во вторник`: the last such weekday up to publication for a held event (a Tuesday report of
 *  `во вторник` means that day), the next one from publication for a planned event. */
function weekday(pub: string, target: number, tense: DateContext["tense"], strict: boolean): string {
  const diff = (target - weekdayOfIso(pub) + 7) % 7;
  // A wire story of a Wednesday announcing what happens `в среду` means that day (`в следующую среду` is next week).
  if (tense === "future") return addDays(pub, diff === 0 && strict ? 7 : diff);
  const back = (weekdayOfIso(pub) - target + 7) % 7;
  return addDays(pub, back === 0 && strict ? -7 : -back);
}

const RULES: readonly { re: RegExp; resolve: Resolver }[] = [
  { re: /(?<![а-яё])позавчера(?![а-яё])/giu, resolve: (p) => day(addDays(p, -2)) },
  // `накануне визита`, `накануне официальных встреч`, `накануне Дня …` is "on the eve of", not "yesterday".
  { re: /(?<![а-яё])(?:накануне|вчера)(?![а-яё])(?!\s+(?:[а-яё]+(?:ых|ого|ой|их|его)\s+)?(?:визита|встреч[аи]?|переговоров|саммита|выборов|праздника|форума|конференции|дня|нового|референдума|открытия|закрытия|начала|заседания|сессии|раунда|приезда|прилета|поездки)(?![а-яё]))/giu, resolve: (p) => day(addDays(p, -1)) },
  { re: /(?<![а-яё])сегодня(?![а-яё])/giu, resolve: (p) => day(p) },
  { re: /(?<![а-яё])послезавтра(?![а-яё])/giu, resolve: (p) => day(addDays(p, 2)) },
  { re: /(?<![а-яё])завтра(?![а-яё])/giu, resolve: (p) => day(addDays(p, 1)) },
  {
    re: new RegExp(String.raw`(?<![а-яё])(?:в|во)\s+(?:(?<mod>прошл(?:ый|ую|ое)|минувш(?:ий|ую|ее)|следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))\s+)?(?<wd>${WEEKDAY_PATTERN})(?![а-яё])(?!,?\s+\d{1,2}\s)`, "giu"),
    resolve: (p, ctx, m) => {
      const target = weekdayNumber(m.groups?.wd ?? "");
      if (target === null) return null;
      const mod = m.groups?.mod ?? "";
      const tense = /^(?:следующ|ближайш)/iu.test(mod) ? "future" : /^(?:прошл|минувш)/iu.test(mod) ? "past" : ctx.tense;
      return day(weekday(p, target, tense, mod !== ""));
    },
  },
  // `Среду Кажегельдин провел в Нью-Йорке`, `Весь вторник министр провел в …`, `Среду казахстанский лидер посвятил
  // бизнесу`: a weekday spent somewhere or on something, in the accusative with no preposition, opening the sentence.
  {
    re: /^(?:(?:весь|всю|целый|целую)\s+)?(?<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+(?:[а-яё-]+\s+){0,4}?(?:провел|посвятил|отдал)(?:а|и)?(?![а-яё])/giu,
    resolve: (p, ctx, m) => {
      const target = weekdayNumber(m.groups?.wd ?? "");
      return target === null ? null : day(weekday(p, target, ctx.tense, false));
    },
  },
  // `в минувшие выходные`: the weekend's first day, the last Saturday before publication (a report of the
  // Monday tells of the days just gone).
  { re: /(?<![а-яё])в\s+(?:прошлые|минувшие)\s+выходные/giu, resolve: (p) => day(weekday(p, 6, "past", true)) },
  { re: /(?<![а-яё])на\s+(?:прошлой|минувшей)\s+неделе/giu, resolve: (p) => weekOf(p, -1) },
  { re: /(?<![а-яё])на\s+(?:этой|текущей)\s+неделе/giu, resolve: (p) => weekOf(p, 0) },
  { re: /(?<![а-яё])на\s+(?:следующей|будущей|предстоящей)\s+неделе/giu, resolve: (p) => weekOf(p, 1) },
  { re: /(?<![а-яё])в\s+(?:прошлом|минувшем)\s+месяце/giu, resolve: (p) => monthOf(p, -1) },
  { re: /(?<![а-яё])в\s+(?:этом|текущем)\s+месяце/giu, resolve: (p) => monthOf(p, 0) },
  { re: /(?<![а-яё])в\s+(?:следующем|будущем|предстоящем)\s+месяце/giu, resolve: (p) => monthOf(p, 1) },
  { re: /(?<![а-яё])в\s+(?:прошлом|минувшем)\s+году/giu, resolve: (p) => yearOf(p, -1) },
  { re: /(?<![а-яё])в\s+(?:этом|текущем|нынешнем)\s+году/giu, resolve: (p) => yearOf(p, 0) },
  // `подписать до конца года`: by the end of the story's own year.
  { re: /(?<![а-яё])до\s+конца\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года/giu, resolve: (p) => yearOf(p, 0) },
  { re: /(?<![а-яё])(?:в\s+(?:следующем|будущем|предстоящем)\s+году|на\s+(?:следующий|будущий)\s+год)(?![а-яё])/giu, resolve: (p) => yearOf(p, 1) },
  // `в первом полугодии`, `во второй половине года`, `в первом квартале`, said alone: a part of the story's
  // own year.
  {
    re: /(?<![а-яё])(?:в|во)\s+(?:(?:первом|втором)\s+полугодии|(?:первой|второй)\s+половине\s+года|(?:первом|втором|третьем|четв[её]ртом)\s+квартале)(?!\s+(?:(?:19|20)\d{2}|прошлого|минувшего|этого|текущего|нынешнего|следующего|будущего)(?![а-яё]))/giu,
    resolve: (p) => yearOf(p, 0),
  },
  // `в первой половине следующего года`, `в конце текущего месяца`: a part of a relative year or month.
  {
    re: new RegExp(String.raw`(?<![а-яё])(?:(?:в\s+|во\s+)?${PART_OF_YEAR_PATTERN}|${SEASON_PATTERN})\s+(?<rel>прошлого|минувшего|этого|текущего|нынешнего|следующего|будущего)\s+(?<unit>года|месяца)(?![а-яё])`, "giu"),
    resolve: (p, _ctx, m) => {
      const rel = m.groups?.rel?.toLowerCase() ?? "";
      const shift = /^(?:прошл|минувш)/u.test(rel) ? -1 : /^(?:следующ|будущ)/u.test(rel) ? 1 : 0;
      return m.groups?.unit?.toLowerCase() === "месяца" ? monthOf(p, shift) : yearOf(p, shift);
    },
  },
];

/** Relative phrases resolved against the publication date. Without one the phrase is still
 *  reported (so a meeting knows it was dated) but with a null date: nothing is invented. */
export function findRelativeDates(text: string, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, resolve } of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const r = ctx.publishedOn ? resolve(ctx.publishedOn, ctx, m) : null;
      found.push({ start, end: start + m[0].length, text: m[0], date: r?.date ?? null, precision: r?.precision ?? "day", source: "relative" });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
