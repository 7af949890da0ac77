import type { MeetingsInput } from "./input";
import { pastDayIn, pastDayOf, type MeetingDate } from "./meeting-date";
import { placesIn, SPEAKS_AHEAD, type PlaceFound } from "./meeting-place";
import { COUNTRY_PLACES, lookup } from "./places";

/** How far back a meeting told with no day or city of its own looks for the scene it is in. */
const SCENE_REACH = 4;

/** `Понедельник, Вашингтон.`, `Среда, 15 мая, Нью-Йорк.`, `Вторник, там же.`, `Понедельник.`: a diary's head for the day. */
const DIARY_HEAD = /^(понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)(?:,\s*(\d{1,2}\s+\p{L}+))?(?:,\s*([\p{L}][\p{L} -]*?))?\.?$/iu;
const THERE_TOO = /^там\s+же$/iu;

/** The diary's weekday as a phrase the date reader knows (`в среду`). */
const WEEKDAY_PHRASE: Record<string, string> = {
  понедельник: "в понедельник",
  вторник: "во вторник",
  среда: "в среду",
  четверг: "в четверг",
  пятница: "в пятницу",
  суббота: "в субботу",
  воскресенье: "в воскресенье",
};

export interface Scene {
  date: MeetingDate | null;
  place: PlaceFound | null;
}

function diaryHead(j: number, input: MeetingsInput): Scene | null {
  const head = DIARY_HEAD.exec(input.sentences[j]?.text.trim() ?? "");
  if (!head) return null;
  const [, weekday = "", day, where = ""] = head;
  const date = pastDayOf(day ?? WEEKDAY_PHRASE[weekday.toLowerCase()] ?? "", j, input.publishedOn);
  if (THERE_TOO.test(where.trim())) {
    for (let k = j - 1; k >= 0; k--) {
      const before = diaryHead(k, input);
      if (before) return { date, place: before.place };
    }
    return { date, place: null };
  }
  const city = where ? lookup(where.trim()) : null;
  return { date, place: city && !COUNTRY_PLACES.has(city) ? { place: city, sentence: j } : null };
}

/**
 * The day and city a held meeting told with neither is in: the scene set just before it in its paragraph — a
 * diary's head (`Понедельник, Вашингтон.`) or a sentence that tells a day or a city with no event of its own
 * (`Вчера в штаб-квартире ВТО в Женеве завершился …`) — or in the lead, for the first meeting of the
 * paragraph after it. A sentence telling an event of its own ends the search for a city (that city is its
 * event's), not for the day (the next meeting told is on that day unless it says otherwise).
 */
export function sceneBefore(at: number, input: MeetingsInput, triggers: ReadonlySet<number>, lead: ReadonlySet<number>): Scene {
  const paragraph = input.sentences[at]?.paragraph;
  const firstOfParagraph = input.sentences.findIndex((s) => s.paragraph === paragraph);
  // The lead sets the scene of the paragraph right after it when no event is told between.
  const leadReach = [...lead].some((i) => i === firstOfParagraph - 1) && ![...triggers].some((i) => i >= firstOfParagraph && i < at);
  let date: MeetingDate | null = null;
  let place: PlaceFound | null = null;
  let placeOpen = true;
  for (let j = at - 1; j >= 0 && at - j <= SCENE_REACH && (date === null || (place === null && placeOpen)); j--) {
    const sentence = input.sentences[j];
    if (!sentence || sentence.part === "title" || (sentence.paragraph !== paragraph && !(leadReach && lead.has(j)))) break;
    // `Американский дипломат намерен посетить Костанай`: where someone will go is no scene of what was held.
    if (SPEAKS_AHEAD.test(sentence.text)) continue;
    const head = diaryHead(j, input);
    if (head) {
      date ??= head.date;
      if (placeOpen) place ??= head.place;
      break;
    }
    date ??= pastDayIn(j, input);
    if (placeOpen && !triggers.has(j)) {
      // `Первую половину недели он провел в Хьюстоне, вторую – в Вашингтоне`: a route, not a scene.
      const cities = new Set(placesIn(input.sentences[j]?.text ?? "").flatMap((p) => (COUNTRY_PLACES.has(p.place) ? [] : [p.place])));
      if (cities.size === 1) place = { place: [...cities][0]!, sentence: j };
      if (cities.size > 1) placeOpen = false;
    }
    if (triggers.has(j)) placeOpen = false;
  }
  return { date, place };
}
