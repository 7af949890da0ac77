import type { CountryCode, PositionFull, Sentence } from "@/lib/importer/types";
import type { Person } from "./link-mentions";
import { PLACE_LOCATIONS } from "@/lib/domain/place-locations";
import { companyCountry } from "./data/companies";
import { positionKey, titleCountry } from "./position-key";
import { titleNominative } from "./title-nominative";
import type { TitleSpan } from "./title-span";
import type { Token } from "./tokenize";
import { titleLemmaOf } from "./title-span";

/** One title occurrence, already in the nominative. */
export interface TitleSeen {
  title: string;
  head: string; // lemma of the head word
  sentence: number;
  part: Sentence["part"];
  sentenceInitial: boolean;
  /** Found as a reference without a name ("Глава МИД Казахстана подчеркнул"). */
  reference: boolean;
  /** For a reference: the key of the post it was linked to ("Глава ведомства" → the minister's post). */
  key?: string;
}

/** `министр обороны Казахстана генерал-лейтенант`: a military rank between the post and the name is
 *  the person's rank, not part of the post. */
const TRAILING_RANK = /\s+(?:генерал(?:-(?:лейтенант|майор|полковник))?|генерал\s+армии|адмирал|вице-адмирал|контр-адмирал|полковник|подполковник|маршал)\p{L}*$/iu;

function withoutRank(title: string): string {
  const trimmed = title.replace(TRAILING_RANK, "");
  return trimmed.length > 0 ? trimmed : title;
}

export function titleSeen(sentences: Sentence[], sentence: number, tokens: Token[], span: TitleSpan, reference: boolean): TitleSeen {
  const s = sentences[sentence];
  const head = tokens[span.headIndex];
  return {
    title: withoutRank(titleNominative(s?.text ?? "", tokens, span)),
    head: head ? titleLemmaOf(head) : "",
    sentence,
    part: s?.part ?? "body",
    sentenceInitial: span.startIndex === 0,
    reference,
  };
}

// Words that tie a title without a country name to one country's institutions. The US Senate has no
// `Председатель` in the Russian press (its presiding officer is the Vice President); Kazakhstan's has.
const INHERENT_COUNTRY: [RegExp, CountryCode][] = [
  // `губернатор штата Юта`, `президент Университета штата Айова`: in this genre «штат» is an American state.
  // `сенатор-республиканец`, `конгрессмен-демократ`: the two American parties.
  // `администратор USAID`, `советник Белого дома`: American agencies named without the country.
  [/конгресс|госсекретар|палат[а-я]* представителей|госдеп|(?:^|\s)штат(?:а|е)?\s|-(?:республикан|демократ)|usaid|юсаид|пентагон|белого\s+дома/u, "US"],
  [/мажилис|^аким|акимат|^(?:председател[а-я]*|спикер[а-я]*)\s+сената(?:\s+парламента)?$/u, "KZ"],
  // `губернатор Оренбургской области`: the Russian regions across the border, met at their interregional forums.
  [/государственн[а-я]*\s+думы|(?:оренбургск|астраханск|саратовск|самарск|волгоградск|челябинск|курганск|тюменск|омск|новосибирск|свердловск)[а-я]*\s+област|алтайск[а-я]*\s+кра[яюе]/u, "RU"],
];

/** For a legislator's title without a country, the article's own words about a legislature. */
export function legislatureCountry(articleText: string): CountryCode | null {
  const us = /(Сенат|Конгресс|сенат|конгресс)[а-яё]*\s+США|американск[а-яё]*\s+(сенатор|законодател|конгрессмен|парламентари)/u.test(articleText);
  const kz = /(Сенат|сенат)[а-яё]*\s+(Парламента|РК|Казахстана)|[Мм]ажилис/u.test(articleText);
  return us === kz ? null : us ? "US" : "KZ";
}

/** `губернатор Калифорнии`, `губернатора штата Айова`: a governor of a place the map puts in the United
 *  States (its name's stem, whatever the case). */
const US_STEMS = Object.entries(PLACE_LOCATIONS).flatMap(([name, l]) => (l.country === "US" ? [name.toLowerCase().replace(/[аяоеиыуюь]$/u, "")] : []));
const GOVERNOR = /^губернатор\p{L}*\s+(?:штата\s+)?(\p{L}[\p{L}-]*)/u;

function governedState(lower: string): CountryCode | null {
  const place = GOVERNOR.exec(lower)?.[1];
  return place && US_STEMS.some((stem) => stem.length >= 3 && place.startsWith(stem) && place.length - stem.length <= 3) ? "US" : null;
}

/** The country a title itself names (Президент РК), else the one its institution implies
 *  (конгрессмен, заместитель госсекретаря, председатель совета директоров Chevron, губернатор Калифорнии). */
export function titleNamedCountry(seen: TitleSeen): CountryCode | null {
  const lower = seen.title.toLowerCase();
  return titleCountry(seen.title) ?? INHERENT_COUNTRY.find(([pattern]) => pattern.test(lower))?.[1] ?? companyCountry(seen.title) ?? governedState(lower);
}

export function titleOwnCountry(seen: TitleSeen, legislature: CountryCode | null): CountryCode | null {
  return titleNamedCountry(seen) ?? (seen.head === "сенатор" || seen.head === "депутат" ? legislature : null);
}

function mostFrequent(codes: (CountryCode | null)[]): CountryCode | null {
  const counts = new Map<CountryCode, number>();
  for (const code of codes) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  let top: CountryCode | null = null;
  let topCount = 0;
  for (const [code, count] of counts) if (count > topCount) [top, topCount] = [code, count];
  return top;
}

/** The person's country: what their titles say, else the curated list, else what the article says
 *  about its legislature for a bare "сенатор" (weakest: an article may name senators of both). */
export function personCountry(person: Person, titles: TitleSeen[], legislature: CountryCode | null): CountryCode | null {
  const named = titles.filter((t) => !t.reference);
  return (
    mostFrequent(named.map(titleNamedCountry)) ??
    person.curated?.country ??
    mostFrequent(named.map((t) => titleOwnCountry(t, legislature)))
  );
}

// Which spelling of one post to show: a name-attached title over a back-reference (a bare "Министр
// также отметил" never replaces "глава МИД РК Ермек Кошербаев"), then the formal title over
// "глава …", body text over headlines, then the earliest.
function preference(t: TitleSeen): number {
  return (
    (t.reference ? 0 : 8) +
    (t.head === "глава" || t.head === "руководитель" ? 0 : 4) +
    (t.part === "body" ? 1 : 0) +
    (t.title.includes("МИД") ? 0 : 0.5)
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Groups a person's titles by post and picks how to show each. A title capitalised only because it
 *  opens a sentence takes the lower case when the same post is written lower case elsewhere
 *  ("Сенатор Стив Дэйнс …" and "… сенатором Стивом Дэйнсом" → "сенатор"). */
export function buildPositions(titles: TitleSeen[], country: CountryCode | null, legislature: CountryCode | null): PositionFull[] {
  const byKey = new Map<string, { seen: TitleSeen[]; country: CountryCode | null }>();
  for (const t of titles) {
    const own = titleNamedCountry(t) ?? country ?? titleOwnCountry(t, legislature);
    const key = t.key ?? positionKey(t.title, own);
    const group = byKey.get(key) ?? { seen: [], country: own };
    group.seen.push(t);
    byKey.set(key, group);
  }
  const positions: (PositionFull & { rank: number })[] = [];
  for (const [key, group] of byKey) {
    const chosen = [...group.seen].sort((a, b) => preference(b) - preference(a) || a.sentence - b.sentence)[0];
    if (!chosen) continue;
    let title = chosen.title;
    const midSentence = group.seen.find((t) => !t.sentenceInitial);
    if (chosen.sentenceInitial && midSentence && midSentence.title.charAt(0) === midSentence.title.charAt(0).toLowerCase()) {
      title = lowerFirst(title);
    }
    const sentences = [...new Set(group.seen.map((t) => t.sentence))].sort((a, b) => a - b);
    const named = group.seen.some((t) => !t.reference);
    positions.push({ title, key, country: group.country, sentences, rank: (named ? 1000 : 0) + title.length });
  }
  return positions
    .sort((a, b) => b.rank - a.rank)
    .map((p) => ({ title: p.title, key: p.key, country: p.country, sentences: p.sentences }));
}
