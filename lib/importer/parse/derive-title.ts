/** Long enough for a whole first sentence of a press-service report (they run to about 200 characters). */
const MAX_TITLE = 220;
/** A cut shorter than this says too little: then the sentence is cut at a word instead. */
const MIN_CLAUSE = 60;

/**
 * A page-layout article has no title line: the archive shows its first sentence — whole when it fits,
 * else up to the last clause boundary (comma, semicolon, dash) that fits, and only failing that at a
 * word, with an ellipsis. The article is flagged `titleDerived` so editors know to write a real one.
 */
export function deriveTitle(firstSentence: string): string {
  const sentence = firstSentence.replace(/[.!?…]+$/, "").trim();
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE + 1);
  const clause = Math.max(...[...cut.matchAll(/[,;] | [–—] /g)].map((m) => m.index));
  if (clause >= MIN_CLAUSE) return `${sentence.slice(0, clause).trim()}…`;
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > MIN_CLAUSE ? cut.slice(0, lastSpace) : cut.slice(0, MAX_TITLE)).replace(/[,;:–—-]+$/, "").trim()}…`;
}
