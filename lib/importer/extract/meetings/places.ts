import data from "./places.json";

/** Case forms a place takes after `в/во/из/до`: locative and genitive for the sentence, accusative
 *  for `визит в …`/`посетит …`. Nouns in `-а/-я` change; in a consonant, `-й` or `-ь` take endings; others do not. */
function formsOf(nominative: string): string[] {
  const words = nominative.split(" ");
  const last = words[words.length - 1] ?? nominative;
  const head = words.slice(0, -1).join(" ");
  const join = (w: string) => (head ? `${head} ${w}` : w);
  const stemA = last.slice(0, -1);
  if (/ия$/.test(last)) return [nominative, ...["ии", "ию", "ией"].map((e) => join(last.slice(0, -2) + e))];
  if (/ья$/.test(last)) return [nominative, ...["ье", "ью", "ьи"].map((e) => join(stemA + e.slice(1)))];
  if (/а$/.test(last)) {
    const gen = /[кгхжшщч]$/.test(stemA) ? "и" : "ы";
    return [nominative, ...["е", "у", gen, "ой"].map((e) => join(stemA + e))];
  }
  // `в Костанае`, `из Брюсселя`: masculine nouns in -й/-ь (the table's are all masculine).
  if (/[йь]$/.test(last)) return [nominative, ...["е", "я", "ю", "ем"].map((e) => join(stemA + e))];
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(last)) return [nominative, ...["е", "а", "у", "ом"].map((e) => join(last + e))];
  return [nominative];
}

/** Buildings stand for their city: `в Белом доме` → Вашингтон, `в Акорде` → Астана. */
const SEAT_OF: Record<string, string> = data.seatOf;
const KAZAKHSTAN = new Set(data.kazakhstan);

/** The two countries as places: a meeting's place when no city is told. */
export const COUNTRY_PLACES: ReadonlySet<string> = new Set(["Казахстан", "США"]);

export function isInKazakhstan(place: string): boolean {
  return KAZAKHSTAN.has(place);
}

const indeclinable = new Set(data.indeclinable);
const extra: Record<string, string[]> = data.extraForms;
const BY_FORM = new Map<string, string>();
for (const name of data.declinable) for (const f of indeclinable.has(name) ? [name] : formsOf(name)) BY_FORM.set(f, name);
for (const name of data.indeclinable) BY_FORM.set(name, name);
for (const [name, forms] of Object.entries(extra)) for (const f of forms) BY_FORM.set(f, name);

const CAPITALISED = String.raw`(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)`;
/** `в городе Атырау`, `в г. Актау`, `в столице штата Де-Мойне`, `в штате Айова`, `в здании Госдепартамента`,
 *  `в гостевой резиденции Блэр-хаус`,
 *  `в египетском Шарм-эш-Шейхе`:
 *  the kind of place may stand between the preposition and its name. */
const PLACE_KIND = String.raw`(?:(?:городе|г\.|столице\s+штата|штате|поселке|посёлке|селе|здании|(?:\p{Ll}+(?:ой|ей)\s+)?резиденции|\p{Ll}+ск(?:ом|ой))\s+)?`;
const AFTER_PREPOSITION = new RegExp(String.raw`(?<!\p{L})(?:[Вв]|[Вв]о)\s+${PLACE_KIND}${CAPITALISED}`, "gu");
/** `на Мальте`: islands take `на`, as other places take `в`. */
const TAKES_NA: ReadonlySet<string> = new Set(data.takesNa);
const AFTER_NA = /(?<!\p{L})[Нн]а\s+(\p{Lu}[\p{L}-]*)/gu;
/** What every form of посетить the visit-verb patterns here and the visit trigger accept contains
 *  (`посетит`, `посетил`, `посетят`, `посетить`): a sentence without it is not tried for them. */
export const VISIT_VERB_CUE = "посет";
/** `посетит Астану`, `посетить в апреле Шымкент`, `посетит на следующей неделе Алматы`: a time may stand between. */
const AFTER_VISIT_VERB = new RegExp(String.raw`(?<!\p{L})(?:посетит\p{L}*|посетил\p{L}*|посетят|посетить)\s+(?:(?:в|во|на)\s+(?:\p{Ll}+\s+){1,2})?${CAPITALISED}`, "gu");
/** `Казахстан посетит министр …`, `Астану, как ожидается, посетит …`, `Караганду намерен посетить …`, `Алма-Ату с
 *  однодневным визитом посетил …`: the
 *  destination put first. When a capitalised word follows the verb
 *  (`… ВС США посетил Астану`) that is the destination and the word before belongs to the visitor. */
const BEFORE_VISIT_VERB = /(?<!\p{L})(\p{Lu}[\p{L}-]*)(?:\s*,[^,.;:!?]{1,40},|\s+с\s+(?:[\p{L}-]+\s+){0,2}визитом)?\s+(?:посетит|посетят|посетил|посетила|посетили|(?:намерен\p{L}*|планиру\p{L}*|собира\p{L}*|долж\p{L}*)\s+посетить)(?!\p{L})(?!\s+\p{Lu})/gu;
/** `все-таки добрался до Нур-Султана`, `долетел до Вашингтона`: the destination reached. */
const REACHED = new RegExp(String.raw`(?<!\p{L})(?:добрал\p{L}*|доберет\p{L}*|доберут\p{L}*|долетел\p{L}*|долетит|доехал\p{L}*|доедет)\s+до\s+${CAPITALISED}`, "gu");

/** `посетит республику`, `визит в нашу страну`: in the Kazakh press the country the story is told from. */
const HOME_DESTINATION = /(?<!\p{L})(?:(?:посетит\p{L}*|посетил\p{L}*|посетят|посетить|визит\p{L}*(?:\s+[\p{L}-]+){0,3}\s+в|прибыть\s+в|прибудет\s+в|приедет\s+в)\s+(нашу\s+страну|республику)|(нашу\s+страну|республику)\s+посет\p{L}*)(?!\p{L})/gu;

/** `визит … в X`, `прибыл в X`: the place is where someone travels. */
const TRIP_BEFORE = /(?:(?:визит\p{L}*|поездк\p{L}*|турне|прибыл\p{L}*|прибудет|прибудут|направится|отправится)(?:\s+[\p{L}\d-]+){0,6}|(?:прилетел\p{L}*|прилетит|прилетят|приехал\p{L}*|приедет|приедут)(?:\s+[\p{L}\d-]+){0,2})\s+(?:в|во)\s+$/u;
/** `в Алма-Ату прилетел …`, `в Астану с официальным визитом прибывает …`: the destination put before the verb
 *  of an arrival made or under way. */
const ARRIVAL_AFTER = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+(?:прилетел|прибыл|приехал|прибывает|прибывают)\p{L}*/u;

export interface PlaceMention {
  place: string;
  start: number;
  /** `визит в Вашингтон`, `посетит Астану`: the destination of a trip, not just a place named. */
  destination: boolean;
}

/** `В Прово Казыханов встретился …`: a word that is a form of a known place (one word only). */
export function isPlaceForm(word: string): boolean {
  return BY_FORM.has(word);
}

/** The known place a capitalised phrase starts with: two words first (`Белом доме`), then one. */
export function lookup(phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const two = words.length > 1 ? BY_FORM.get(`${words[0]} ${words[1]}`) : undefined;
  return two ?? BY_FORM.get(words[0] ?? "") ?? null;
}

/** Known places a sentence names after `в/во` or as a trip's destination, in the nominative. Found by
 *  looking capitalised words up in the table of forms rather than by one regular expression over all
 *  forms, which was the slowest step of extraction. */
const STATE_AFTER = /^\p{L}+\s+штата(?!\p{L})/u;
/** `в Парламенте Грузии`, `в Парламенте Великобритании`: a parliament named by its country is not Astana's. */
const FOREIGN_PARLIAMENT = /^\p{L}+\s+(?!Республики\s+Казахстан|Казахстана|РК(?!\p{L}))\p{Lu}/u;

/** `в алматинском офисе компании`, `в вашингтонском отеле`: a building told by its city's adjective. A region
 *  (`в Алматинской области`) or a format (`в астанинском формате`) is not the city. */
const CITY_ADJECTIVE: Record<string, string> = data.cityAdjectives;
const VENUE_BY_ADJECTIVE = new RegExp(
  String.raw`(?<!\p{L})(?:в|во)\s+(${Object.keys(CITY_ADJECTIVE).join("|")})(?:ом|ой)\s+(?:офис|отел|здани|резиденци|кабинет|конференц-центр|аэропорт|штаб-квартир|представительств|посольств)`,
  "giu",
);

/** `открылся VI Астанинский экономический форум`, `на полях Ташкентской конференции`: a gathering named for its city. */
const GATHERING_BY_ADJECTIVE = new RegExp(
  String.raw`(?<![\p{L}-])(${Object.keys(CITY_ADJECTIVE).map((a) => a[0]!.toUpperCase() + a.slice(1)).join("|")})\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:форум|саммит|конференци|совещани)`,
  "gu",
);

/** What a sentence must hold to be tried for a gathering named for its city: most have none. */
const GATHERING_WORD = /форум|саммит|конференци|совещани/u;
const GATHERING_TALKED_OF = /(?:решени|итог|выполнени|подготовк|после|времени|момента|повестк|предыдущ|прошл|прошедш|минувш)\p{L}*\s+$/iu;

export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  if (GATHERING_WORD.test(text)) {
    for (const m of text.matchAll(GATHERING_BY_ADJECTIVE)) {
      const city = CITY_ADJECTIVE[(m[1] ?? "").toLowerCase()];
      // `о выполнении решений Вашингтонского саммита`: a gathering talked about, not the one the sentence is at.
      if (city && !GATHERING_TALKED_OF.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) found.push({ place: city, start: m.index ?? 0, destination: false });
    }
  }
  if (text.includes("ском ") || text.includes("ской ")) {
    for (const m of text.matchAll(VENUE_BY_ADJECTIVE)) {
      const city = CITY_ADJECTIVE[(m[1] ?? "").toLowerCase()];
      if (city) found.push({ place: city, start: (m.index ?? 0) + m[0].indexOf(m[1] ?? ""), destination: false });
    }
  }
  const visited = text.includes(VISIT_VERB_CUE);
  const reached = text.includes(" до ");
  for (const [re, visitVerb] of [[AFTER_VISIT_VERB, true], [BEFORE_VISIT_VERB, true], [REACHED, true], [AFTER_PREPOSITION, false], [AFTER_NA, false]] as const) {
    if (visitVerb && !(re === REACHED ? reached : visited)) continue;
    for (const m of text.matchAll(re)) {
      const phrase = m[1] ?? "";
      const place = lookup(phrase);
      if (re === AFTER_NA && (place === null || !TAKES_NA.has(place))) continue;
      const start = text.indexOf(phrase, m.index ?? 0);
      if (place === null || found.some((f) => f.start === start)) continue;
      // `в Капитолии штата`: a state's capitol, not the one in Washington; `в Парламенте Грузии`: another's.
      if (SEAT_OF[place] && STATE_AFTER.test(text.slice(start))) continue;
      if (place === "Парламент" && FOREIGN_PARLIAMENT.test(text.slice(start))) continue;
      const destination = visitVerb || TRIP_BEFORE.test(text.slice(Math.max(0, start - 90), start)) || ARRIVAL_AFTER.test(text.slice(start, start + 80));
      found.push({ place: SEAT_OF[place] ?? place, start, destination });
    }
  }
  if (text.includes("республик") || text.includes("нашу страну")) {
    for (const m of text.matchAll(HOME_DESTINATION)) {
      const phrase = m[1] ?? m[2] ?? "";
      const start = text.indexOf(phrase, m.index ?? 0);
      if (!found.some((f) => f.start === start)) found.push({ place: "Казахстан", start, destination: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
