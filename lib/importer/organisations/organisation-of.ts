import { positionKey } from "@/lib/importer/extract/people";
import { boundedMemo } from "@/lib/importer/extract/people/bounded-memo";
import type { CountryCode } from "@/lib/importer/types";
import { akimat, company, curated, diplomaticMission, genitiveOrganisation, government, ministry, type Organisation, type Rule } from "./rules";

export type { Organisation } from "./rules";

// Narrowest first: an ambassador's title names two countries; a committee of the US Senate is the
// Senate's; "заместитель премьер-министра – министр иностранных дел" is the ministry's.
const RULES: Rule[] = [diplomaticMission, curated, ministry, government, akimat, company, genitiveOrganisation];

/**
 * The organisation a post belongs to, in the nominative, with its country: "глава МИД Казахстана" and
 * "министр иностранных дел РК" → Министерство иностранных дел Казахстана (KZ); "сенатор" of a US senator
 * → Сенат США. `country` is the post's country (the holder's when the title names none). Null when the
 * title names no organisation one can be sure of — a head of state, a governor, "министр" of no known
 * country: never a guess. Pure.
 */
export const organisationOf: (title: string, country: CountryCode | null) => Organisation | null = boundedMemo(
  (title: string, country: CountryCode | null) => {
    const t = { title, key: positionKey(title, country), ownKey: positionKey(title, null) };
    for (const rule of RULES) {
      const found = rule(t);
      if (found) return found;
    }
    return null;
  },
  (title, country) => `${country ?? ""}|${title}`,
);
