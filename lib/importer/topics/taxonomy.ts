import data from "./taxonomy.json";

export interface Topic {
  slug: string;
  ru: string;
  en: string;
  /** Phrases as they appear in the press, in any one inflected form: matching compares stems, so
   *  `критических минералов` also finds `критическим минералам`. `*` stands for up to three words
   *  (`региональной * безопасности` ← `региональной и глобальной безопасности`). Words in capitals,
   *  Latin or with digits (`ИИ`, `G20`, `С5+1`) must match exactly: stemming would make `ИИ` the
   *  conjunction `и`. */
  phrasings: string[];
}

export const TOPICS: readonly Topic[] = data;

export function topicBySlug(slug: string): Topic | undefined {
  return TOPICS.find((t) => t.slug === slug);
}
