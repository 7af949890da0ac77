/**
 * Sibling forms of a Russian word, for the stemmer to reduce: Snowball gives `минерал` for `минерал`
 * and `минералов` but `минера` for `минералы`, so a query must carry every stem its word's forms reduce
 * to. The word's ending (noun or adjective) is replaced by each ending of the declension; forms that do
 * not exist reduce to stems no article has, which cost nothing. Exact lexemes instead of prefix queries
 * keep the GIN match exact (no recheck of every candidate's document).
 */
const ENDING = /(ями|ами|ыми|ими|ого|его|ому|ему|ов|ев|ом|ем|ой|ей|ам|ям|ах|ях|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|а|я|у|ю|е|и|ы|о|ь|й)$/;
const ENDINGS = ["", "а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "и", "ы", "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях", "ий", "ый", "ая", "ое", "ые", "ие", "ых", "их", "ым", "им", "ыми", "ими", "ого", "ому", "ую"];
const RUSSIAN = /^[а-яё]+$/;
/** Shorter bases make unrelated words collide (мир- / миров-): leave those words as they are. */
const MIN_BASE = 4;

export function wordForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (!RUSSIAN.test(lower)) return [word];
  const base = lower.replace(ENDING, "");
  if (base.length < MIN_BASE) return [word];
  return [...new Set([word, ...ENDINGS.map((e) => base + e)])];
}
