/** People in Russian news text: named officials in any grammatical case, reduced to one nominative
 *  name, with the titles they are given. Pure: text in, data out. */
import { loadMorphology } from "./morph";

export { extractPeople } from "./extract-people";
export { latinName } from "./latin-name";
export { nameForms } from "./name-forms";
export { sameOfficialKey } from "./name-key";
export { positionKey } from "./position-key";
export type { GramCase } from "./morph";
export type { PeopleResult, PersonMention } from "./types";

/** Loads the morphology dictionaries once (≈150 ms); idempotent. Everything else is synchronous. */
export function loadPeopleLanguage(): Promise<void> {
  return loadMorphology();
}
