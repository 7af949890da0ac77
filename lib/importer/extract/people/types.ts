import type { OfficialFull, PositionFull } from "@/lib/importer/types";
import type { GramCase } from "./morph";

/** One place where a person is named (or, with `viaTitle`, referred to by a post: "Глава МИД
 *  Казахстана подчеркнул…"). Offsets are into `sentence.text`. */
export interface PersonMention {
  official: string; // canonical nominative name
  sentence: number;
  start: number;
  end: number;
  surnameOnly: boolean;
  grammaticalCase: GramCase | null;
  position: PositionFull | null; // the title attached to THIS mention, nominative
  /** Every case the words fit (Ермека Кошербаева: gent and accs; Ландау: all six). */
  possibleCases: GramCase[];
  /** Lower-case preposition right before the mention or its title ("с" → a counterpart). */
  preposition?: string;
  /** Lower-case word right before the mention and its title, when not a preposition
   *  ("приглашению" in "по приглашению Государственного секретаря США Марко Рубио"). */
  governingWord?: string;
  /** Span of the title attached to this mention, in `sentence.text`. */
  titleStart?: number;
  titleEnd?: number;
  /** The person is referred to only by a post held in this article. */
  viaTitle?: true;
}

/** A stretch of one sentence's text. */
export interface TextStretch {
  sentence: number;
  start: number;
  end: number;
}

export interface PeopleResult {
  officials: OfficialFull[];
  mentions: PersonMention[];
  /** Posts named without anyone of the article holding them (`Казахстан посетит министр энергетики
   *  США`): words of a title, not subjects of a meeting. */
  unheldPosts: TextStretch[];
}
