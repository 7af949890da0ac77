import { createHash } from "node:crypto";

/** The identity of an article's text: the same file imported again (even re-saved with a BOM or CRLF)
 *  hashes the same because the hash is taken after `decodeText`. */
export function contentHash(normalisedText: string): string {
  return createHash("sha256").update(normalisedText, "utf8").digest("hex");
}
