import type { Sentence, TopicHit } from "../types";
import { matchTopics } from "./match-topics";
import { TOPICS } from "./taxonomy";

export { TOPICS, topicBySlug, type Topic } from "./taxonomy";
export { matchTopics } from "./match-topics";

/** Topic slugs of each sentence, computed once per article and shared by the article and its meetings. */
export function topicsPerSentence(sentences: readonly Sentence[]): string[][] {
  return sentences.map((s) => matchTopics(s.text));
}

/** Topics of a set of sentences with the sentences that evidence each, in taxonomy order. */
export function collectTopics(perSentence: readonly string[][], indexes: Iterable<number>): TopicHit[] {
  const bySlug = new Map<string, number[]>();
  for (const i of indexes) {
    for (const slug of perSentence[i] ?? []) bySlug.set(slug, [...(bySlug.get(slug) ?? []), i]);
  }
  return TOPICS.filter((t) => bySlug.has(t.slug)).map((t) => ({ slug: t.slug, sentences: bySlug.get(t.slug) ?? [] }));
}
