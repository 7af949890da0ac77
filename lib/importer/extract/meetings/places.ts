import data from "./places.json";

/** Case forms a place takes after `в/во/из/до`: locative and genitive for the sentence, accusative
 *  for `визит в …`/`посетит …`. Nouns in `-а/-я` change; in a consonant add endings; others do not. */
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
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(last)) return [nominative, ...["е", "а", "у", "ом"].map((e) => join(last + e))];
  return [nominative];
}

/** Buildings stand for their city: `в Белом доме` → Вашингтон, `в Акорде` → Астана. */
const SEAT_OF: Record<string, string> = data.seatOf;
const KAZAKHSTAN = new Set(data.kazakhstan);

export function isInKazakhstan(place: string): boolean {
  return KAZAKHSTAN.has(place);
}

const indeclinable = new Set(data.indeclinable);
const extra: Record<string, string[]> = data.extraForms;
const BY_FORM = new Map<string, string>();
for (const name of data.declinable) for (const f of indeclinable.has(name) ? [name] : formsOf(name)) BY_FORM.set(f, name);
for (const name of data.indeclinable) BY_FORM.set(name, name);
for (const [name, forms] of Object.entries(extra)) for (const f of forms) BY_FORM.set(f, name);

const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);
const PLACE_AFTER_PREPOSITION = new RegExp(String.raw`(?<![\p{L}])(?:в|во)\s+(${FORMS.join("|")})(?![\p{L}-])`, "gu");
const VISIT_PLACE = new RegExp(
  String.raw`(?:визит\p{L}*|поездк\p{L}*|турне)(?:\s+[\p{L}-]+){0,6}?\s+(?:в|во)\s+(${FORMS.join("|")})(?![\p{L}-])`,
  "gu",
);
const VISITED_PLACE = new RegExp(String.raw`(?:посетит\p{L}*|посетил\p{L}*|посетят|посетить|прибыл\p{L}*\s+в|прибудет\s+в|прибудут\s+в)\s+(${FORMS.join("|")})(?![\p{L}-])`, "gu");

export interface PlaceMention {
  place: string;
  start: number;
  /** `визит в Вашингтон`, `посетит Астану`: the destination of a trip, not just a place named. */
  destination: boolean;
}

/** Known places a sentence names after `в/во` or as a trip's destination, in the nominative. */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const [re, destination] of [[VISIT_PLACE, true], [VISITED_PLACE, true], [PLACE_AFTER_PREPOSITION, false]] as const) {
    for (const m of text.matchAll(re)) {
      const form = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].length - form.length;
      if (found.some((f) => f.start === start)) continue;
      const place = BY_FORM.get(form) ?? form;
      found.push({ place: SEAT_OF[place] ?? place, start, destination });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
