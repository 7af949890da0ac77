import type { CountryCode } from "@/lib/importer/types";
import { COUNTRY_WORDS, keyGenitive } from "./data/countries";
import { boundedMemo } from "./bounded-memo";

interface CountryHit {
  code: CountryCode;
  from: number;
  to: number;
  adjective: boolean;
}

/** A title's words: lower case, `ё` → `е`, quotes and brackets dropped. */
export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"„“”()]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

// Phrases split once, longest first within each country (Республики Казахстан before Казахстан).
const COMPILED = COUNTRY_WORDS.map((c) => ({ code: c.code, abbreviations: new Set(c.abbreviations), phrases: c.phrases.map((p) => p.split(" ")) }));
const ADJECTIVE_ENDING = /(ий|ый|ой|ого|ому|ым|ом|ая|ую|их|ых)$/;

/** Country expressions in a title's words, left to right (РК, Соединенных Штатов Америки, американский). */
function countryHits(ws: string[]): CountryHit[] {
  const hits: CountryHit[] = [];
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i] ?? "";
    let found: CountryHit | null = null;
    for (const country of COMPILED) {
      if (country.abbreviations.has(word)) {
        found = { code: country.code, from: i, to: i + 1, adjective: false };
        break;
      }
      const stems = country.phrases.find((st) => st.every((stem, k) => (ws[i + k] ?? "").startsWith(stem)));
      if (stems) {
        const adjective = stems.length === 1 && ADJECTIVE_ENDING.test(ws[i + stems.length - 1] ?? "");
        found = { code: country.code, from: i, to: i + stems.length, adjective };
        break;
      }
    }
    if (found) {
      hits.push(found);
      i = found.to - 1;
    }
  }
  return hits;
}

/** The country a title names first: "посол Казахстана в США" is Kazakhstan's ambassador. A country
 *  the post deals with ("директор по России и Центральной Азии Совета национальной безопасности США")
 *  is not the holder's, nor is it when the title names no other ("старший директор … по России": the
 *  holder's country is told elsewhere, here by the post before the comma, "помощник Президента США"). */
export const titleCountry: (title: string) => CountryCode | null = boundedMemo((title: string) => {
  const ws = titleWords(title);
  const hits = countryHits(ws);
  let subject = false;
  const own = hits.find((h) => {
    const before = ws[h.from - 1];
    subject = before === "по" || (before === "и" && subject);
    return !subject;
  });
  return own?.code ?? (hits.length === 0 ? regionCountry(ws) : null);
});

/** Neighbours' regions and cities whose heads Kazakh officials receive (`мэр Новосибирска`, `губернатор
 *  Оренбургской области`, `председатель народного правительства Синьцзян-Уйгурского автономного района`):
 *  the post is of that country when the title names no country at all. Stems, as `COUNTRY_WORDS`. */
const REGION_STEMS: ReadonlyArray<readonly [stem: string, code: CountryCode]> = [
  ["новосибирск", "RU"], ["омск", "RU"], ["оренбург", "RU"], ["астраханск", "RU"], ["астрахани", "RU"], ["саратовск", "RU"], ["самарск", "RU"],
  ["челябинск", "RU"], ["курганск", "RU"], ["тюменск", "RU"], ["свердловск", "RU"], ["екатеринбург", "RU"], ["томск", "RU"], ["кемеровск", "RU"],
  ["волгоградск", "RU"], ["татарстан", "RU"], ["башкортостан", "RU"], ["москвы", "RU"], ["санкт-петербург", "RU"],
  ["синьцзян", "CN"], ["урумчи", "CN"], ["пекина", "CN"], ["шанха", "CN"],
];

/** The country of a neighbour's region or city a title is a post of; a place the post is only in (`посол в
 *  Москве`) is not its country. */
function regionCountry(ws: readonly string[]): CountryCode | null {
  for (let i = 0; i < ws.length; i++) {
    const before = ws[i - 1];
    if (before === "в" || before === "во" || before === "по") continue;
    const hit = REGION_STEMS.find(([stem]) => ws[i]!.startsWith(stem));
    if (hit) return hit[1];
  }
  return null;
}

// Synonyms of one post, applied to lower-case text in this order.
// JavaScript's \b is ASCII-only: these lookarounds are word boundaries for Cyrillic.
const w = (source: string) => new RegExp(`(?<![\\p{L}-])${source}(?![\\p{L}-])`, "gu");
const SYNONYMS: [RegExp, string][] = [
  [w("мид"), "министерства иностранных дел"],
  [w("госсекретарь"), "государственный секретарь"],
  [w("госсекретаря"), "государственного секретаря"],
  [w("госсекретарю"), "государственному секретарю"],
  [w("генсек"), "генеральный секретарь"],
  // `Во вторник премьер поочередно встретился …`: the press's short word for the prime minister.
  [w("премьер"), "премьер-министр"],
  [w("спецпредставитель"), "специальный представитель"],
  [w("спецпосланник"), "специальный посланник"],
  [w("генконсул"), "генеральный консул"],
  [w("замминистра"), "заместитель министра"],
  [w("вице-министр"), "заместитель министра"],
  [w("зампредседателя"), "заместитель председателя"],
  // `Чрезвычайный и Полномочный Посол` is the ambassador's full rank: a later bare `посол` is that post.
  [/^чрезвычайн\p{L}* и полномочн\p{L}* (?=посл?\p{L}*)/u, ""],
  [/^(глава|руководитель) (министерства|внешнеполитического ведомства)( иностранных дел)?/u, "министр иностранных дел"],
  [/^(глава|руководитель) министерства /u, "министр "],
  [/^(глава|руководитель) ведомства$/u, "министр"],
  // `Глава региона`, `руководитель области`, `глава мегаполиса`, `градоначальник`: the akim in Kazakhstan's press.
  [/^(?:(?:глава|руководитель) (?:региона|области|города|мегаполиса)|градоначальник)$/u, "аким"],
  [/^глава государства(?![\p{L}])/u, "президент"],
  [/^глава правительства(?![\p{L}])/u, "премьер-министр"],
];

/** The canonical post behind a nominative title, equal for synonyms and country spellings:
 *  "Глава МИД Казахстана", "Министр иностранных дел РК" and "глава внешнеполитического ведомства
 *  Казахстана" all give "министр иностранных дел казахстана". A title without a country gets the
 *  holder's country (`fallbackCountry`), so "сенатор" of a US senator is "сенатор сша". */
export const positionKey: (title: string, fallbackCountry: CountryCode | null) => string = boundedMemo(
  computeKey,
  (title, fallbackCountry) => `${fallbackCountry ?? ""}|${title}`,
);

function computeKey(title: string, fallbackCountry: CountryCode | null): string {
  const ws = titleWords(title);
  const hits = countryHits(ws);
  const kept: string[] = [];
  let country: CountryCode | null = null;
  let cursor = 0;
  for (const hit of hits) {
    kept.push(...ws.slice(cursor, hit.from));
    if (hit.adjective) country ??= hit.code;
    else kept.push(genitiveOf(hit.code));
    if (!hit.adjective) country = country ?? hit.code;
    cursor = hit.to;
  }
  kept.push(...ws.slice(cursor));
  // `казахстанский лидер`, `лидер Казахстана`: the press's word for the country's president.
  if (kept[0] === "лидер" && hits.length === 1 && kept.length === (hits[0]!.adjective ? 1 : 2)) kept[0] = "президент";
  let key = kept.join(" ");
  for (const [pattern, replacement] of SYNONYMS) key = key.replace(pattern, replacement);
  const namesCountry = hits.some((h) => !h.adjective);
  const code = country ?? fallbackCountry;
  if (!namesCountry && code) key = `${key} ${genitiveOf(code)}`;
  return key.replace(/\s+/g, " ").trim();
}

function genitiveOf(code: CountryCode): string {
  const country = COUNTRY_WORDS.find((c) => c.code === code);
  return country ? keyGenitive(country) : code.toLowerCase();
}
