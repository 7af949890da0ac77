import { TOPICS } from "../../topics/taxonomy";
import type { EvidenceRef, MeetingFull, OfficialFull } from "../../types";
import { addDays } from "../dates/calendar";
import { findDates } from "../dates";
import { NUR_SULTAN_DAYS } from "../dates/era";
import { akimPostSeat, akimSeat, akimTerritory } from "./akim-seats";
import { BACKGROUND_DAYS, buildDrafts } from "./build-drafts";
import { announcesSeries, CREDENTIALS, LIST_ITEM, NEXT_STEP, PROGRAMME_ITEM, RECALLED, type Draft } from "./draft";
import type { MeetingsInput } from "./input";
import { involvesKazakhstan, isThirdCountry, unnamedThirdCounterpart, withThirdCountryOnly } from "./involves-kazakhstan";
import { lastDayIn, meetingDate, pastDayIn, previousOneFrom, type MeetingDate } from "./meeting-date";
import { forgetPlaces, placesIn, SPEAKS_AHEAD, tripPlace, type PlaceFound } from "./meeting-place";
import { participantsOf } from "./participants";
import { sceneBefore } from "./scene";
import { CENTRAL_ASIA_US, NEXT_EVENT } from "./triggers";
import { COUNTRY_PLACES, findPlaces, lookup } from "./places";
import { placeBySameDay } from "./same-day-place";
import { absorbLoneParts, gatheringFrames, visitParts } from "./visit-parts";
import { placeLocation } from "@/lib/domain/place-locations";

export type { GrammaticalCase, MeetingsInput, MentionIn } from "./input";

/** `прибывший в Нью-Йорк для участия в 74-й сессии`, `находящийся в Нью-Йорке в связи с сессией`, `находящийся
 *  в Нью-Йорке в составе делегации на 72-й сессии`, `на
 *  полях саммита`, `накануне открытия саммита`, `до начала пленарного заседания`: a gathering named only as the setting of the meetings the
 *  story reports is not one more of them. */
const FRAME_BEFORE = /(?:для\s+участия\s+в|в\s+связи\s+с|(?:прибы|находящ|пребывающ)\p{L}*(?:\s+в\s+[\p{L}-]+)?(?:\s+в\s+составе\s+делегации)?\s+на|на\s+полях|в\s+кулуарах|в\s+рамках|накануне(?:\s+открытия)?|в\s+преддверии|перед(?:\s+(?:открытием|началом))?|до\s+(?:начала|открытия)|после)\s+(?:[\p{L}\d«»-]+\s+){0,3}$/iu;

function onlyAsFrame(d: Draft, input: MeetingsInput): boolean {
  return d.triggerSentences.every((i) => FRAME_BEFORE.test((input.sentences[i]?.text ?? "").slice(0, d.triggerStarts.get(i) ?? 0)));
}

/** `Ранее …` opening a sentence recalls something before the story, unless it is the story's own day. */
const EARLIER_OPENING = /^ранее(?!\p{L})(?!,?\s+(?:в\s+тот\s+же|в\s+этот|сегодня|утром|дн[её]м|вечером|накануне))/iu;

/** An event told as a continuation of the previous one shares its day and, for a signing or a
 *  meeting "по итогам переговоров", its place: `В тот же день …`, `По итогам переговоров … подписали`,
 *  `Затем в присутствии гостя … подписали`, `Позднее у заместителя министра состоялись переговоры …`. */
const THAT_DAY_WORDS = String.raw`в\s+тот\s+же\s+день|тем\s+же\s+дн[её]м|в\s+этот\s+же\s+день|в\s+этот\s+день|тогда\s+же|(?:вечером|утром|днем|днём)\s+того\s+же\s+дня`;
const SAME_DAY = new RegExp(String.raw`(?:${THAT_DAY_WORDS}|по\s+(?:(?:их|ее|его)\s+)?итогам(?:\s+(?:переговоров|встречи|беседы))?|в\s+присутствии\s+глав|(?:^|[.!?»]\s+)(?:позднее|позже)(?!\p{L}))`, "iu");
/** `После обеда в Астане прошла министерская встреча …`: the first sentence of an event, on the day told last. */
const LATER_THAT_DAY = /^(?:после\s+обеда|вечером|во\s+второй\s+половине\s+дня)(?!\p{L})/iu;
/** `в тот же день` proper (not `по итогам`, `позднее`): the day the story told last, whatever it told of. */
const THAT_DAY = new RegExp(String.raw`(?<!\p{L})(?:${THAT_DAY_WORDS})(?!\p{L})`, "iu");

/** The day one of the three sentences before `at` tells for itself, when `at` or the sentence before it
 *  says `в тот же день`. */
function dayToldBefore(at: number, input: MeetingsInput): MeetingDate | null {
  if (!THAT_DAY.test(`${input.sentences[at - 1]?.text ?? ""} ${input.sentences[at]?.text ?? ""}`)) return null;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const day = pastDayIn(j, input);
    if (day) return day;
  }
  return null;
}

/** `На следующий день …`, `Днем позже …`: the day after the event told just before. */
const NEXT_DAY = /(?<!\p{L})(?:на\s+следующий\s+день|на\s+другой\s+день|назавтра|днем\s+позже|спустя\s+день)(?!\p{L})/iu;
/** `Днем ранее …`, `За день до этого …`: the day before the event told just before. */
const DAY_BEFORE = /(?<!\p{L})(?:днем\s+(?:ранее|раньше)|за\s+день\s+до\s+этого)(?!\p{L})/iu;
const DAY_SHIFTS: readonly (readonly [RegExp, number])[] = [
  [NEXT_DAY, 1],
  [DAY_BEFORE, -1],
];
/** A month told in the lead is the news while it ended within this many days of the story. */
const LEAD_MONTH_DAYS = 31;
/** How many days after a held meeting the same traveller's planned one is still on that trip. */
const TRIP_DAYS = 3;
/** The longest a gathering lasts (COP, a General Assembly's high-level week and debate). */
const GATHERING_DAYS = 14;
/** The archive's two countries: a visit to one of them places no meeting in a city. */
/** How far after a conference's noun its venue is looked for: `саммите ОБСЕ в Астане`. */
const VENUE_REACH = 40;
/** Gatherings whose name says their city (`Астанинский международный форум`, `Мюнхенская конференция по
 *  безопасности`, the UN General Assembly). */
const NAMED_FOR_CITY: readonly (readonly [RegExp, string])[] = [
  [/(?<!\p{L})Астанинск\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:форум|клуб)\p{L}*/u, "Астана"],
  [/(?<!\p{L})Мюнхенск\p{L}*\s+конференци\p{L}*/u, "Мюнхен"],
  // `Стамбульский саммит ОБСЕ`, `Вашингтонской встречи`: a gathering named for its city.
  ...([["Стамбульск", "Стамбул"], ["Вашингтонск", "Вашингтон"], ["Ташкентск", "Ташкент"], ["Самаркандск", "Самарканд"], ["Алматинск", "Алматы"]] as const).map(
    ([adjective, city]) => [new RegExp(String.raw`(?<!\p{L})${adjective}\p{L}*\s+(?:саммит|конференци|встреч|форум)\p{L}*`, "u"), city] as const,
  ),
  // `на полях Генассамблеи`, `на неделе высокого уровня Генеральной Ассамблеи ООН`: its sessions sit in New York.
  [/(?<!\p{L})(?:Генассамбле\p{L}*|Генеральн\p{L}*\s+Ассамбле\p{L}*)/u, "Нью-Йорк"],
];
const SAME_PLACE = /(?:по\s+(?:(?:их|ее|его)\s+)?итогам(?:\s+(?:переговоров|встречи|беседы))?|в\s+присутствии|на\s+полях|в\s+кулуарах)/iu;

const THERE = /^(?:Там|Здесь)(?!\p{L})/u;

/** `Посол … прибыл в Шымкент. В тот же день дипломат был принят акимом города`: the last place named in
 *  the `reach` sentences before — where a guest received by a host told only by post was. */
function placeBefore(at: number, input: MeetingsInput, reach = 2): PlaceFound | null {
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    const last = placesIn(input.sentences[i]?.text ?? "").at(-1);
    if (last) return { place: last.place, sentence: i };
  }
  return null;
}

const NEXT_EVENTS = new RegExp(NEXT_EVENT, "gu");

/** The stretch of a sentence between the clauses telling one event after another that holds `at`. */
function sequenceClause(text: string, at: number): [number, number] {
  let lo = 0;
  for (const m of text.matchAll(NEXT_EVENTS)) {
    if (m.index > at) return [lo, m.index];
    lo = m.index;
  }
  return [lo, text.length];
}

function ownPlace(d: Draft, input: MeetingsInput): PlaceFound | null {
  if (d.destination) return { place: d.destination, sentence: d.triggerSentences[0] ?? null };
  const first = Math.min(...d.triggerSentences);
  for (const i of [...d.triggerSentences].sort((a, b) => a - b)) {
    const text = input.sentences[i]?.text ?? "";
    // `Перед приездом … гость побывает в Узбекистане: встреча … пройдет в Самарканде`: the trigger's own
    // part of the sentence places it before what precedes a colon or semicolon.
    const start = d.triggerStarts.get(i) ?? 0;
    const part = Math.max(text.lastIndexOf(":", start), text.lastIndexOf(";", start));
    const cut = previousOneFrom(text, start);
    const all = placesIn(text).filter((p) => p.start < cut);
    // `саммит ОБСЕ в Астане`: a conference's venue follows its noun (which alone reads as a subject of talks).
    const venue = d.kind === "conference" ? findPlaces(text.slice(start, start + VENUE_REACH))[0] : undefined;
    if (venue) return { place: venue.place, sentence: i };
    // `на Астанинском международном форуме`: the gathering's name says its city.
    const named = d.kind === "conference" ? NAMED_FOR_CITY.find(([re]) => re.test(text.slice(Math.max(0, start - 40), start + 20))) : undefined;
    if (named) return { place: named[1], sentence: i };
    // `В Астану Джонс прибыла из Ташкента, где накануне встречалась с …`, `побывали в Бишкеке, где их принял
    // …`: the place the clause is about.
    const item = lookup(PROGRAMME_ITEM.exec(text)?.[1] ?? "");
    if (item) return { place: item, sentence: i };
    const whence = FROM_WHERE.exec(text.slice(0, start));
    // A building stands for its city (`в Капитолии, где` is Washington).
    const from = whence ? (findPlaces(whence[0]).find((p) => p.start === whence[0].indexOf(whence[1] ?? ""))?.place ?? lookup(whence[1] ?? "")) : null;
    if (from) return { place: from, sentence: i };
    // `В среду Хоагланд был в Семее. Там его принял аким города`: «там» is the place the sentence before names.
    const there = all.length === 0 && THERE.test(text) ? placeBefore(i, input, 1) : null;
    if (there) return there;
    const own = all.filter((p) => p.start > part);
    // `провел в Атырау встречу с А, а затем в Актау встретился с Б`: each event is where its own clause says.
    const [lo, hi] = sequenceClause(text, start);
    const inClause = (own.length > 0 ? own : all).filter((p) => p.start >= lo && p.start < hi);
    const found = inClause.length > 0 ? inClause : own.length > 0 ? own : all;
    // A visit goes where its destination is; a meeting is where the sentence says it is held (`в
    // Вашингтоне … встреча …, после чего он отправится в Нью-Йорк`).
    // `…, приехавшая в Казахстан …, во вторник встретилась в Астане с …`: the city, not the country around it.
    const best = d.kind === "visit" ? (found.find((p) => p.destination) ?? found[0]) : (found.find((p) => !p.destination && !COUNTRY_PLACES.has(p.place)) ?? found.find((p) => !p.destination) ?? found[0]);
    // `В среду министр встретится с … . Ожидается, что он пригласит коллегу посетить Казахстан`: a trip
    // told in a later sentence goes somewhere else than the meeting.
    if (best && best.destination && d.kind !== "visit" && i !== first) continue;
    if (best) return { place: best.place, sentence: i };
  }
  // `В ходе встречи в Павлодаре глава региона рассказал …`: the meeting told on, placed in passing.
  for (const i of [...d.sentences].sort((a, b) => a - b)) {
    if (d.triggerSentences.includes(i)) continue;
    const text = input.sentences[i]?.text ?? "";
    const at = MEETING_PLACED.exec(text);
    const place = at ? findPlaces(text.slice(at.index, at.index + at[0].length + 40))[0] : undefined;
    if (place) return { place: place.place, sentence: i };
  }
  return null;
}

const FROM_WHERE = /(?<!\p{L})(?:из|в|во)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*,\s+где\s+[^,;:]*$/u;

/** … or in a participle after it (`В ходе встречи, состоявшейся в Акорде, …`). */
const MEETING_PLACED = /(?:^|[.,;]\s*)(?:в\s+ходе|во\s+время)\s+(?:встречи|переговоров|беседы)(?:\s*,\s*(?:состоявш|прошедш|проходивш)\p{L}*)?\s+(?=(?:в|во)\s+\p{Lu})/iu;

/** `в область приедет группа экспертов`, `осенью область посетит делегация`, `город посетит`: a trip to the
 *  region or city of the story's akim, which goes to its seat (`Восточно-Казахстанскую область посетит` names
 *  the region itself). */
const TO_REGION = /(?<!\p{L})(?:в\s+(?:область|регион)|(?:область|регион)\s+посет\p{L}*)(?!\p{L})/iu;
const REGION_NAMED = /(?:ую|юю)\s+область\s+посет/iu;
const TO_CITY = /(?<!\p{L})(?:в\s+город|город\s+посет\p{L}*)(?!\p{L})/iu;

function homeTerritory(d: Draft, input: MeetingsInput): PlaceFound | null {
  const positions = input.officials.flatMap((o) => o.positions.map((p) => p.title));
  for (const i of d.triggerSentences) {
    const text = input.sentences[i]?.text ?? "";
    const word = REGION_NAMED.test(text) ? "region" : TO_REGION.test(text) ? "область" : TO_CITY.test(text) ? "город" : null;
    const place = word ? akimTerritory(positions, word) : null;
    if (place) return { place, sentence: i };
  }
  return null;
}

/** `примет участие`, `проведет переговоры`, `состоится`: a sentence telling an event still to come. */
const FUTURE_EVENT = /(?<!\p{L})(?:примет|примут|проведет|проведёт|проведут|встретится|встретятся|выступит|пройдет|пройдёт|состоится|состоятся)(?!\p{L})/iu;

/** `Замглавы МИД провел встречи в Нью-Йорке` (title), `… посетил Астану` (subtitle): where the
 *  story's held meetings happened when their own sentences do not repeat it. */
function headlinePlace(input: MeetingsInput): PlaceFound | null {
  for (let i = 0; i < input.sentences.length && input.sentences[i]?.part !== "body"; i++) {
    const text = input.sentences[i]?.text ?? "";
    // `Американский дипломат намерен посетить Костанай`: where someone will go is not where they met;
    // `Нуртлеу примет участие во встрече C5+1 в Нью-Йорке`: nor where a coming event will be.
    const ahead = SPEAKS_AHEAD.test(text);
    if (FUTURE_EVENT.test(text)) continue;
    const found = placesIn(text).find((p) => !(ahead && p.destination));
    if (found) return { place: found.place, sentence: i };
  }
  return null;
}

/** `Посол в среду прибыл с визитом в Актау. В акимате гостя принял …`: a held trip told in the sentence
 *  right before a held meeting of its traveller, which names no day or place of its own, lends both. */
function arrivalBefore(d: Draft, drafts: readonly Draft[]): Draft | null {
  if (d.status !== "held" || d.kind === "visit" || d.kind === "call" || (d.participants.size < 2 && !d.hostByPost)) return null;
  const at = Math.min(...d.triggerSentences);
  // The arrival told in the sentence before, or two before with a word on the delegation between.
  return drafts.find((v) => v.kind === "visit" && v.status === "held" && (v.triggerSentences.includes(at - 1) || v.triggerSentences.includes(at - 2)) && [...v.participants.keys()].some((n) => d.participants.has(n))) ?? null;
}

/** `В воскресенье в Алма-Ату прилетел госсекретарь … .`: the one held trip the story tells, told in its lead. */
function soleLeadTrip(drafts: readonly Draft[], lead: ReadonlySet<number>): Draft | null {
  const trips = drafts.filter((v) => v.kind === "visit" && v.status === "held");
  const only = trips.length === 1 ? trips[0] : undefined;
  return only && only.triggerSentences.some((i) => lead.has(i)) ? only : null;
}

/** `… . Вечером гостя принял Президент страны.`: a held meeting of that trip's traveller, told after it. */
function leadTripOf(d: Draft, trip: Draft | null): Draft | null {
  if (!trip || d.status !== "held" || d.kind === "visit" || d.kind === "call") return null;
  return Math.max(...trip.triggerSentences) < Math.min(...d.triggerSentences) && [...trip.participants.keys()].some((n) => d.participants.has(n)) ? trip : null;
}

/** `Визит начался`, `Программа визита началась`: a trip's start (its `продолжился` too, for a move). */
const TRIP_WENT_ON = String.raw`(?:визит|программа|поездка|турне|(?:деловая|рабочая)\s+неделя)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?`;
const MOVE_VERBS = String.raw`отправил(?:ся|ась|ись)|перелетел\p{L}*|переехал\p{L}*|перебрал(?:ся|ась|ись)|(?:был|была|были)\s+уже`;
const MOVED_TO = new RegExp(String.raw`(?<!\p{L})(?:${TRIP_WENT_ON}(?:начал(?:ся|ась|ось)|продолжил(?:ся|ась|ось))|${MOVE_VERBS})\s+(?:[\p{L}-]+\s+){0,2}?(?:в|во)\s+$`, "iu");
/** What a sentence must hold to be tried for a move: most have none, and finding places is not free. */
const MOVE_CUE = new RegExp(String.raw`начал|продолжил|${MOVE_VERBS}`, "iu");
/** `Во вторник Мынбаев был уже в Хьюстоне`, `… делегация перебралась в Вашингтон`: the trip moved on that day. */
const MOVED_ON = new RegExp(String.raw`(?<!\p{L})(?:${MOVE_VERBS})\s+(?:[\p{L}-]+\s+){0,2}?(?:в|во)\s+\p{Lu}`, "u");
const NEXT_STOP = /(?<!\p{L})(?:остановк|пункт)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?стал\p{L}*\s+(\p{Lu}[\p{L}-]*)/u;

/** `Визит начался в Вашингтоне`, `Затем делегация отправилась в Нью-Йорк`, `Следующей остановкой стал Чикаго`:
 *  where a trip told day by day is from that sentence on. */
function movesOf(input: MeetingsInput): PlaceFound[] {
  return input.sentences.flatMap((s, i) => {
    if (!MOVE_CUE.test(s.text) && !NEXT_STOP.test(s.text)) return [];
    const stop = lookup(NEXT_STOP.exec(s.text)?.[1] ?? "");
    const found = stop ?? findPlaces(s.text).find((p) => MOVED_TO.test(s.text.slice(Math.max(0, p.start - 80), p.start)))?.place;
    return found && !COUNTRY_PLACES.has(found) ? [{ place: found, sentence: i }] : [];
  });
}

/** The date the introduction of a dashed list gives its items (`Согласно программе, в мае запланированы:`). */
function listIntroDate(at: number, input: MeetingsInput): MeetingDate | null {
  if (!LIST_ITEM.test(input.sentences[at]?.text ?? "")) return null;
  let k = at - 1;
  while (k >= 0 && LIST_ITEM.test(input.sentences[k]?.text ?? "")) k--;
  const intro = input.sentences[k]?.text ?? "";
  if (!/:\s*$/.test(intro)) return null;
  const day = findDates(intro, { publishedOn: input.publishedOn, tense: "future" }).find((m) => m.date !== null && !(input.publishedOn && m.date.slice(0, 7) < input.publishedOn.slice(0, 7)));
  return day?.date ? { date: day.date, precision: day.precision, source: day.source, sentence: k } : null;
}

/** `Визит начался в понедельник, 18 мая, в Нью-Йорке`, `Программа визита началась …`: a trip's start. */
const TRIP_BEGAN = new RegExp(String.raw`(?<!\p{L})${TRIP_WENT_ON}(?:начал(?:ся|ась|ось)|стартовал\p{L}*|открыл(?:ся|ась))(?!\p{L})`, "iu");

/** The day and city a trip began on or moved to, told in one of the three sentences before `at` with no meeting between. */
function tripBegan(at: number, input: MeetingsInput, drafts: readonly Draft[]): { date: MeetingDate; place: PlaceFound | null } | null {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const text = input.sentences[k]?.text ?? "";
    if (drafts.some((o) => o.kind !== "visit" && o.participants.size > 0 && o.triggerSentences.some((t) => t >= k && t < at))) return null;
    if (!TRIP_BEGAN.test(text) && !MOVED_ON.test(text)) continue;
    const date = pastDayIn(k, input);
    if (!date) return null;
    const place = placesIn(text)[0];
    return { date, place: place ? { place: place.place, sentence: k } : null };
  }
  return null;
}

/** The trip's city; a visit to either country of the archive places nothing. */
function arrivalPlace(arrival: Draft | null): PlaceFound | null {
  const to = arrival?.destination;
  return to && !COUNTRY_PLACES.has(to) ? { place: to, sentence: Math.min(...(arrival?.triggerSentences ?? [])) } : null;
}

/** The seat of an akim who received told only by post (`… принял аким Шымкента`). */
function hostPostSeat(d: Draft, input: MeetingsInput): PlaceFound | null {
  if (!d.hostByPost) return null;
  const at = Math.min(...d.triggerSentences);
  return akimPostSeat(input.sentences[at]?.text ?? "", d.triggerStarts.get(at) ?? 0);
}

/** The filing city, for an in-person meeting nothing else places: wire reporters file from where the
 *  meeting was unless the text says otherwise (then one of the rules above has already answered). */
function datelineSupported(input: MeetingsInput): PlaceFound | null {
  return input.datelinePlace ? { place: input.datelinePlace, sentence: null } : null;
}

function summaryOf(d: Draft, input: MeetingsInput): string | null {
  const triggers = [...d.triggerSentences].sort((a, b) => a - b);
  const body = triggers.find((i) => input.sentences[i]?.part === "body") ?? triggers[0];
  return body === undefined ? null : (input.sentences[body]?.text ?? null);
}

function topicsOf(d: Draft, sentence: number, input: MeetingsInput): readonly string[] {
  const from = d.kind === "visit" ? d.triggerStarts.get(sentence) : undefined;
  const to = d.topicsUntil.get(sentence);
  if (input.topicsIn && (from !== undefined || to !== undefined)) return input.topicsIn(sentence, from ?? 0, to ?? Infinity);
  return input.topics[sentence] ?? [];
}

function isBackground(d: Draft, date: MeetingDate, publishedOn: string | null, lead: ReadonlySet<number>): boolean {
  if (d.status !== "held" || !date.date || !publishedOn) return false;
  const before = addDays(publishedOn, -BACKGROUND_DAYS);
  // `В мае председатель фонда провел в Вашингтоне встречу …` opening an interview of mid-June: the lead tells
  // the news, last month's included.
  if (date.source === "explicit" && date.precision === "month" && d.triggerSentences.some((i) => lead.has(i))) return endOfPeriod(date) < addDays(publishedOn, -LEAD_MONTH_DAYS);
  if (date.source === "explicit") return (date.precision === "month" ? endOfPeriod(date) : date.date) < before;
  // `в прошлом году`: the whole period told is over weeks before the story (`на прошлой неделе` is not).
  return date.source === "relative" && endOfPeriod(date) < before;
}

function endOfPeriod(date: MeetingDate): string {
  const day = date.date ?? "";
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (date.precision === "year") return `${year}-12-31`;
  if (date.precision !== "month") return day;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

/** `Тлеуберди обсудил с Василенко итоги недели`: Kazakh officials among themselves are no event of this
 *  archive (a delegation's visit or a gathering may still be). */
function amongKazakhs(kind: MeetingFull["kind"], countries: readonly (string | null)[]): boolean {
  return kind !== "visit" && kind !== "conference" && countries.length >= 2 && countries.every((c) => c === "KZ");
}

/** Three countries or more at one table make a ministerial: on a call (`главы МИД Центральной Азии и
 *  Помпео провели видеоконференцию`), or at a meeting whose own side is several countries (`Министры …
 *  Казахстана, Кыргызстана и Узбекистана … провели встречу с госсекретарем`) — one host receiving guests
 *  of several countries (`встретился с министрами Кыргызстана и Таджикистана`) still holds a meeting. */
function kindOf(d: Draft, officials: ReadonlyMap<string, OfficialFull>, place: string | null, sentences: MeetingsInput["sentences"]): MeetingFull["kind"] {
  // `Следующее заседание Диалога запланировано на 2025 год в Ташкенте`: a body of the two sides meets in
  // one of their countries; the next session of one meeting in a third country is a multilateral body's.
  const venueCountry = place ? placeLocation(place)?.country : undefined;
  if (d.kind === "talks" && d.nextRound && venueCountry && isThirdCountry(venueCountry)) return "conference";
  const countryOf = (name: string) => officials.get(name)?.country ?? null;
  const countries = (names: readonly string[]) => new Set(names.flatMap((n) => countryOf(n) ?? [])).size;
  const everyone = countries([...d.participants.keys()]);
  // A video call of three countries or more is a conference; a telephone call stays a call
  // (`Трехсторонний телефонный разговор между президентами …`).
  if (d.kind === "call") return everyone >= 3 && !/телефон/iu.test(sentences[d.kindSentence]?.text ?? "") ? "conference" : d.kind;
  if (d.kind !== "meeting" && d.kind !== "talks") return d.kind;
  const subjects = [...d.participants].filter(([, p]) => p.role === "subject").map(([n]) => n);
  const met = [...d.participants.values()].some((p) => p.role === "counterpart");
  // `Керри встретился с министрами … четырех государств. В переговорах участвовали …`: four countries or
  // more at one table, met as a group, is a multilateral meeting; the ambassadors a head of state
  // receives credentials from together are still each received.
  const atOneTable = everyone >= 4 && !met && !d.triggerSentences.some((i) => CREDENTIALS.test(sentences[i]?.text ?? ""));
  return (everyone >= 3 && met && countries(subjects) >= 2) || atOneTable ? "conference" : d.kind;
}

/** `делегация Сената посетит Вашингтон`, `визит делегации Верховного суда Казахстана в США`, `делегация
 *  министерства посетит США` (in a Kazakh ministry's story), `группа депутатов Мажилиса`, `делегации АФМ`: a
 *  Kazakh body's delegation travels, though nobody in it is named. */
const KAZAKH_DELEGATION = /(?:казахстанск\p{L}*\s+делегаци\p{L}*|делегаци\p{L}*\s+казахстанск\p{L}*|(?:делегаци|групп)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:Мажилиса|Сената|Парламента|Казахстана|РК)|групп\p{L}*\s+(?:депутатов|сенаторов)|депутатск\p{L}*\s+групп\p{L}*|делегаци\p{L}*\s+(?:министерства|ведомства|акимата|агентства|[А-ЯЁ]{3,5})(?!\s+(?:[\p{L}-]+\s+){0,3}?(?:США|американск)))(?!\p{L})/u;

/** `в Доме Правительства`, `в Акорде`: a building stands for the capital under the name it had when the
 *  story was written, unless the story itself calls the city Астана. Asked once per article. */
function capitalNamed(input: MeetingsInput): (place: string | null) => string | null {
  const day = input.publishedOn;
  const nurSultan = !!day && day >= NUR_SULTAN_DAYS.from && day < NUR_SULTAN_DAYS.until && !input.sentences.some((s) => s.text.includes("Астан"));
  return (place) => (nurSultan && place === "Астана" ? "Нур-Султан" : place);
}

/** Meetings reported by one article, each with the sentences that support every fact. */
export function extractMeetings(input: MeetingsInput): MeetingFull[] {
  forgetPlaces();
  const capitalOfTheDay = capitalNamed(input);
  const officials = new Map<string, OfficialFull>(input.officials.map((o) => [o.name, o]));
  const trip = tripPlace(input.sentences);
  const moves = movesOf(input);
  const headline = headlinePlace(input);
  const out: MeetingFull[] = [];
  let previous: MeetingDate | null = null;
  let previousPlace: PlaceFound | null = null;
  let previousPeople = new Set<string>();
  // The last gathering held that the story told, for the meetings of its days (`В среду Брекешев встретился с
  // Керри` at COP27, opened ten days before): its city, day and people.
  let gathering = null as { place: PlaceFound; date: string; people: ReadonlySet<string> } | null;
  const told: Draft[] = [];
  let previousStatus: Draft["status"] | null = null;
  const all = buildDrafts(input);
  // The lead: the first paragraph of the body.
  const leadParagraph = input.sentences.find((s) => s.part === "body")?.paragraph;
  const lead = new Set(input.sentences.flatMap((s, i) => (s.part === "body" && s.paragraph === leadParagraph ? [i] : [])));
  const storyTrip = soleLeadTrip(all, lead);
  // A held visit is the trip that frames the meetings the article reports (`… посетил Астану`, then who
  // met whom): when those meetings are there, the trip is not listed as one more.
  const framed = all.some((d) => d.status === "held" && d.kind !== "visit" && d.participants.size > 1);
  // A trip done by nobody named: `Воздушное судно прибыло в Нур-Султан`, `первые Boeing 787 прибудут в
  // Казахстан` are no visits, and an unnamed delegation's
  // arrival told in the sentence of its meeting (`встретился с делегацией, находящейся с визитом`) is that meeting.
  const nobodysTrip = (d: Draft) =>
    d.kind === "visit" && d.participants.size === 0 &&
    (!d.unnamedTravellers || (d.status === "held" && all.some((o) => o !== d && o.status === "held" && o.kind !== "visit" && d.triggerSentences.every((i) => o.triggerSentences.includes(i)))));
  const kept = all.filter((d) => (d.participants.size > 0 || d.nextRound || d.kind === "visit" || d.kind === "signing" || d.kind === "conference") && !nobodysTrip(d));
  const absorbed = absorbLoneParts(kept);
  const partOf = visitParts(kept.filter((d) => !absorbed.has(d)), input.sentences);
  const splitVisits = new Set(partOf.values());
  const frameOf = gatheringFrames(kept.filter((d) => !absorbed.has(d)), input.sentences);
  const drafts = kept
    .filter((d) => !(framed && d.kind === "visit" && d.status === "held") && !splitVisits.has(d) && !absorbed.has(d))
    .filter((d) => !(d.kind === "conference" && d.status === "held" && onlyAsFrame(d, input) && all.some((o) => o !== d && o.status === "held" && o.kind !== "conference" && o.kind !== "visit" && o.participants.size > 1)))
    .sort((a, b) => Math.min(...a.triggerSentences) - Math.min(...b.triggerSentences));
  // The sentences that tell an event of the story (a trip that only frames its meetings sets their scene).
  const triggerSentences = new Set(drafts.flatMap((d) => d.triggerSentences));
  let series: { date: MeetingDate; place: PlaceFound | null; sentences: number[] } | null = null;
  for (const d of drafts) {
    let date = meetingDate(d, input.sentences, input.publishedOn, input.publishedOnSource);
    const visit = partOf.get(d);
    // The trip or the gathering the meeting is part of lends its day and place when it names none.
    const frame = visit ?? frameOf.get(d);
    if (frame && (date.date === null || (d.status === "held" && date.sentence === null))) date = meetingDate(frame, input.sentences, input.publishedOn, input.publishedOnSource);
    // `Программа визита началась в понедельник, 4 июня, в Линкольне. Делегацию принял губернатор …`: the
    // first meeting after the trip's start, told with no day of its own, is on that day, in that city.
    const began = d.status === "held" && d.kind !== "call" && date.sentence === null ? tripBegan(Math.min(...d.triggerSentences), input, all) : null;
    if (began?.date.date) date = began.date;
    // `в мае запланированы:` then `– в Вашингтоне – переговоры с …`: a list's item is on the day its
    // introduction gives, when it gives none of its own.
    if (d.status === "planned" && date.date === null) date = listIntroDate(Math.min(...d.triggerSentences), input) ?? date;
    const arrival = arrivalBefore(d, all);
    const arrivalDate = arrival && date.sentence === null ? meetingDate(arrival, input.sentences, input.publishedOn, input.publishedOnSource) : null;
    if (arrivalDate?.sentence != null) date = arrivalDate;
    // `прилетевший в Астану в понедельник вечером, во вторник провел здесь весь день`: a trip told over two
    // days holds the meetings told after it on the later one.
    const lentBy = arrival ?? visit;
    if (lentBy && lentBy.status === "held" && d.status === "held" && date.sentence !== null && date.sentence === lentBy.triggerSentences[0] && !d.triggerSentences.includes(date.sentence)) date = lastDayIn(date.sentence, input) ?? date;
    // `В среду Хилл был в Туркестане. Там его принял аким города`: «там» is also the day the sentence before
    // tells; so is the day a guest received by a host told by post arrived (`Во вторник в Астане побывал …`).
    const thereAt = Math.min(...d.triggerSentences);
    const thereDay = d.status === "held" && date.sentence === null && (THERE.test(input.sentences[thereAt]?.text ?? "") || d.hostByPost) ? pastDayIn(thereAt - 1, input) : null;
    if (thereDay) date = thereDay;
    // `… в минувшую пятницу провел ряд встреч`, then each meeting in turn: the announcement is not a
    // meeting of its own, and its day and place are those of the meetings it announces.
    if (framed && announcesSeries(d)) {
      series = { date, place: ownPlace(d, input), sentences: d.triggerSentences };
      continue;
    }
    const inSeries = series !== null && d.status === "held" && (d.kind === "meeting" || d.kind === "talks");
    if (inSeries && series?.date.date && date.sentence === null) date = { ...series.date };
    // The continuation may be said a sentence before the trigger: `В тот же день гостя принял … . В ходе встречи с …`.
    // A sentence with another day of its own (`В пятницу … провел переговоры`) is not the continuation of the one before.
    const ownDay = (i: number) => i === date.sentence && date.date !== previous?.date;
    // `В среду Токаев встретился с …, а вечером того же дня …`: «того же дня» after the sentence's own day is that day.
    const thatOwnDay = (text: string) => {
      const at = THAT_DAY.exec(text)?.index;
      return at !== undefined && findDates(text.slice(0, at), { publishedOn: input.publishedOn, tense: "past" }).some((m) => m.precision === "day");
    };
    const sameDay = d.triggerSentences.find(
      (i) =>
        NEXT_STEP.test(input.sentences[i]?.text ?? "") ||
        // `Затем американского дипломата ждали в Доме правительства. Переговоры с премьер-министром …`: the next
        // step told in a sentence of its own, with no event, just before.
        (i === Math.min(...d.triggerSentences) && !ownDay(i) && !triggerSentences.has(i - 1) && NEXT_STEP.test(input.sentences[i - 1]?.text ?? "")) ||
        (i === Math.min(...d.triggerSentences) && !ownDay(i) && LATER_THAT_DAY.test(input.sentences[i]?.text ?? "")) ||
        (ownDay(i) ? SAME_DAY.test(input.sentences[i]?.text ?? "") && !thatOwnDay(input.sentences[i]?.text ?? "") : SAME_DAY.test(`${input.sentences[i - 1]?.text ?? ""} ${input.sentences[i]?.text ?? ""}`)),
    );
    // `Открывая в четверг пленарное заседание, … . Состоявшаяся в тот же день … встреча`: with no meeting
    // told before, the day last told is a sentence's of its own.
    const toldDay = sameDay !== undefined && date.source !== "explicit" && previous === null ? dayToldBefore(sameDay, input) : null;
    if (toldDay && d.status === "held" && !isBackground(d, toldDay, input.publishedOn, lead)) date = toldDay;
    // `В тот же день у военачальника запланирована встреча с …`: a plan for the day just told is on that day.
    else if (sameDay !== undefined && previous?.date && date.source !== "explicit" && (d.status === previousStatus || (d.status === "planned" && previousStatus === "held" && THAT_DAY.test(input.sentences[sameDay]?.text ?? "")))) date = { ...previous, sentence: sameDay };
    // `На следующий день заместитель министра встретился с …`, `Днем ранее …`: a day after or before the event
    // just told, on the same trip.
    let shifted = false;
    for (const [told, days] of DAY_SHIFTS) {
      const at = d.triggerSentences.find((i) => told.test(input.sentences[i]?.text ?? ""));
      if (at === undefined) continue;
      shifted = true;
      // `На следующий день министр встретился с А, а затем побывал у Б`: the second event of that sentence is
      // on the day the first was shifted to, not a day further.
      if (previous?.date && previous.precision === "day" && date.source !== "explicit" && d.status === previousStatus) date = previous.sentence === at ? { ...previous } : { ...previous, date: addDays(previous.date, days), sentence: at };
    }
    // `Понедельник, Вашингтон. … у премьера состоялась беседа с …`: the day and city the paragraph set.
    const scene = d.status === "held" ? sceneBefore(Math.min(...d.triggerSentences), input, triggerSentences, lead) : null;
    if (scene?.date && date.sentence === null && !shifted && !isBackground(d, scene.date, input.publishedOn, lead)) date = scene.date;
    const leadTrip = leadTripOf(d, storyTrip);
    const tripBegun = leadTrip && date.sentence === null && !shifted ? meetingDate(leadTrip, input.sentences, input.publishedOn, input.publishedOnSource) : null;
    // `…, прилетевший … в субботу, в воскресенье провел переговоры`: the trip's sentence told over two days
    // holds the meetings told after it on the later one.
    const tripLater = tripBegun?.sentence != null && d.status === "held" ? lastDayIn(tripBegun.sentence, input) : null;
    const tripDay = tripLater?.date && tripBegun?.date && tripLater.date > tripBegun.date ? tripLater : tripBegun;
    // A meeting told since on another day (`прилетевший в субботу, в воскресенье провел переговоры`) has moved the story on.
    if (tripDay?.sentence != null && tripDay.precision === "day" && (!previous?.date || previous.date === tripDay.date)) date = tripDay;
    if (isBackground(d, date, input.publishedOn, lead)) continue;
    // `Напомним, в ноябре прошлого года … провел переговоры`: a recalled event whose day the text gives in
    // words not read as a date is still not the story's own day.
    if (d.status === "held" && d.triggerSentences.every((i) => RECALLED.test(input.sentences[i]?.text ?? ""))) continue;
    // `Ранее глава Минэнерго принимал участие в конференции …, где провел встречу с …`: an earlier event the
    // story recalls without a day of its own (`Ранее в тот же день …` is the story's day).
    if (d.status === "held" && date.sentence === null && d.triggerSentences.every((i) => EARLIER_OPENING.test(input.sentences[i]?.text ?? ""))) continue;
    const inPerson = d.status === "held" && d.kind !== "call";
    // The same person's next meeting that day, told without a place (`Кроме того, … встретился с …`), is
    // where the story already is.
    const sameOuting = !!previous?.date && previous.date === date.date && [...d.participants.keys()].some((n) => previousPeople.has(n));
    // `… проведет в Вашингтоне переговоры с … . Ожидается, что он также встретится с …`: the same traveller's
    // next planned meeting is on the same trip.
    const nextOnTrip = d.status === "planned" && d.kind !== "call" && !visit && [...d.participants.keys()].some((n) => previousPeople.has(n));
    // `… во вторник провел в Пентагоне переговоры … . В среду он встретится с …`: the traveller's next
    // meeting within days of the one held is on the same trip.
    const daysOn = !!previous?.date && !!date.date && date.precision === "day" && date.date >= previous.date && date.date <= addDays(previous.date, TRIP_DAYS);
    // `Во вторник … прилетел в Вашингтон … . В среду у Президента побывал госсекретарь`: the traveller's next
    // day on the trip, told with no city of its own, is where the story left him.
    const nextDayOnTrip = inPerson && previousStatus === "held" && daysOn && date.sentence !== null && [...d.participants.keys()].some((n) => previousPeople.has(n));
    const continues = sameDay !== undefined || shifted || sameOuting || nextOnTrip || nextDayOnTrip || d.triggerSentences.some((i) => SAME_PLACE.test(input.sentences[i]?.text ?? ""));
    const continued: PlaceFound | null =
      continues && (previousStatus === d.status || (nextOnTrip && previousStatus === "held" && daysOn))
        ? previousPlace
        : null;
    const participants = participantsOf(d, officials);
    const own = ownPlace(d, input) ?? (frame ? ownPlace(frame, input) : null) ?? (d.kind === "visit" ? homeTerritory(d, input) : null);
    // A held meeting in person is in a city: a country its sentence names (`Посла США в Казахстане`, `в ходе
    // визита в США`) says no more than the story, so the rules below look for the city.
    const stated = d.status === "held" && d.kind !== "visit" && d.kind !== "call" && own && COUNTRY_PLACES.has(own.place) ? null : own;
    const cityOnly = (found: PlaceFound | null | undefined): PlaceFound | null => (found && COUNTRY_PLACES.has(found.place) ? null : (found ?? null));
    // A meeting is in a city: the country of a visit (`визит в Казахстан`) that frames it says no more than
    // the story does, so a city found further down wins, and none is better than the country.
    // `Затем делегация отправилась в Нью-Йорк. В среду министр встретился с …`: the city the trip moved to
    // since the last meeting told.
    const at = Math.min(...d.triggerSentences);
    const since = told.length > 0 ? Math.min(...(told.at(-1)?.triggerSentences ?? [])) : -1;
    const moved = moves.findLast((m) => m.sentence !== null && m.sentence > since && m.sentence <= at) ?? null;
    const atGathering: PlaceFound | null =
      inPerson && gathering && date.date && date.sentence !== null && date.date >= gathering.date && date.date <= addDays(gathering.date, GATHERING_DAYS) && [...d.participants.keys()].some((n) => gathering?.people.has(n))
        ? gathering.place
        : null;
    const leadTripPlace = arrivalPlace(leadTrip);
    const framedPlace: PlaceFound | null = inPerson ? (scene?.place ?? moved ?? cityOnly(continued) ?? cityOnly(atGathering) ?? cityOnly(series?.place) ?? cityOnly(trip) ?? cityOnly(headline) ?? cityOnly(began?.place) ?? akimSeat(participants.map((p) => p.position)) ?? hostPostSeat(d, input) ?? datelineSupported(input) ?? arrivalPlace(arrival) ?? leadTripPlace) : null;
    // `Ожидается, что 15 мая в Астане гость проведет переговоры … . На следующий день Понеман намерен
    // встретиться с …`: the next planned meeting of a trip to the country is in the city the last one was.
    const plannedInCity: PlaceFound | null = d.status === "planned" && d.kind !== "visit" && d.kind !== "call" && own && COUNTRY_PLACES.has(own.place) ? cityOnly(continued) : null;
    const place: PlaceFound | null =
      plannedInCity ?? stated ?? (inPerson ? framedPlace : sameDay !== undefined || nextOnTrip ? continued : null) ?? (d.hostByPost ? placeBefore(at, input) : null);
    const countries = [...d.participants.keys()].map((name) => officials.get(name)?.country ?? null);
    const kazakhDelegation = participants.length === 0 && d.triggerSentences.some((i) => KAZAKH_DELEGATION.test(input.sentences[i]?.text ?? ""));
    // `бизнес-форум B5+1`, `встреча в формате C5+1`: Kazakhstan is at the table of the region's format with
    // the United States, whoever the story names.
    const regionalFormat = d.kind === "conference" && d.triggerSentences.some((i) => CENTRAL_ASIA_US.test(input.sentences[i]?.text ?? ""));
    // A place carried over from the held meeting of the trip, or the trip's own city, says where, not that
    // Kazakhstan takes part.
    const carried = place !== null && ((place === continued && previousStatus !== d.status) || place === leadTripPlace);
    if (!d.nextRound && !kazakhDelegation && !regionalFormat && (!involvesKazakhstan(participants, carried ? null : (place?.place ?? null), stated !== null) || amongKazakhs(d.kind, countries))) continue;
    const kind = kindOf(d, officials, place?.place ?? null, input.sentences);
    if (withThirdCountryOnly(kind, participants)) continue;
    // `подготовка договора о ЕАЭС, который планируется подписать в мае`: a signing planned by the Kazakh side
    // alone is another treaty's; one of this archive names the American side.
    if (kind === "signing" && d.status === "planned" && participants.length > 0 && participants.every((p) => p.country === "KZ")) continue;
    const triggerAt = Math.min(...d.triggerSentences);
    if (d.kind !== "conference" && d.kind !== "visit" && unnamedThirdCounterpart((input.sentences[triggerAt]?.text ?? "").slice(d.triggerStarts.get(triggerAt) ?? 0), participants)) continue;
    // `предстоящий визит придаст импульс …`, `программа визита согласовывается`: a trip with nobody going and
    // nowhere to go tells a reader nothing; the visit it refers to is told where it is named. So does a
    // gathering with nobody, nowhere and no day or month (`договоренностей, достигнутых на полях саммита`).
    if (participants.length === 0 && !place && (d.kind === "visit" || (d.kind === "conference" && (!date.date || (date.precision === "year" && !regionalFormat))))) continue;
    // `Форум прошел в Алматы`, `На конференции выступили эксперты`: a gathering held with nobody of either
    // side named tells the archive of no meeting between them (the one they attended names them) — unless
    // it is the region's format with the United States, which names both sides.
    // It still sets the scene: a meeting `на полях форума` is where and when it was.
    if (participants.length === 0 && d.kind === "conference" && d.status === "held" && !d.nextRound && !regionalFormat) {
      previous = date;
      previousStatus = d.status;
      previousPlace = place;
      previousPeople = new Set();
      continue;
    }
    // The same sentences told again with one of the same people alone (`посол был принят …` read twice)
    // are the meeting already kept.
    if (d.participants.size === 1 && told.some((k) => k.status === d.status && k.kind === d.kind && d.triggerSentences.every((i) => k.triggerSentences.includes(i)) && [...d.participants.keys()].every((n) => k.participants.has(n)))) continue;
    told.push(d);
    if (kind === "conference" && d.status === "held" && place && date.date) gathering = { place, date: date.date, people: new Set(d.participants.keys()) };
    previous = date;
    previousStatus = d.status;
    previousPlace = place;
    previousPeople = d.kind !== "call" ? new Set(d.participants.keys()) : new Set();

    const sentences = [...new Set([...d.sentences, ...(inSeries ? (series?.sentences ?? []) : [])])].sort((a, b) => a - b);
    const topics = new Map<string, number[]>();
    for (const i of sentences) for (const slug of topicsOf(d, i, input)) topics.set(slug, [...(topics.get(slug) ?? []), i]);
    const evidence: EvidenceRef[] = [
      { fact: "kind", sentence: d.kindSentence },
      { fact: "status", sentence: d.statusSentence },
      ...[...d.participants].map(([official, p]): EvidenceRef => ({ fact: "participant", sentence: p.sentence, official })),
      ...(date.sentence !== null ? [{ fact: "date" as const, sentence: date.sentence }] : []),
      ...(place?.sentence != null ? [{ fact: "place" as const, sentence: place.sentence }] : []),
      ...[...topics].flatMap(([topic, at]) => at.map((sentence): EvidenceRef => ({ fact: "topic", sentence, topic }))),
    ];
    out.push({
      kind,
      status: d.status,
      date: date.date,
      datePrecision: date.precision,
      dateSource: date.source,
      place: capitalOfTheDay(place?.place ?? null),
      participants,
      topics: TOPICS.filter((t) => topics.has(t.slug)).map((t) => t.slug),
      summary: summaryOf(d, input),
      evidence,
    });
  }
  placeBySameDay(out);
  return out;
}
