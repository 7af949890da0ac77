import type { DatePrecision, DateSource } from "../../types";

/** A date expression found in a sentence and resolved (or not: `date` null when the text does not say
 *  enough, e.g. a relative phrase in an article whose publication date is unknown). */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string | null; // YYYY-MM-DD, first day of the month/year for coarser precision
  precision: DatePrecision;
  source: DateSource;
}

/** Past (held events) looks back from publication for `во вторник`; future (planned) looks ahead. */
export type Tense = "past" | "future";

export interface DateContext {
  publishedOn: string | null;
  tense: Tense;
}

/** `Госсекретарь, прилетевший … в субботу, в воскресенье провел переговоры`: a date inside a past participle's
 *  phrase tells what came before the news, not the news. */
const IN_PARTICIPLE_PHRASE = /(?<!\p{L})\p{L}+вш(?:ий|ая|ее|ие|его|ей|им|ими|их)(?!\p{L})[^,.;:]*$/u;

export function inParticiplePhrase(text: string, at: number): boolean {
  return IN_PARTICIPLE_PHRASE.test(text.slice(0, at));
}
