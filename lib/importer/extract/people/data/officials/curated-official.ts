import type { CountryCode } from "@/lib/importer/types";

/** One post a person held, as the news names it: the title phrases that identify it and its years. */
export interface CuratedPost {
  /** Phrases of a title in the nominative, folded (lower case, ё → е), any of which names the post:
   *  words in a row that must follow one another in the title (`министр иностранных дел`, not inside
   *  `заместитель министра иностранных дел`: words match whole, a trailing `*` makes one a stem),
   *  `…` between such runs when other words may come between (`посол … в сша` for `посол Казахстана
   *  в США`). A phrase starting with `!` rules the post out when it occurs (`!первый президент`). */
  titles: readonly string[];
  /** First and last calendar year in the post, inclusive; several terms, several ranges. */
  years: readonly (readonly [number, number])[];
}

/** One person likely to appear in Kazakhstan–US diplomatic news (see `CURATED_OFFICIALS`). */
export interface CuratedOfficial {
  name: string;
  latin?: string;
  country: CountryCode | null;
  aliases?: string[];
  /** The terms (first and last calendar year, inclusive) of the posts in which the news of this genre
   *  names this person (an open term runs to 2030; several posts, several ranges, merged where they
   *  touch): with a weekday and a day, they tell an undated story's year. */
  terms?: readonly (readonly [number, number])[];
  /** For a long career, its posts one by one: when the title an article gives the person names one of
   *  them and no other, that post's years date the story instead of the whole `terms` (`министр
   *  иностранных дел Касым-Жомарт Токаев` is from 1994–1999 or 2002–2007, not from his presidency). A
   *  post may lie outside `terms` when the news rarely names the person in it (a senator who became
   *  Secretary of State). */
  posts?: readonly CuratedPost[];
}
