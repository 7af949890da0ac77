import type { TextStretch } from "../extract/people/types";
import type { Sentence, TopicHit } from "../types";
import { matchTopics } from "./match-topics";
import { TOPICS } from "./taxonomy";

export { TOPICS, topicBySlug, type Topic } from "./taxonomy";
export { matchTopics } from "./match-topics";

/** `на полях Генеральной Ассамблеи ООН`, `в кулуарах Всемирного экономического форума`: the event a
 *  meeting was held beside names where it happened, not what was discussed. Up to the next punctuation
 *  or eight words. */
const VENUE = /(?<!\p{L})(?:на\s+полях|в\s+кулуарах)\s+[^,.;:()!?]+/giu;
const MAX_VENUE_WORDS = 8;

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

function withoutVenues(text: string): string {
  let out = text;
  for (const m of text.matchAll(VENUE)) {
    const words = m[0].split(/\s+/);
    const kept = words.slice(0, MAX_VENUE_WORDS + 2).join(" ");
    out = blank(out, m.index, m.index + Math.min(kept.length, m[0].length));
  }
  return out;
}

/** Topic slugs of each sentence, computed once per article and shared by the article and its meetings.
 *  Words inside people's titles are not topics: a minister of energy met is not energy discussed; nor
 *  is the event a meeting was held beside. */
export function topicsPerSentence(sentences: readonly Sentence[], titles: readonly TextStretch[] = []): string[][] {
  return topicText(sentences, titles).map(matchTopics);
}

/** Each sentence with the words that are never topics blanked out, offsets unchanged: what topics are
 *  read from, whole or from a point in the sentence on. */
export function topicText(sentences: readonly Sentence[], titles: readonly TextStretch[] = []): string[] {
  return sentences.map((s, i) => {
    let text = s.text;
    for (const t of titles) if (t.sentence === i) text = blank(text, t.start, t.end);
    return withoutVenues(text);
  });
}

/** Topics of a set of sentences with the sentences that evidence each, in taxonomy order. */
export function collectTopics(perSentence: readonly string[][], indexes: Iterable<number>): TopicHit[] {
  const bySlug = new Map<string, number[]>();
  for (const i of indexes) {
    for (const slug of perSentence[i] ?? []) bySlug.set(slug, [...(bySlug.get(slug) ?? []), i]);
  }
  return TOPICS.filter((t) => bySlug.has(t.slug)).map((t) => ({ slug: t.slug, sentences: bySlug.get(t.slug) ?? [] }));
}
