import type { CountryCode, PositionFull, Sentence } from "@/lib/importer/types";
import type { Person } from "./link-mentions";
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
}

export function titleSeen(sentences: Sentence[], sentence: number, tokens: Token[], span: TitleSpan, reference: boolean): TitleSeen {
  const s = sentences[sentence];
  const head = tokens[span.headIndex];
  return {
    title: titleNominative(s?.text ?? "", tokens, span),
    head: head ? titleLemmaOf(head) : "",
    sentence,
    part: s?.part ?? "body",
    sentenceInitial: span.startIndex === 0,
    reference,
  };
}

// Titles with no country word that still say which country's post it is.
const INHERENT_COUNTRY: Record<string, CountryCode> = {
  конгрессмен: "US",
  конгрессвумен: "US",
  госсекретарь: "US",
  аким: "KZ",
  мажилисмен: "KZ",
};

/** For a legislator's title without a country, the article's own words about a legislature. */
export function legislatureCountry(articleText: string): CountryCode | null {
  const us = /(Сенат|Конгресс|сенат|конгресс)[а-яё]*\s+США|американск[а-яё]*\s+(сенатор|законодател|конгрессмен|парламентари)/u.test(articleText);
  const kz = /(Сенат|сенат)[а-яё]*\s+(Парламента|РК|Казахстана)|[Мм]ажилис/u.test(articleText);
  return us === kz ? null : us ? "US" : "KZ";
}

export function titleOwnCountry(seen: TitleSeen, legislature: CountryCode | null): CountryCode | null {
  return titleCountry(seen.title) ?? INHERENT_COUNTRY[seen.head] ?? (seen.head === "сенатор" ? legislature : null);
}

/** The person's country: the countries their titles name (most frequent), else the curated list. */
export function personCountry(person: Person, titles: TitleSeen[], legislature: CountryCode | null): CountryCode | null {
  const counts = new Map<CountryCode, number>();
  for (const t of titles) {
    if (t.reference) continue;
    const code = titleOwnCountry(t, legislature);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let top: CountryCode | null = null;
  let topCount = 0;
  for (const [code, count] of counts) if (count > topCount) [top, topCount] = [code, count];
  return top ?? person.curated?.country ?? null;
}

// Which spelling of one post to show: the formal title over "глава …", body text over headlines,
// a name-attached title over a back-reference, then the earliest.
function preference(t: TitleSeen): number {
  return (
    (t.head === "глава" || t.head === "руководитель" ? 0 : 4) +
    (t.reference ? 0 : 2) +
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
    const own = titleOwnCountry(t, legislature);
    const key = positionKey(t.title, own ?? country);
    const group = byKey.get(key) ?? { seen: [], country: own ?? country };
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
