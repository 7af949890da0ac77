import { isoDate, isValidDay, parseIso } from "./calendar";
import type { DateContext, DateMention } from "./date-mention";
import { MONTH_PATTERN, monthNumber, PART_OF_YEAR_ACCUSATIVE, PART_OF_YEAR_PATTERN, SEASON_PATTERN } from "./months";

const YEAR_WORD = String.raw`(?:\s*(?:года|году|г\.))?`;
const DAY_MONTH = new RegExp(
  String.raw`(?<![\d.])(?<day>\d{1,2})(?:\s*[–—-]\s*\d{1,2}|\s+по\s+\d{1,2})?\s+(?<month>${MONTH_PATTERN})(?![а-яё])(?:\s+(?<year>(?:19|20)\d{2})${YEAR_WORD})?`,
  "giu",
);
const NUMERIC = /(?<![\d.])(?<day>\d{2})\.(?<month>\d{2})\.(?<year>(?:19|20)\d{2})(?![\d.]\d)/g;
const MONTH_YEAR = new RegExp(
  String.raw`(?:^|[\s(])(?:в|во|до|с|к|на)?\s*(?:(?:начале|середине|конце|первой половине|второй половине)\s+)?(?<month>${MONTH_PATTERN})(?![а-яё])(?:\s+(?<year>(?:19|20)\d{2})${YEAR_WORD})?`,
  "giu",
);
/** `в 2025 году`; `в первой половине 2026 года`, `в конце 2025 года`, `в первом квартале 2018 года`, `весной
 *  2020 года`, `на первый квартал 2023 года` (a part of a year: year precision);
 *  `запланировано на 2025 год`. */
const YEAR_ONLY = new RegExp(
  String.raw`(?:^|\s)(?:в|во)\s+(?:(?:${PART_OF_YEAR_PATTERN}\s+(?<year2>(?:19|20)\d{2})\s*(?:года|г\.))|(?<year>(?:19|20)\d{2})\s*(?:году|г\.))|(?:^|\s)(?:запланирован|намечен|назначен)\p{L}*\s+на\s+(?<year3>(?:19|20)\d{2})\s*(?:год|г\.)|(?:^|\s)(?:${SEASON_PATTERN}|на\s+${PART_OF_YEAR_ACCUSATIVE})\s+(?<year4>(?:19|20)\d{2})\s*(?:года|г\.)`,
  "giu",
);

/** `январский визит`, `ноябрьские переговоры`: an event dated by its month's adjective. */
const MONTH_ADJECTIVES = ["январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск"];
const MONTH_ADJECTIVE = new RegExp(
  String.raw`(?<![а-яё])(?<adj>${MONTH_ADJECTIVES.join("|")})(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими|ое)\s+(?:[а-яё-]+\s+){0,2}?(?:визит|переговор|встреч|поездк|саммит|заседани|бесед|разговор|консультаци|форум)`,
  "giu",
);

/** A day and month without a year: the publication year, stepped back a year for a past event that
 *  would otherwise lie months after publication (`12 декабря` in a January report). */
function yearFor(month: number, ctx: DateContext): number | null {
  if (!ctx.publishedOn) return null;
  const pub = parseIso(ctx.publishedOn);
  if (ctx.tense === "past" && month > pub.month + 1) return pub.year - 1;
  if (ctx.tense === "future" && month < pub.month - 1) return pub.year + 1;
  return pub.year;
}

function overlaps(found: readonly DateMention[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

/** `5 ноября 2025 года`, `5–6 февраля`, `с 18 по 22 марта` (its first day), `05.02.2026` (day); `в марте 2026 года`, `в начале марта`
 *  (month); `в 2025 году` (year). Explicit: the text says the date; a missing year is taken from the
 *  publication date, never guessed without one. */
export function findExplicitDates(text: string, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  const add = (start: number, end: number, date: string | null, precision: DateMention["precision"]) => {
    if (!overlaps(found, start, end)) found.push({ start, end, text: text.slice(start, end), date, precision, source: "explicit" });
  };
  for (const m of text.matchAll(DAY_MONTH)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.month ?? "") ?? 0;
    const day = Number(g.day);
    const year = g.year ? Number(g.year) : yearFor(month, ctx);
    const date = year !== null && isValidDay(year, month, day) ? isoDate(year, month, day) : null;
    add(m.index ?? 0, (m.index ?? 0) + m[0].length, date, "day");
  }
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups ?? {};
    const [y, mo, d] = [Number(g.year), Number(g.month), Number(g.day)];
    if (isValidDay(y, mo, d)) add(m.index ?? 0, (m.index ?? 0) + m[0].length, isoDate(y, mo, d), "day");
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const g = m.groups ?? {};
    const month = monthNumber(g.month ?? "") ?? 0;
    // A bare nominative/genitive month word without `в` or a year is too weak (`Министерство марта`?).
    if (!g.year && !/^\s*\(?(?:в|во|до|с|к|на)\s/iu.test(m[0]) && !/начале|середине|конце|половине/iu.test(m[0])) continue;
    const year = g.year ? Number(g.year) : yearFor(month, ctx);
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    add(start, (m.index ?? 0) + m[0].length, year !== null ? isoDate(year, month, 1) : null, "month");
  }
  for (const m of text.matchAll(MONTH_ADJECTIVE)) {
    const month = MONTH_ADJECTIVES.indexOf((m.groups?.adj ?? "").toLowerCase()) + 1;
    const year = yearFor(month, ctx);
    const end = (m.index ?? 0) + m[0].search(/\s/u);
    add(m.index ?? 0, end, year !== null ? isoDate(year, month, 1) : null, "month");
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    add(start, (m.index ?? 0) + m[0].length, isoDate(Number(m.groups?.year ?? m.groups?.year2 ?? m.groups?.year3 ?? m.groups?.year4), 1, 1), "year");
  }
  return found.sort((a, b) => a.start - b.start);
}
