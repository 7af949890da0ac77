import type { CountryCode } from "@/lib/importer/types";

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
}
