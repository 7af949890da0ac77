import { fromDictionary, parseWord, type Gender, type GramCase } from "./morph";
import { capitalizeLike } from "./letter-case";

export type CaseForms = Record<GramCase, string>;

const VOWELS = "аеёиоуыэюя";
const VELAR_OR_HUSHING = "гкхжшчщ";
const HUSHING_OR_TS = "жшчщц";

const forms = (nomn: string, gent: string, datv: string, accs: string, ablt: string, loct: string): CaseForms => ({
  nomn, gent, datv, accs, ablt, loct,
});
const same = (word: string) => forms(word, word, word, word, word, word);

/** Noun-type declension shared by foreign surnames and given names outside the dictionary. */
function declineNoun(word: string, gender: Gender): CaseForms {
  const w = word.toLowerCase();
  const stem = word.slice(0, -1);
  const last = w.at(-1) ?? "";
  const prev = w.at(-2) ?? "";
  if (last === "а" && w.length > 2) {
    const gent = VELAR_OR_HUSHING.includes(prev) ? stem + "и" : stem + "ы";
    const ablt = HUSHING_OR_TS.includes(prev) ? stem + "ей" : stem + "ой";
    return forms(word, gent, stem + "е", stem + "у", ablt, stem + "е");
  }
  if (last === "я" && w.length > 2 && prev === "и") return forms(word, stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и");
  if (last === "я" && w.length > 2) return forms(word, stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е");
  if (gender === "f") return same(word);
  if (last === "й") return forms(word, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е");
  if (last === "ь") return forms(word, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е");
  if (VOWELS.includes(last)) return same(word);
  const ablt = HUSHING_OR_TS.includes(last) ? word + "ем" : word + "ом";
  return forms(word, word + "а", word + "у", word + "а", ablt, word + "е");
}

/** The six case forms of a surname in the nominative, for the bearer's gender. */
export function declineSurname(surname: string, gender: Gender): CaseForms {
  const w = surname.toLowerCase();
  if (/(улы|уулу|кызы|қызы)$/.test(w)) return same(surname);
  if (gender === "m") {
    if (/[сц]кий$/.test(w)) {
      const s = surname.slice(0, -2);
      return forms(surname, s + "ого", s + "ому", s + "ого", s + "им", s + "ом");
    }
    if (/(ов|ев|ёв|ин|ын)$/.test(w)) {
      return forms(surname, surname + "а", surname + "у", surname + "а", surname + "ым", surname + "е");
    }
    return declineNoun(surname, "m");
  }
  if (/[сц]кая$/.test(w)) {
    const s = surname.slice(0, -2);
    return forms(surname, s + "ой", s + "ой", s + "ую", s + "ой", s + "ой");
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) {
    const s = surname.slice(0, -1);
    return forms(surname, s + "ой", s + "ой", s + "у", s + "ой", s + "ой");
  }
  return declineNoun(surname, "f");
}

const CASE_GRAMMEMES: GramCase[] = ["nomn", "gent", "datv", "accs", "ablt", "loct"];

/** A given name's case forms: the dictionary's paradigm when Az.js knows the name (it handles
 *  fleeting vowels: Павел → Павла), the noun rules otherwise. Hyphenated names decline only their
 *  last part, as the press writes them (Касым-Жомарта). */
export function declineGiven(given: string, gender: Gender): CaseForms {
  const hyphen = given.lastIndexOf("-");
  if (hyphen > 0) {
    const head = given.slice(0, hyphen + 1);
    const tail = declineGiven(given.slice(hyphen + 1), gender);
    return forms(head + tail.nomn, head + tail.gent, head + tail.datv, head + tail.accs, head + tail.ablt, head + tail.loct);
  }
  if (/^\p{Lu}\.$/u.test(given)) return same(given);
  const parse = parseWord(given).find(
    (p) => fromDictionary(p) && p.tag.Name && p.tag.nomn && !p.tag.plur && (gender === "m" ? p.tag.masc : p.tag.femn),
  );
  if (parse) {
    const out = {} as CaseForms;
    for (const c of CASE_GRAMMEMES) {
      const inflected = parse.inflect({ [c]: true, sing: true });
      out[c] = inflected ? capitalizeLike(given, inflected.word) : given;
    }
    return out;
  }
  return declineNoun(given, gender);
}
