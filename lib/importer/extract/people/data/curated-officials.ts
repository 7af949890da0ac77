import { KZ_AKIMS } from "./officials/kz-akims";
import { KZ_FOREIGN_SERVICE } from "./officials/kz-foreign-service";
import { KZ_LEADERSHIP } from "./officials/kz-leadership";
import { KZ_MINISTERS } from "./officials/kz-ministers";
import { NEIGHBOURS } from "./officials/neighbours";
import { US_DIPLOMATS } from "./officials/us-diplomats";
import { US_EXECUTIVE } from "./officials/us-executive";
import { US_OTHERS } from "./officials/us-others";
import type { CuratedOfficial } from "./officials/curated-official";

export type { CuratedOfficial } from "./officials/curated-official";

/** People likely to appear in Kazakhstan–US diplomatic news. Used for: the real Latin spelling of
 *  foreign names (transliterating Russian back cannot reach "JD Vance"), the country when no title
 *  gives it, a full name when an article gives only the surname, spelling variants (`aliases`), and
 *  the year of an undated story from the terms of those named. Extraction does not depend on this
 *  list: people not in it are still found. Kazakh officials' `latin` is the spelling their own offices
 *  publish in English (Akorda: "Kassym-Jomart Tokayev"; the MFA: "Erlan Idrissov"). One entry per
 *  person, kept in the small lists by country and branch. */
export const CURATED_OFFICIALS: CuratedOfficial[] = [
  ...US_EXECUTIVE,
  ...US_DIPLOMATS,
  ...US_OTHERS,
  ...KZ_LEADERSHIP,
  ...KZ_FOREIGN_SERVICE,
  ...KZ_MINISTERS,
  ...KZ_AKIMS,
  ...NEIGHBOURS,
];
