import { WIKIPEDIA, translate } from "iuliia";
import { CURATED_OFFICIALS } from "./data/curated-officials";
import { foldKazakh, sameOfficialKey } from "./name-key";
import { boundedMemo } from "./bounded-memo";

let curatedLatin: Map<string, string> | null = null;

function curatedIndex(): Map<string, string> {
  if (!curatedLatin) {
    curatedLatin = new Map();
    for (const person of CURATED_OFFICIALS) {
      if (!person.latin) continue;
      for (const spelling of [person.name, ...(person.aliases ?? [])]) {
        curatedLatin.set(sameOfficialKey(spelling), person.latin);
      }
    }
  }
  return curatedLatin;
}

/** Press spelling in Latin letters: the curated English spelling for people whose names cannot be
 *  transliterated back (Стив Дэйнс → Steve Daines), else the WIKIPEDIA scheme (Yermek Kosherbayev). */
export const latinName: (name: string) => string = boundedMemo(
  (name: string) => curatedIndex().get(sameOfficialKey(name)) ?? translate(foldKazakh(name), WIKIPEDIA),
);
