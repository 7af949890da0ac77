/** Kazakh letters as SQL's `chronicle_fold` translates them (`Тоқаев` → `токаев`). */
const KAZAKH: Readonly<Record<string, string>> = { ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и" };
/** Letters with accents (Latin ones, combining marks): only these need Unicode decomposition. */
const ACCENTED = /[\u00C0-\u024F\u0300-\u036F]/;
/** Anything to fold beyond lower case: most words have nothing, and this runs on every word. */
const SPECIAL = /[ёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ\u00C0-\u024F\u0300-\u036F]/;

/** How the importer compares words, the same as search's `chronicle_fold` in the database: lower case,
 *  accents off (`ё` → `е`, `й` kept), Kazakh letters to their Russian look-alikes. A test holds the two
 *  together (tests/integration/fold.test.ts). Decomposes only text with accents: it runs on every word. */
export function fold(text: string): string {
  if (!SPECIAL.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase().replace(/ё/g, "е").replace(/[әғқңөұүһі]/g, (c) => KAZAKH[c] ?? c);
  if (!ACCENTED.test(lower)) return lower;
  return lower.normalize("NFD").replace(/(?<![иИ])[\u0300-\u036f]/g, "").normalize("NFC");
}
