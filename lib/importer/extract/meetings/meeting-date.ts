import type { DatePrecision, DateSource, Sentence } from "../../types";
import { findDates, inParticiplePhrase } from "../dates";
import type { Draft } from "./draft";
import type { MeetingsInput } from "./input";

export interface MeetingDate {
  date: string | null;
  precision: DatePrecision | null;
  source: DateSource | null;
  sentence: number | null;
}

/** The meeting's own date when one of its trigger sentences states one (a held meeting cannot be
 *  after publication; a planned one not before); else, for a held meeting reported as news, the
 *  publication date with the way that was obtained. A planned meeting without a date stays null. */
export function meetingDate(
  d: Draft,
  sentences: readonly Sentence[],
  publishedOn: string | null,
  publishedOnSource: DateSource | null,
): MeetingDate {
  const tense = d.status === "held" ? "past" : "future";
  for (const i of [...d.triggerSentences].sort((a, b) => a - b)) {
    const text = sentences[i]?.text ?? "";
    // `проведут переговоры в воскресенье, 11 апреля, накануне открытия Саммита`: the sentence's day is the eve's.
    if (d.triggerSentences.length > 1 && EVE_OF.test(text.slice(0, d.triggerStarts.get(i) ?? 0))) continue;
    const fitting = findDates(text, { publishedOn, tense }).filter(
      (m) =>
        m.date !== null &&
        !(publishedOn && tense === "past" && m.date > publishedOn) &&
        // A plan is not before the story's month (its year, when only the year is told: `в первом полугодии`).
        !(publishedOn && tense === "future" && m.date.slice(0, m.precision === "year" ? 4 : 7) < publishedOn.slice(0, m.precision === "year" ? 4 : 7)),
    );
    // `Посол, прибывший в Астану на прошлой неделе, во вторник вручил …`: the date in the trigger's own
    // part of the sentence is the event's; another part's belongs to what that part tells.
    const [from, to] = segmentAround(text, d.triggerStarts.get(i));
    // `… в общих дебатах 77-й сессии, которые откроются 20 сентября`, `… в заседании Совета министров,
    // открывшемся в Афинах во вторник`: a relative or participle clause right after the trigger's part still
    // tells of the event.
    // Not a clause about the person or city named just before it (`с сенатором Дэйнсом, который в марте сам
    // побывал в Астане`).
    const relative = /^,\s*(?:котор|\p{L}+вш(?:ем|ий|ая|ее|ие|его|ей|им|ую|ими|их)(?:ся)?(?!\p{L}))/u.test(text.slice(to));
    const aboutName = relative && /(?<!\p{L})\p{Lu}\p{Ll}+$/u.test(text.slice(from, to)) && agreementOf(text.slice(to)) !== agreementOf(text.slice(d.triggerStarts.get(i) ?? 0), true);
    const [, relativeTo] = relative ? segmentAround(text, to + 1) : [to, to];
    const ofTheEvent = (f: { start: number; end: number }) => !(aboutName && f.start >= to && f.end <= relativeTo);
    // `…, намечавшийся на декабрь, перенесен на первый квартал 2023 года`: the day it was moved to.
    const movedTo = fitting.find((f) => POSTPONED_TO.test(text.slice(Math.max(0, f.start - 40), f.end)));
    const at = d.triggerStarts.get(i) ?? 0;
    const cut = previousOneFrom(text, at);
    const own = (f: { start: number; end: number }) => ofTheEvent(f) && f.start < cut && !inPlaceClause(text, f.start, to);
    const m = movedTo ?? fitting.find((f) => f.start >= from && f.end <= relativeTo && own(f)) ?? fitting.find((f) => !whenReported(text, f.start) && own(f));
    if (m?.date) return { date: m.date, precision: m.precision, source: m.source, sentence: i };
  }
  if (d.status === "held" && publishedOn) return { date: publishedOn, precision: "day", source: publishedOnSource, sentence: null };
  return { date: null, precision: null, source: null, sentence: null };
}

const EVE_OF = /(?<!\p{L})накануне\s+(?:(?:открытия|начала)\s+)?$/iu;

/** `… обсудил работу в Совете Безопасности ООН, куда республика была избрана в июне`: a clause about a place named
 *  before it («куда», «откуда»; «где» further on than right after the trigger's part) tells that place's story. */
const PLACE_CLAUSE = /^,\s*(?:куда|откуда)(?!\p{L})/u;
const WHERE_CLAUSE = /^,\s*где(?!\p{L})/u;

function inPlaceClause(text: string, at: number, triggerPartEnd: number): boolean {
  const [from] = segmentAround(text, at);
  const opening = text.slice(Math.max(0, from - 1));
  return from > triggerPartEnd && (PLACE_CLAUSE.test(opening) || (from - 1 > triggerPartEnd && WHERE_CLAUSE.test(opening)));
}

const PREVIOUS_ONE = /\s[–—]\s(?:перв|предыдущ|прошл|прежн)\p{L}*\s[^–—]*?(?:прош(?:ла|ел|ло|ли)|состоял(?:ся|ась|ось|ись))(?!\p{L})/gu;

/** `Это была вторая встреча в формате С5+1 – первая прошла в ноябре прошлого года в Самарканде`: where,
 *  after the event's word at `at`, a dash opens the clause of the one before it (whose day and place are
 *  its own); the text's length when none does. */
export function previousOneFrom(text: string, at: number): number {
  for (const m of text.matchAll(PREVIOUS_ONE)) if (m.index > at) return m.index;
  return text.length;
}

const POSTPONED_TO = /(?:перенес|перенос|отложен|отложил)\p{L}*\s+(?:[^,.;:]{0,20}?\s)?(?:на\s|с\s[^,.;:]{0,25}?\sна\s)/u;

/** The comma-delimited part of a sentence holding `at` (the whole sentence when `at` is unknown). */
function segmentAround(text: string, at: number | undefined): [number, number] {
  if (at === undefined) return [0, text.length];
  const next = text.indexOf(",", at);
  return [text.lastIndexOf(",", at) + 1, next < 0 ? text.length : next];
}

/** `…, сообщили агентству в МИД в среду`: the day of the report, not of the event (`принятием совместного
 *  заявления` reports nothing). */
const REPORTING = /(?<!\p{L})(?:сообщ|заяв(?!лени)|рассказ|уточн|переда[её]т|информир)\p{L}*/iu;

function whenReported(text: string, at: number): boolean {
  const [from, to] = segmentAround(text, at);
  return REPORTING.test(text.slice(from, to));
}

/** Each article's answers, by sentence: a meeting's scene asks about the same sentences again. */
const pastDays = new WeakMap<MeetingsInput, Map<number, MeetingDate | null>>();

/** The first day (not after publication) sentence `j` tells, as a meeting's date. */
export function pastDayIn(j: number, input: MeetingsInput): MeetingDate | null {
  let known = pastDays.get(input);
  if (!known) pastDays.set(input, (known = new Map()));
  if (known.has(j)) return known.get(j) ?? null;
  const found = pastDayOf(input.sentences[j]?.text ?? "", j, input.publishedOn);
  known.set(j, found);
  return found;
}

/** The days (not after publication) `text` tells, in reading order. */
function pastDaysOf(text: string, publishedOn: string | null) {
  return findDates(text, { publishedOn, tense: "past" }).filter((m) => m.date !== null && m.precision === "day" && !(publishedOn && m.date > publishedOn));
}

/** A day told in sentence `j`, as a meeting's date. */
function asMeetingDate(day: ReturnType<typeof pastDaysOf>[number] | undefined, j: number): MeetingDate | null {
  return day?.date ? { date: day.date, precision: day.precision, source: day.source, sentence: j } : null;
}

/** The last of the days (not after publication) sentence `j` tells, as a meeting's date. */
export function lastDayIn(j: number, input: MeetingsInput): MeetingDate | null {
  return asMeetingDate(pastDaysOf(input.sentences[j]?.text ?? "", input.publishedOn).at(-1), j);
}

/** The first day (not after publication) `text` tells, past one inside a participle's phrase, as a meeting's
 *  date from sentence `j`. */
export function pastDayOf(text: string, j: number, publishedOn: string | null): MeetingDate | null {
  const days = pastDaysOf(text, publishedOn);
  return asMeetingDate(days.find((d) => !inParticiplePhrase(text, d.start)) ?? days[0], j);
}

type Agreement = "masc" | "femn" | "plur" | null;

/** Event nouns by the agreement a relative pronoun takes after them (`переговоры, которые`, `встреча, которая`). */
const EVENT_NOUN_AGREEMENT: readonly [RegExp, Agreement][] = [
  [/^(?:встреч|бесед|сесси|конференци|церемони)/iu, "femn"],
  [/^(?:переговор|консультаци|дебат)/iu, "plur"],
  [/^(?:визит|разговор|саммит|форум|диалог|раунд|заседани|совещани)/iu, "masc"],
];
const PRONOUN_AGREEMENT: readonly [RegExp, Agreement][] = [
  [/^,\s*(?:котор|\p{L}+вш)(?:ые|ие|ых|их|ыми|ими)(?:ся)?(?!\p{L})/u, "plur"],
  [/^,\s*(?:котор|\p{L}+вш)(?:ая|ой|ей|ую|юю)(?:ся)?(?!\p{L})/u, "femn"],
  [/^,\s*(?:котор|\p{L}+вш)(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем|ое|ее)(?:ся)?(?!\p{L})/u, "masc"],
];

/** The agreement of a relative clause's pronoun, or (`trigger`) of the event noun a trigger is; a verb has none. */
function agreementOf(text: string, trigger = false): Agreement {
  for (const [re, agreement] of trigger ? EVENT_NOUN_AGREEMENT : PRONOUN_AGREEMENT) if (re.test(text)) return agreement;
  return null;
}
