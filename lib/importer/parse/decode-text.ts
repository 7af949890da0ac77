import { UnreadableArticleError } from "./unreadable-article-error";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Bytes or a string → the article text with the BOM dropped, line ends unified and the invisible
 *  spacing the press pastes in (NBSP, thin spaces, zero-width marks) made ordinary, so that every
 *  later rule sees one spelling of whitespace. */
export function decodeText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    if (input.includes(0)) throw new UnreadableArticleError("binary content (NUL bytes)", { kind: "binary" });
    try {
      text = utf8.decode(input);
    } catch {
      throw new UnreadableArticleError("not valid UTF-8 text", { kind: "not-utf8" });
    }
  }
  if (text.includes("\u0000")) throw new UnreadableArticleError("binary content (NUL bytes)", { kind: "binary" });
  if (text.includes("\uFFFD")) throw new UnreadableArticleError("not valid UTF-8 text (replacement characters)", { kind: "not-utf8" });
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\t]/g, " ")
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/ {2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}
