import type { Sentence, TopicHit } from "../types";
import { matchTopics } from "./match-topics";
import { TOPICS } from "./taxonomy";

export { TOPICS, topicBySlug, type Topic } from "./taxonomy";
export { matchTopics } from "./match-topics";

/** A stretch of a sentence that names a post, not a subject (министра энергетики, Совета безопасности РК). */
export interface TitleStretch {
  sentence: number;
  start: number;
  end: number;
}

/** Topic slugs of each sentence, computed once per article and shared by the article and its meetings.
 *  Words inside people's titles are not topics: a minister of energy met is not energy discussed. */
export function topicsPerSentence(sentences: readonly Sentence[], titles: readonly TitleStretch[] = []): string[][] {
  return sentences.map((s, i) => {
    let text = s.text;
    for (const t of titles) if (t.sentence === i) text = text.slice(0, t.start) + " ".repeat(t.end - t.start) + text.slice(t.end);
    return matchTopics(text);
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
