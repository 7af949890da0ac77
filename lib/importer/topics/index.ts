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

/** The text with every stretch replaced by spaces, offsets unchanged, in one pass (blanking one stretch
 *  at a time rebuilt a long sentence once per title: quadratic on a pasted 100 KB line). */
function blank(text: string, stretches: readonly { start: number; end: number }[]): string {
  if (stretches.length === 0) return text;
  let out = "";
  let at = 0;
  for (const { start, end } of [...stretches].sort((a, b) => a.start - b.start)) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + " ".repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

function withoutVenues(text: string): string {
  const venues = [...text.matchAll(VENUE)].map((m) => {
    const kept = m[0].split(/\s+/).slice(0, MAX_VENUE_WORDS + 2).join(" ");
    return { start: m.index, end: m.index + Math.min(kept.length, m[0].length) };
  });
  return blank(text, venues);
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
  const bySentence = new Map<number, TextStretch[]>();
  for (const t of titles) {
    const list = bySentence.get(t.sentence);
    if (list) list.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  return sentences.map((s, i) => withoutVenues(blank(s.text, bySentence.get(i) ?? [])));
}

/** Topics of a set of sentences with the sentences that evidence each, in taxonomy order. */
export function collectTopics(perSentence: readonly string[][], indexes: Iterable<number>): TopicHit[] {
  const bySlug = new Map<string, number[]>();
  for (const i of indexes) {
    for (const slug of perSentence[i] ?? []) bySlug.set(slug, [...(bySlug.get(slug) ?? []), i]);
  }
  return TOPICS.filter((t) => bySlug.has(t.slug)).map((t) => ({ slug: t.slug, sentences: bySlug.get(t.slug) ?? [] }));
}
