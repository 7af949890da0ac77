import type { PositionFull, Sentence } from "@/lib/importer/types";
import { positionKey, titleCountry } from "./position-key";
import type { PersonMention } from "./types";

/** `президенты Казахстана и США Нурсултан Назарбаев и Дональд Трамп`, `министры иностранных дел
 *  Казахстана, Кыргызстана и Узбекистана A, B и C`: one plural post, the countries in a row, then as
 *  many names in the same order. The head in the plural (any case) and its singular nominative. */
const PLURAL_HEADS: readonly [RegExp, string][] = (
  [
    [String.raw`президент(?:ы|ов|ам|ами|ах)`, "президент"],
    [String.raw`министр(?:ы|ов|ам|ами|ах)\s+иностранных\s+дел`, "министр иностранных дел"],
    [String.raw`глав(?:ы|ам|ами|ах)\s+МИД`, "глава МИД"],
    [String.raw`глав(?:ы|ам|ами|ах)\s+внешнеполитических\s+ведомств`, "глава внешнеполитического ведомства"],
    [String.raw`премьер-министр(?:ы|ов|ам|ами)`, "премьер-министр"],
    [String.raw`лидер(?:ы|ов|ам|ами)`, "лидер"],
  ] as const
).map(([head, singular]) => [new RegExp(String.raw`(?<!\p{L})${head}(?!\p{L})`, "giu"), singular]);
/** Every head begins with one of these: a sentence without any is not read. */
const CUE = /президент|министр|глав|лидер/iu;
const COUNTRY = String.raw`[А-ЯЁ][\p{L}-]*`;
const COUNTRY_LIST = new RegExp(String.raw`^\s+(?:стран\s+)?(${COUNTRY}(?:(?:\s*,\s*|\s+и\s+)${COUNTRY})+)\s+`, "u");

export interface PluralTitle {
  sentence: number;
  /** Offsets of the names' span: mentions starting in it, in order, take the posts. */
  after: number;
  posts: { title: string; country: string }[];
}

/** The plural posts a sentence gives to a row of names, each post with its country. */
export function pluralTitles(sentences: readonly Sentence[]): PluralTitle[] {
  const found: PluralTitle[] = [];
  sentences.forEach((s, sentence) => {
    if (!CUE.test(s.text)) return;
    for (const [head, singular] of PLURAL_HEADS) {
      for (const m of s.text.matchAll(head)) {
        const at = (m.index ?? 0) + m[0].length;
        const list = COUNTRY_LIST.exec(s.text.slice(at));
        if (!list?.[1]) {
          const row = countryRow(s.text.slice(at), singular);
          if (row) found.push({ sentence, after: at + row.after, posts: row.posts });
          continue;
        }
        const countries = list[1].split(/\s*,\s*|\s+и\s+/u);
        if (countries.some((c) => titleCountry(c) === null)) continue;
        found.push({ sentence, after: at + list[0].length - 1, posts: countries.map((c) => ({ title: `${singular} ${c}`, country: c })) });
      }
    }
    found.push(...coordinatedTitles(s.text, sentence));
  });
  return found;
}

/** `министров иностранных дел пяти государств Центральной Азии – Казахстана A, Киргизии B и Узбекистана C`: after
 *  a dash, each name led by its country in the genitive. */
const ROW_OPENING = /^[^.;:!?–—]{0,60}?\s[–—:]\s+/u;
const ROW_ITEM = new RegExp(String.raw`^(${COUNTRY})\s+\p{Lu}`, "u");

function countryRow(rest: string, singular: string): { after: number; posts: PluralTitle["posts"] } | null {
  const opening = ROW_OPENING.exec(rest);
  if (!opening) return null;
  const posts: PluralTitle["posts"] = [];
  for (const item of rest.slice(opening[0].length).split(/\s*,\s*|\s+и\s+/u)) {
    const country = ROW_ITEM.exec(item)?.[1];
    if (!country || titleCountry(country) === null) break;
    posts.push({ title: `${singular} ${country}`, country });
  }
  return posts.length >= 2 ? { after: opening[0].length - 1, posts } : null;
}

/** `министрами обороны и иностранных дел A и B`, `министры национальной экономики и торговли и интеграции
 *  A и B`: one plural head, its complements joined by the first `и`, then the names in the same order
 *  (a country after the complements goes to both posts). */
const COMPLEMENT = String.raw`(?!и\s)[а-яё-]+`;
const COORDINATED = new RegExp(
  String.raw`(?<![\p{L}-])министр(?:ы|ов|ам|ами|ах)\s+(${COMPLEMENT}(?:\s+${COMPLEMENT}){0,2})\s+и\s+([а-яё-]+(?:\s+[а-яё-]+){0,3}?)\s+(?:(${COUNTRY})\s+)?(?:[–—-]\s+)?(?=\p{Lu})`,
  "gu",
);

function coordinatedTitles(text: string, sentence: number): PluralTitle[] {
  const found: PluralTitle[] = [];
  for (const m of text.matchAll(COORDINATED)) {
    const [whole, first = "", second = "", country] = m;
    const where = country && titleCountry(country) !== null ? ` ${country}` : "";
    // A capitalised word that is no country is the first name: the complements end before it.
    const end = (m.index ?? 0) + whole.length - (country && !where ? country.length + 1 : 0);
    found.push({ sentence, after: end - 1, posts: [first, second].map((c) => ({ title: `министр ${c}${where}`, country: where.trim() })) });
  }
  return found;
}

/** The post each listed name takes, in order; none when the row of names is shorter than the posts. */
export function assignPluralTitles(titles: readonly PluralTitle[], mentions: readonly PersonMention[]): Map<PersonMention, PositionFull> {
  const assigned = new Map<PersonMention, PositionFull>();
  for (const t of titles) {
    const named = mentions.filter((m) => m.sentence === t.sentence && m.start >= t.after && !m.viaTitle).sort((a, b) => a.start - b.start);
    const row = [...new Map(named.map((m) => [m.official, m])).values()].slice(0, t.posts.length);
    if (row.length !== t.posts.length) continue;
    row.forEach((m, k) => {
      const post = t.posts[k];
      if (!post) return;
      // `министрами обороны и иностранных дел A и B` name no country: the post read before splitting did.
      const country = titleCountry(post.title) ?? m.position?.country ?? null;
      assigned.set(m, { title: post.title, key: positionKey(post.title, country), country, sentences: [t.sentence] });
    });
  }
  return assigned;
}
