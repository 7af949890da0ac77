import type { CountryCode, PositionFull } from "@/lib/importer/types";
import { positionKey, titleCountry } from "./position-key";
import { titleAround, type TitleSpan } from "./title-span";
import type { Token } from "./tokenize";
import { titleHeadParse } from "./word-class";

export interface HeldPost {
  person: number;
  position: PositionFull;
}

/** `во главе делегации`, `во главе с министром`: "leading", not the post of a head. */
function isLeadingIdiom(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === "главе" && tokens[i - 1]?.lower === "во";
}

/** Head words of titles standing alone in a sentence (not attached to a name). */
export function standaloneTitles(tokens: Token[], used: ReadonlySet<number>): TitleSpan[] {
  const spans: TitleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || isLeadingIdiom(tokens, i) || titleHeadParse(tokens[i]!.text) === null) continue;
    const span = titleAround(tokens, i, used);
    if (!span) continue;
    spans.push(span);
    i = span.endIndex - 1;
  }
  return spans;
}

const COUNTRY_SUFFIX = / (казахстана|сша|россии|китая|узбекистана|кыргызстана|таджикистана|туркменистана)$/;

/** The one person of the article who holds the post a bare title names: an exact key match
 *  ("Глава МИД Казахстана" → the minister named with "Министр иностранных дел РК"), or, for a title
 *  without a country ("Глава ведомства", "Главы государства"), the one holder of a post it begins.
 *  Ambiguity links nobody. `sentence`: where the bare title stands. */
export function holderOf(title: string, posts: HeldPost[], sentence?: number): HeldPost | null {
  const country: CountryCode | null = titleCountry(title);
  const key = positionKey(title, null);
  const exact = posts.filter((p) => p.position.key === key);
  if (exact.length > 0) return uniquePerson(exact);
  // `казахстанский министр` names the country: the one Kazakh holder of a minister's post.
  const bareKey = country ? key.replace(COUNTRY_SUFFIX, "") : key;
  const prefix = posts.filter((p) => {
    if (country && p.position.country !== country) return false;
    // `Первый вице-премьер – министр сельского хозяйства`: each post of a double title is held.
    return p.position.key
      .replace(COUNTRY_SUFFIX, "")
      .split(/\s+[–—-]\s+/u)
      .some((bare) => bare === bareKey || bare.startsWith(`${bareKey} `));
  });
  if (country) return uniquePerson(prefix);
  // Kazakhstan's press calls its own president and minister by the bare post (`Глава государства`,
  // `Глава МИД`) and names the country of anyone else's: with holders from several countries, the bare
  // post is Kazakhstan's. Nor is it a third country's holder the story names only later (`Первым гостя принял
  // президент. …`, then `его примет президент Узбекистана …`).
  const sole = uniquePerson(prefix);
  if (sole && sentence !== undefined && thirdCountry(sole.position.country) && Math.min(...prefix.map((p) => p.position.sentences[0] ?? Infinity)) > sentence) return null;
  return sole ?? uniquePerson(prefix.filter((p) => p.position.country === "KZ"));
}

const thirdCountry = (country: CountryCode | null) => country !== null && country !== "KZ" && country !== "US";

function uniquePerson(posts: HeldPost[]): HeldPost | null {
  const people = new Set(posts.map((p) => p.person));
  return people.size === 1 ? (posts[0] ?? null) : null;
}

/** Presidents by country, for a post named without its holder's name in an article that names the
 *  president without the post (`Нурсултан Назарбаев …`, then `казахстанскому президенту предстоит …`). */
const PRESIDENTS: Partial<Record<CountryCode, readonly string[]>> = {
  KZ: ["Нурсултан Назарбаев", "Касым-Жомарт Токаев"],
  US: ["Дональд Трамп", "Джо Байден", "Барак Обама", "Джордж Буш", "Билл Клинтон"],
};

/** The article's one president of the country a bare `президент` names (`Глава государства` is
 *  Kazakhstan's in its press), when no one holds the post in the text. */
export function presidentOf(title: string, names: readonly string[]): { index: number; key: string; country: CountryCode } | null {
  const key = positionKey(title, null);
  const country = titleCountry(title) ?? (key === "президент" && /^глав/iu.test(title.trim()) ? "KZ" : null);
  if (!country || !key.startsWith("президент")) return null;
  const found = names.flatMap((name, index) => (PRESIDENTS[country]?.includes(name) ? [index] : []));
  return found.length === 1 && found[0] !== undefined ? { index: found[0], key: positionKey(title, country), country } : null;
}
