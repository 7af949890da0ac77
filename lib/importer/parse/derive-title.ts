const MAX_TITLE = 110;

/** A page-layout article has no title line: the archive shows its first sentence, shortened on a word
 *  boundary, and the article is flagged `titleDerived` so editors know to write a real one. */
export function deriveTitle(firstSentence: string): string {
  const sentence = firstSentence.replace(/[.!?…]+$/, "").trim();
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[,;:–—-]+$/, "").trim()}…`;
}
