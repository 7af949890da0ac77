import { WIKIPEDIA, translate } from "iuliia";
import { CURATED_OFFICIALS } from "./data/curated-officials";
import { foldKazakh, sameOfficialKey } from "./name-key";

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
const latinCache = new Map<string, string>();

export function latinName(name: string): string {
  let latin = latinCache.get(name);
  if (latin === undefined) {
    latin = curatedIndex().get(sameOfficialKey(name)) ?? translate(foldKazakh(name), WIKIPEDIA);
    if (latinCache.size > 20_000) latinCache.clear();
    latinCache.set(name, latin);
  }
  return latin;
}
