import type { GramCase, Gender } from "./morph";
import { boundedMemo } from "./bounded-memo";

/** One way to read an inflected name token: its nominative, the cases it can stand in, the gender it
 *  implies (null: either), and how plausible the reading is (relative, 0–1). */
export interface Reading {
  nom: string;
  cases: readonly GramCase[];
  gender: Gender | null;
  weight: number;
}

export const ALL_CASES: readonly GramCase[] = ["nomn", "gent", "datv", "accs", "ablt", "loct"];

const cut = (word: string, n: number, add = "") => word.slice(0, word.length - n) + add;
const r = (nom: string, cases: readonly GramCase[], gender: Gender | null, weight: number): Reading => ({
  nom,
  cases,
  gender,
  weight,
});

const POSSESSIVE = /(ов|ев|ёв|ин|ын)$/; // Кошербаев, Смадияров, Ильин: the Russian-type surname stem
const VOWELS = "аеёиоуыэюя";
const HUSHING = "жшчщц";

/** Readings of a surname token. Russian-type surnames (-ов/-ев/-ин, -ский) have their own paradigm;
 *  any other consonant-final surname (Маст, Дэйнс, Блинкен) declines like a masculine noun and is
 *  indeclinable for women; vowel-final foreign and Kazakh surnames (Ландау, Рубио, Нуртлеу,
 *  Тлеуберди) are indeclinable. */
export const surnameReadings: (word: string) => Reading[] = boundedMemo(computeSurnameReadings);

function computeSurnameReadings(word: string): Reading[] {
  const w = word.toLowerCase();
  const out: Reading[] = [];
  if (/(улы|уулу|кызы|қызы)$/.test(w)) return [r(word, ALL_CASES, null, 1)];

  // -ский / -цкий adjectival surnames.
  if (/[сц]кий$/.test(w)) out.push(r(word, ["nomn"], "m", 1));
  else if (/[сц]кого$/.test(w)) out.push(r(cut(word, 3, "ий"), ["gent", "accs"], "m", 1));
  else if (/[сц]кому$/.test(w)) out.push(r(cut(word, 3, "ий"), ["datv"], "m", 1));
  else if (/[сц]ким$/.test(w)) out.push(r(cut(word, 2, "ий"), ["ablt"], "m", 1));
  else if (/[сц]ком$/.test(w)) out.push(r(cut(word, 2, "ий"), ["loct"], "m", 1));
  else if (/[сц]кая$/.test(w)) out.push(r(word, ["nomn"], "f", 1));
  else if (/[сц]кой$/.test(w)) out.push(r(cut(word, 2, "ая"), ["gent", "datv", "ablt", "loct"], "f", 1));
  else if (/[сц]кую$/.test(w)) out.push(r(cut(word, 2, "ая"), ["accs"], "f", 1));
  if (out.length > 0) return out;

  if (POSSESSIVE.test(w)) {
    out.push(r(word, ["nomn"], "m", 1), r(word, ALL_CASES, "f", 0.05));
    return out;
  }
  const stem1 = cut(w, 1);
  const stem2 = cut(w, 2);
  if (w.endsWith("а") && POSSESSIVE.test(stem1)) {
    return [r(cut(word, 1), ["gent", "accs"], "m", 1), r(word, ["nomn"], "f", 0.8)];
  }
  if (w.endsWith("у") && POSSESSIVE.test(stem1)) {
    return [r(cut(word, 1), ["datv"], "m", 1), r(cut(word, 1, "а"), ["accs"], "f", 0.8)];
  }
  if (w.endsWith("ым") && POSSESSIVE.test(stem2)) return [r(cut(word, 2), ["ablt"], "m", 1)];
  if (w.endsWith("ом") && /ин$/.test(stem2)) return [r(cut(word, 2), ["ablt"], "m", 0.9)]; // Чаплином
  if (w.endsWith("е") && POSSESSIVE.test(stem1)) return [r(cut(word, 1), ["loct"], "m", 1)];
  if (w.endsWith("ой") && POSSESSIVE.test(stem2)) {
    return [r(cut(word, 2, "а"), ["gent", "datv", "ablt", "loct"], "f", 1)];
  }
  if (w.endsWith("ы") && POSSESSIVE.test(stem1)) return [r(cut(word, 1), ["nomn"], null, 0.3)]; // plural

  const last = w.at(-1) ?? "";
  const beforeLast = w.at(-2) ?? "";
  if (!VOWELS.includes(last) && last !== "й" && last !== "ь") {
    // Маст / Дэйнс: masculine noun paradigm; a woman's consonant-final surname never changes.
    // A nominative in -ом/-ем/-ым is rare (Мастом, Бушем are instrumentals).
    const nominative = /[оеыи]м$/.test(w) ? 0.5 : 1;
    out.push(r(word, ["nomn"], "m", nominative), r(word, ALL_CASES, "f", nominative));
    if (w.endsWith("ом") && !VOWELS.includes(stem2.at(-1) ?? "а")) out.push(r(cut(word, 2), ["ablt"], "m", 0.9));
    if (w.endsWith("ем") && HUSHING.includes(stem2.at(-1) ?? "")) out.push(r(cut(word, 2), ["ablt"], "m", 0.9));
    if (w.endsWith("ем") && VOWELS.includes(stem2.at(-1) ?? "")) out.push(r(cut(word, 2, "й"), ["ablt"], "m", 0.8));
    if (w.endsWith("ем") && !VOWELS.includes(stem2.at(-1) ?? "а") && !HUSHING.includes(stem2.at(-1) ?? "")) {
      out.push(r(cut(word, 2, "ь"), ["ablt"], "m", 0.5));
    }
    return out;
  }
  if (last === "й") {
    out.push(r(word, ["nomn"], "m", 1));
    if (w.endsWith("ой") && stem2.length > 1) out.push(r(cut(word, 2, "а"), ["gent", "datv", "ablt", "loct"], null, 0.6)); // Обамой
    if (w.endsWith("ей") && stem2.length > 1) out.push(r(cut(word, 2, "я"), ["gent", "datv", "ablt", "loct"], null, 0.3));
    return out;
  }
  if (last === "ь") return [r(word, ["nomn"], "m", 1), r(word, ALL_CASES, "f", 0.8)];
  // Vowel-final.
  const consonantBefore = !VOWELS.includes(beforeLast);
  switch (last) {
    case "а":
      if (consonantBefore) out.push(r(cut(word, 1), ["gent", "accs"], "m", 0.9)); // Маста
      out.push(r(word, ["nomn"], null, 0.7)); // Обама
      return out;
    case "я":
      if (!consonantBefore) out.push(r(cut(word, 1, "й"), ["gent", "accs"], "m", 0.8)); // Гайдая
      else out.push(r(cut(word, 1, "ь"), ["gent", "accs"], "m", 0.6)); // Гоголя
      out.push(r(word, ["nomn"], null, 0.6));
      return out;
    case "у":
      // After a vowel -у is the surname's own (Ландау, Нуртлеу); after a consonant it is far more
      // often a dative ending (Трампу, Масту) than an indeclinable name (Шойгу).
      out.push(r(word, ALL_CASES, null, consonantBefore ? 0.6 : 1));
      if (consonantBefore && stem1.length > 2) out.push(r(cut(word, 1), ["datv"], "m", 0.9)); // Масту
      if (consonantBefore && stem1.length > 2) out.push(r(cut(word, 1, "а"), ["accs"], null, 0.3)); // Обаму
      return out;
    case "ю":
      out.push(r(word, ALL_CASES, null, 0.9));
      if (!consonantBefore) out.push(r(cut(word, 1, "й"), ["datv"], "m", 0.7));
      else out.push(r(cut(word, 1, "ь"), ["datv"], "m", 0.4));
      return out;
    case "е":
      out.push(r(word, ALL_CASES, null, 0.7));
      if (consonantBefore && stem1.length > 2) out.push(r(cut(word, 1), ["loct", "datv"], "m", 0.8)); // Масте
      if (consonantBefore && stem1.length > 2) out.push(r(cut(word, 1, "а"), ["datv", "loct"], null, 0.3)); // Обаме
      if (!consonantBefore) out.push(r(cut(word, 1, "й"), ["loct", "datv"], "m", 0.6)); // Гайдае
      return out;
    case "ы":
      // Kazakh surnames in -ы are indeclinable (Тлеуберды); a foreign -а surname's genitive is rarer here.
      out.push(r(word, ALL_CASES, null, 1));
      if (consonantBefore && stem1.length > 2) out.push(r(cut(word, 1, "а"), ["gent"], null, 0.4));
      return out;
    case "и":
      out.push(r(word, ALL_CASES, null, 1));
      if (stem1.endsWith("и")) out.push(r(cut(word, 1, "я"), ["gent", "datv", "loct"], null, 0.4)); // Берии
      return out;
    default:
      return [r(word, ALL_CASES, null, 1)]; // Рубио, Кличко, Гёте
  }
}
