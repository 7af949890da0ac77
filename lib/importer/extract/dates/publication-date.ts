import type { DateSource } from "../../types";
import type { DatelineString } from "../../parse/dateline-string";
import { isoDate, isValidDay } from "./calendar";
import { inParticiplePhrase } from "./date-mention";
import { findExplicitDates } from "./explicit-dates";
import { inferYearFromMentions, inferYearFromWeekday } from "./infer-year";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, weekdayNumber } from "./months";

export interface PublicationDate {
  date: string | null;
  source: DateSource | null;
}

/** How many days from the dateline a weekday-and-date phrase may announce or recall. */
const ANNOUNCED_REACH = 7;

/** Title, lead and the first body sentence: where a wire story states the day of its news. */
const OPENING_SENTENCES = 3;

/** `в четверг, 5 февраля`, `четверг, 5 февраля`, `5 февраля, в четверг`. */
const WEEKDAY_DAYS = new RegExp(
  String.raw`(?:(?:^|[\s,(])(?:в|во)\s+)?(?<wd>${WEEKDAY_PATTERN}),?\s+(?<day>\d{1,2})\s+(?<month>${MONTH_PATTERN})(?:\s+(?<year>(?:19|20)\d{2}))?` +
    String.raw`|(?<day2>\d{1,2})\s+(?<month2>${MONTH_PATTERN}),?\s+(?:в|во)\s+(?<wd2>${WEEKDAY_PATTERN})`,
  "giu",
);

interface WeekdayDay {
  year: number | null;
  day: number;
  month: number;
  weekday: number;
}

/** `в пятницу` with no date: in a story opening with a dateline it is the dateline's day. */
const BARE_WEEKDAY = new RegExp(String.raw`(?:^|[\s,(])(?:в|во)\s+(?<wd>${WEEKDAY_PATTERN})(?![а-яё])(?!,?\s+\d)`, "iu");

interface BareWeekday {
  weekday: number;
  /** `… во вторник проведет переговоры`: told as still to come. */
  ahead: boolean;
}

/** The sentence's weekday of the news: its first bare weekday, past one inside a participle's phrase. */
const BARE_WEEKDAYS = new RegExp(BARE_WEEKDAY.source, "giu");

function newsWeekday(text: string): string | undefined {
  const all = [...text.matchAll(BARE_WEEKDAYS)];
  return (all.find((m) => !inParticiplePhrase(text, m.index)) ?? all[0])?.groups?.wd;
}

function findBareWeekday(texts: readonly string[]): BareWeekday | null {
  for (const text of texts.slice(0, OPENING_SENTENCES)) {
    const wd = newsWeekday(text);
    const weekday = wd ? weekdayNumber(wd) : null;
    if (weekday !== null) return { weekday, ahead: FUTURE_WORD.test(text) && !PAST_VERB.test(text) };
  }
  return null;
}

/** `НУР-СУЛТАН, 14 сен – … в понедельник провел встречу`: the weekday is the dateline's day or, as
 *  often, the day before it; a year the text names decides between the two readings. */
function bareWeekdayYear(day: number, month: number, { weekday, ahead }: BareWeekday, years: MentionedYears, held: readonly number[] = []): number | null {
  // A year the people in office rule out (`соглашения … 1993 года` beside Secretary Kerry) decides nothing.
  const inEra = (y: number) => !years.era || years.era.includes(y);
  const reported = (y: number | null) => y !== null && inEra(y) && years.years.includes(y) && !years.ahead.includes(y);
  // `Астана. 27 февраля. – Госсекретарь … во вторник проведет переговоры`: a weekday still to come is within
  // the week after the dateline, the nearest such reading the people in office allow.
  if (ahead) {
    for (let k = 1; k < 7; k++) {
      const y = inferYearFromWeekday(day, month, (weekday - k + 7) % 7, years);
      if (y !== null && years.era?.includes(y)) return y;
    }
  }
  const same = inferYearFromWeekday(day, month, weekday, years);
  if (reported(same)) return same;
  const before = day > 1 ? inferYearFromWeekday(day - 1, month, weekday, years) : null;
  if (reported(before)) return before;
  // Neither falls in a year the text reports: a reading before the latest year it reports as done (`В 2023
  // году Казахстан обеспечил …`) is not when it was written, nor one the people in office rule out (`ведет
  // переговоры с 1996 года` beside a minister of 2014–2016); else the one that fits the span its years allow.
  const latest = latestReportedYear(years);
  const possible = (y: number | null) => y !== null && inEra(y) && (latest === undefined || y >= latest);
  // `Во вторник … прошел саммит … . В среду президент принимал …` under a Wednesday's dateline: when both
  // readings are possible, the one putting the weekdays told as done nearer before the dateline wins (read
  // as the dateline's own day, Tuesday would make the Wednesday told as done six days old).
  if (possible(same) && possible(before) && held.length > 0 && lag(weekday, held) > lag((weekday + 1) % 7, held)) return before;
  return possible(same) ? same : possible(before) ? before : (same ?? before);
}

/** How many days before a dateline on `datelineWeekday` the weekdays told as done fall, in all. */
function lag(datelineWeekday: number, held: readonly number[]): number {
  return held.reduce((sum, w) => sum + ((datelineWeekday - w + 7) % 7), 0);
}

/** `В среду казахстанский президент поочередно принимал …`: weekdays of sentences telling what was done. */
const PAST_VERB = /(?<!\p{L})\p{L}{2,}(?:ал|ял|ил|ел|ла|ли|лся|лась|лись|лось)(?!\p{L})/u;
const FUTURE_WORD = /(?<!\p{L})(?:будет|будут|состоится|состоятся|пройдет|пройдёт|проведет|проведёт|примет|встретится|планирует\p{L}*|намечен\p{L}*|посетит|запланирован\p{L}*|ожидается)(?!\p{L})/iu;
function heldWeekdays(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (const text of texts) {
    const wd = BARE_WEEKDAY.exec(text)?.groups?.wd;
    const n = wd ? weekdayNumber(wd) : null;
    if (n !== null && PAST_VERB.test(text) && !FUTURE_WORD.test(text)) out.push(n);
  }
  return out;
}

/** `АСТАНА, 29 января – … саммит пройдет в декабре 2026 г.`, nothing else dated: a story tells what is
 *  to come within the year ahead, so the event's year if its month is still to come, else the year before. */
function yearBeforeAnnounced(month: number, years: MentionedYears): number | null {
  const next = years.aheadMonths?.[0];
  if (!next) return null;
  return next.month >= month ? next.year : next.year - 1;
}

/** `Об этом в среду, 7 апреля, сообщил …`: the weekday's day is when the news was told. */
const TOLD_AFTER = /^[,\s]*(?:[\p{L}-]+\s+){0,2}?(?:сообщил|заявил|объявил|рассказал|сообщили|заявили|объявили)\p{L}*(?!\p{L})/u;

/** The first weekday with its day in the text (`в среду, 7 апреля`) — the one telling when the news was told,
 *  when the story gives that besides the day of the event it announces. */
function findWeekdayDay(texts: readonly string[]): WeekdayDay | null {
  let first: WeekdayDay | null = null;
  for (const [k, text] of texts.entries()) {
    // The telling is in the lead, a sentence or two after the event's day.
    if (first && k >= OPENING_SENTENCES) break;
    for (const m of text.matchAll(WEEKDAY_DAYS)) {
      const g = m.groups;
      if (!g) continue;
      const weekday = weekdayNumber(g.wd ?? g.wd2 ?? "");
      const month = monthNumber(g.month ?? g.month2 ?? "");
      const day = Number(g.day ?? g.day2);
      if (weekday === null || month === null) continue;
      const found = { year: g.year ? Number(g.year) : null, day, month, weekday };
      if (TOLD_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) return found;
      first ??= found;
    }
  }
  return first;
}

/** When the article was published, and how we know: a ` date ` header; a dateline string
 *  (`Астана. 23 августа. КазТАГ –`, year from the dateline, a matching weekday phrase, the years the
 *  text names, or else the year in which the dateline's day is the `в пятницу` of the opening); else a weekday phrase in the text (`в четверг, 5 февраля`); else a full date in the
 *  opening sentences. Otherwise null. */
export function findPublicationDate(
  headerDate: string | null,
  dateline: DatelineString | null,
  texts: readonly string[],
  years: MentionedYears,
): PublicationDate {
  if (headerDate) return { date: headerDate, source: "header" };
  const weekdayDay = findWeekdayDay(texts);
  if (dateline?.day && dateline.month) {
    const { day, month } = dateline;
    const sameDay = weekdayDay && weekdayDay.day === day && weekdayDay.month === month ? weekdayDay : null;
    const bare = sameDay ? null : findBareWeekday(texts);
    const year =
      dateline.year ??
      (sameDay ? inferYearFromWeekday(day, month, sameDay.weekday, years) : null) ??
      // `Астана. 26 июня. – … в среду, 27 июня, прибудет`: the weekday of the day announced fixes the year too.
      (weekdayDay && !sameDay && weekdayDay.month === month && Math.abs(weekdayDay.day - day) <= ANNOUNCED_REACH ? inferYearFromWeekday(weekdayDay.day, month, weekdayDay.weekday, years) : null) ??
      // `Алматы. 2 июня. КазТАГ – … в понедельник`: the weekday of the dateline's day decides among the
      // years the text allows before the latest year it merely names.
      (bare !== null ? bareWeekdayYear(day, month, bare, years, heldWeekdays(texts)) : null) ??
      inferYearFromMentions(years) ??
      yearBeforeAnnounced(month, years);
    if (year !== null && isValidDay(year, month, day)) return { date: isoDate(year, month, day), source: "dateline" };
  }
  if (weekdayDay) {
    const year = weekdayDay.year ?? inferYearFromWeekday(weekdayDay.day, weekdayDay.month, weekdayDay.weekday, years);
    if (year !== null && isValidDay(year, weekdayDay.month, weekdayDay.day)) return { date: isoDate(year, weekdayDay.month, weekdayDay.day), source: "weekday" };
  }
  // `12 марта 2025 года в Государственном департаменте … состоялся`: a full date opening the story.
  for (const text of texts.slice(0, OPENING_SENTENCES)) {
    const full = findExplicitDates(text, { publishedOn: null, tense: "past" }).find((d) => d.precision === "day" && d.date);
    if (full?.date) return { date: full.date, source: "explicit" };
  }
  return { date: null, source: null };
}

/** How many days a page may come out after the news its dateline gives. */
const PAGE_LAG_DAYS = 7;

/** `date 1998-11-18` over `Астана, 17 ноября. … провел сегодня …`: a page whose first paragraph opens with an
 *  earlier dateline tells its `сегодня` and `накануне` from that day — the day of the news, not of the page.
 *  Null when there is no such dateline or it is not within a week before the header. */
export function newsDayOfPage(headerDate: string | null, dateline: DatelineString | null): string | null {
  if (!headerDate || !dateline?.day || !dateline.month) return null;
  const header = Number(headerDate.slice(0, 4));
  for (const year of [dateline.year ?? header, header - 1]) {
    if (!isValidDay(year, dateline.month, dateline.day)) continue;
    const day = isoDate(year, dateline.month, dateline.day);
    const lag = (Date.parse(headerDate) - Date.parse(day)) / 86_400_000;
    if (lag >= 1 && lag <= PAGE_LAG_DAYS) return day;
  }
  return null;
}
