import { shingleHashes, signatureOf, type Signature } from "./minhash";
import { words } from "./words";

/**
 * The signature of an article's body as stored (`Article.body`: its paragraphs, blank-line separated).
 * The body, not the raw text: the title, the header lines and the capitals dateline are what a
 * reprinting site rewrites, and the stored body is what a backfill of old articles can read.
 */
export function articleSignature(body: string): Signature {
  return signatureOf(shingleHashes(words(body)));
}
