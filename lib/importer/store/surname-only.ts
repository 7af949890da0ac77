/** What the surname rule needs to know of a stored official. */
export interface SurnameCandidate {
  nameRu: string;
  surname: string;
  countryCode: string | null;
}

/** A name of one word: the extractor found the person only by surname (`Кошербаев`). */
export function isSurnameOnly(name: string): boolean {
  return !/\s/.test(name.trim());
}

/** Official.surname: the last word, lowercased. */
export function surnameOf(name: string): string {
  return (name.trim().split(/\s+/).at(-1) ?? name).toLowerCase();
}

/**
 * The stored official a surname-only mention means: the one full-named official with that surname whose
 * country agrees (either side unknown counts as agreeing). None or several → null: the caller stores the
 * mention as its own official for an editor to review, rather than guess between namesakes.
 */
export function resolveSurnameOnly<T extends SurnameCandidate>(name: string, country: string | null, stored: T[]): T | null {
  const surname = surnameOf(name);
  const matches = stored.filter(
    (o) => o.surname === surname && !isSurnameOnly(o.nameRu) && (!country || !o.countryCode || o.countryCode === country),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
