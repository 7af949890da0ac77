import type { Reading } from "./name-readings";

const MALE = /(ович|евич|ич)(а|у|ем|е)?$/;
const FEMALE = /(овн|евн|ичн)(а|ы|е|у|ой)$/;

/** Readings of a patronymic (Викторович, Кемелевича, Сергеевной), or null for any other word. */
export function patronymicReadings(word: string): Reading[] | null {
  const w = word.toLowerCase();
  const male = MALE.exec(w);
  if (male && w.length > 5) {
    const ending = male[2] ?? "";
    const nom = word.slice(0, word.length - ending.length);
    const cases = ending === "" ? ["nomn"] : ending === "а" ? ["gent", "accs"] : ending === "у" ? ["datv"] : ending === "ем" ? ["ablt"] : ["loct"];
    return [{ nom, cases: cases as Reading["cases"], gender: "m", weight: 1 }];
  }
  const female = FEMALE.exec(w);
  if (female && w.length > 5) {
    const ending = female[2] ?? "";
    const nom = word.slice(0, word.length - ending.length) + "а";
    const cases = ending === "а" ? ["nomn"] : ending === "ы" ? ["gent"] : ending === "е" ? ["datv", "loct"] : ending === "у" ? ["accs"] : ["ablt"];
    return [{ nom, cases: cases as Reading["cases"], gender: "f", weight: 1 }];
  }
  return null;
}
