import { MONTH_OR_ABBREVIATION_PATTERN, monthNumber } from "../extract/dates/months";
import { titleCasePlace } from "./place-case";

export interface DatelineString {
  place: string;
  day: number | null;
  month: number | null;
  year: number | null;
  source: string | null;
  /** Characters of the paragraph the dateline occupies, including the dash after it. */
  length: number;
}

/** `Астана`, `НУР-СУЛТАН`, `Солт-Лейк-Сити`, `ШАРМ-ЭШ-ШЕЙХ`, `Шарм-эш-Шейх` (a short particle inside). */
const PLACE = String.raw`(?<place>[А-ЯЁ][А-ЯЁа-яё]+(?:-[а-яё]{1,3}(?=-))?(?:[- ][А-ЯЁ][А-ЯЁа-яё]+){0,2})`;
/** `ДАВОС (Швейцария), 24 янв`: the country in brackets after a foreign city. */
const PLACE_COUNTRY = String.raw`(?:\s+\([А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ][а-яё]+)?\))?`;
const DATE = String.raw`(?<day>\d{1,2})\s+(?<month>${MONTH_OR_ABBREVIATION_PATTERN})(?:\s+(?<year>\d{4})(?:\s*(?:г\.|года?))?)?`;
const BRACKETED_SOURCE = String.raw`(?:\/(?<slash>[^/\n]{1,40})\/|\((?<paren>[^)\n]{1,40})\))`;
const BARE_SOURCE = String.raw`(?<bare>[A-Za-zА-ЯЁ][A-Za-zА-ЯЁа-яё«»"' -]{0,38}?)`;
const DASH = "[–—-]";
/** `— РИА Новости.`, `– Sputnik Казахстан.`: the agency after the dash, capitalised words closed by a
 *  stop, as Russian agencies other than TASS and KazTAG sign; `— РИА Новости, Андрей Смирнов.`: with the
 *  correspondent's name, which is a byline, not a person in the story. */
const SOURCE_AFTER_DASH = String.raw`(?<after>[A-ZА-ЯЁ][\p{L}-]*(?:\s+[A-ZА-ЯЁ][\p{L}-]*){0,3})(?:,\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё-]+)?\.\s+`;

/** `Алматы. 15 апреля. КазТАГ. Министр …`: an agency closed by a stop alone, accepted only by name (a bare
 *  word closed by a stop is as often the story's first sentence). */
const KNOWN_SOURCE_STOP = String.raw`(?<known>КазТАГ|Постфактум|Интерфакс(?:-Казахстан)?|ИНТЕРФАКС(?:-КАЗАХСТАН)?|Казинформ|ИТАР-ТАСС|ТАСС|РИА\s+Новости|Новости-Казахстан|Sputnik(?:\s+Казахстан)?)\.\s+`;

/** `Астана. 23 августа. КазТАГ –`, `АСТАНА, 6 февраля. /ТАСС/.`, `Вашингтон, 3 марта (Kazinform) —`,
 *  `АСТАНА, 5 февраля –`. A bare (unbracketed) agency name is only accepted when a date precedes it and
 *  a dash closes it, otherwise `Казахстан, США – партнеры` would read as a dateline; a hyphen closes it
 *  only after a space, since the name itself may hold one (`INTERFAX-KAZAKHSTAN -`). */
const WITH_DATE = new RegExp(
  String.raw`^${PLACE}${PLACE_COUNTRY}[.,]\s+${DATE}\s*[.,]?\s*` +
    String.raw`(?:${BRACKETED_SOURCE}\s*[.,]?\s*(?:${DASH}\s*)?|${KNOWN_SOURCE_STOP}|${BARE_SOURCE}(?:\s*\.?\s*[–—]|\.?\s+-)\s*|${DASH}\s*${SOURCE_AFTER_DASH}|${DASH}\s*)`,
  "u",
);
/** `АСТАНА (Kazinform) —`, `АСТАНА. /ТАСС/.`: no date, so the bracketed source is required. */
const WITHOUT_DATE = new RegExp(String.raw`^${PLACE}[.,]?\s*${BRACKETED_SOURCE}\s*[.,]?\s*(?:${DASH}\s*)?`);

/** `АСТАНА. 5 июня. Глава государства …`, `Алматы, 20 марта. Аким …`: place and date closed by a stop,
 *  no agency; the story's capitalised first word must follow. */
const DATE_ONLY = new RegExp(String.raw`^${PLACE}${PLACE_COUNTRY}[.,]\s+${DATE}\.\s+`, "u");

/** `ВАШИНГТОН — Посол …` (Voice of America, RFE/RL): the city in capitals and a dash, no date, no agency.
 *  Capitals alone tell a place from a sentence's first word; abbreviations (`США — …`, `ОДКБ — …`) are not. */
const CAPITALS_DASH = /^(?=[А-ЯЁ-]{4,}\s)(?<place>[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,}){0,2})\s+[—–]\s+/u;
const NOT_PLACES = new Set(["НАТО", "ОБСЕ", "ЕАЭС", "ОДКБ", "МАГАТЭ", "ЮНЕСКО", "ОПЕК", "АСЕАН", "СВМДА", "ТРАСЕКА"]);

function capitalsDash(paragraph: string): RegExpExecArray | null {
  const m = CAPITALS_DASH.exec(paragraph);
  return m && !NOT_PLACES.has(m.groups?.place ?? "") ? m : null;
}

export function readDatelineString(paragraph: string): DatelineString | null {
  const m = WITH_DATE.exec(paragraph) ?? DATE_ONLY.exec(paragraph) ?? WITHOUT_DATE.exec(paragraph) ?? capitalsDash(paragraph);
  if (!m?.groups) return null;
  const rest = paragraph.slice(m[0].length);
  const g = m.groups;
  // The dateline is followed by the story; if nothing (or a lowercase continuation) follows, it was prose —
  // unless a bracketed agency closes a line of its own (`АСТАНА, 6 июня. /Корр. ИТАР-ТАСС Станислав Ковалев/.`).
  const alone = rest.trim() === "" && (g.slash ?? g.paren ?? g.known) !== undefined;
  if (!alone && !/^[«"A-ZА-ЯЁ0-9]/.test(rest)) return null;
  const source = (g.slash ?? g.paren ?? g.known ?? g.bare ?? g.after ?? "").trim();
  return {
    place: titleCasePlace(g.place ?? ""),
    day: g.day ? Number(g.day) : null,
    month: g.month ? monthNumber(g.month) : null,
    year: g.year ? Number(g.year) : null,
    source: source === "" ? null : source,
    length: m[0].length,
  };
}

/** `АСТАНА, 9 декабря.` standing as a line of its own under the title (Izvestia, Kommersant, NG): the
 *  capitals line with the day of filing, the story on the next line. */
const DATED_CAPITALS_LINE = new RegExp(String.raw`^${PLACE}${PLACE_COUNTRY}[.,]\s+${DATE}\.?$`, "u");

export function readDatedCapitalsLine(line: string): DatelineString | null {
  const g = DATED_CAPITALS_LINE.exec(line.trim())?.groups;
  if (!g?.place || g.place !== g.place.toUpperCase()) return null;
  return { place: titleCasePlace(g.place), day: Number(g.day), month: monthNumber(g.month ?? ""), year: g.year ? Number(g.year) : null, source: null, length: 0 };
}
