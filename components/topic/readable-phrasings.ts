/** Cyrillic letters that look exactly like Latin ones: the press writes «С5+1» with either С. */
const LOOK_ALIKE: Readonly<Record<string, string>> = { а: "a", в: "b", е: "e", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x" };

/** How a phrasing looks on screen, for telling apart two that read the same. */
function looks(phrasing: string): string {
  return phrasing.toLowerCase().replace(/[авекмнорстух]/g, (c) => LOOK_ALIKE[c] ?? c);
}

/**
 * A topic's phrasings as a reader should see them: the matcher's wildcard `*` (up to three words,
 * lib/importer/topics/taxonomy.ts) shown as an ellipsis, and phrasings that only differ in look-alike
 * Cyrillic and Latin letters (`С5+1`, `C5+1`) shown once — both stay in the taxonomy, where both match.
 */
export function readablePhrasings(phrasings: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrasing of phrasings) {
    const text = phrasing.replace(/\s*\*\s*/g, " … ").trim();
    const key = looks(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
