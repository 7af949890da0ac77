import type { ParsedArticle, Sentence } from "../types";
import { contentHash } from "./content-hash";
import type { DatelineString } from "./dateline-string";
import { decodeText } from "./decode-text";
import { deriveTitle } from "./derive-title";
import { assertGenre } from "./genre-check";
import { readLayout } from "./read-layout";
import { splitSentences } from "./split-sentences";
import { findTextSource } from "./text-source";
import { UnreadableArticleError } from "./unreadable-article-error";
import { LIMITS } from "@/lib/validation/limits";

export interface ParseResult {
  /** `publishedOn` is set only from a ` date ` header here; the date extractor fills the rest. */
  article: ParsedArticle;
  sentences: Sentence[];
  /** Paragraph indexes of inner section headings: they open a new part of the story. */
  headings: number[];
  datelineString: DatelineString | null;
}

/** The longest article there is (a long feature rarely passes 40 KB) is the editor form's limit too. */
function tooLong(size: number, unit: "bytes" | "characters"): UnreadableArticleError {
  return new UnreadableArticleError(`too long to be one article: ${size.toLocaleString("en")} ${unit}; the limit is ${LIMITS.rawText.toLocaleString("en")} characters`, {
    kind: "too-long",
    size,
    unit,
    limit: LIMITS.rawText,
  });
}

/** Text or bytes → the article's parts and its sentences, or `UnreadableArticleError`. */
export function parseArticle(input: string | Uint8Array): ParseResult {
  // Bytes first: decoding a 5 MB line is wasted work when the answer is no.
  if (typeof input !== "string" && input.length > LIMITS.rawText * 4) throw tooLong(input.length, "bytes");
  const rawText = decodeText(input);
  if (rawText.length > LIMITS.rawText) throw tooLong(rawText.length, "characters");
  assertGenre(rawText);
  const layout = readLayout(rawText);
  if (layout.paragraphs.length === 0) throw new UnreadableArticleError("no body text after the title and dateline", { kind: "no-body" });

  const sentences: Sentence[] = [];
  if (layout.title) sentences.push({ part: "title", paragraph: 0, start: 0, text: layout.title });
  if (layout.lead) {
    for (const s of splitSentences(layout.lead)) sentences.push({ part: "lead", paragraph: 0, start: s.start, text: s.text });
  }
  layout.paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(p)) sentences.push({ part: "body", paragraph, start: s.start, text: s.text });
  });

  const firstBody = sentences.find((s) => s.part === "body");
  if (!firstBody) throw new UnreadableArticleError("no sentence in the body", { kind: "no-body" });
  const title = layout.title ?? deriveTitle(firstBody.text);
  const article: ParsedArticle = {
    title,
    titleDerived: layout.title === null,
    lead: layout.lead,
    paragraphs: layout.paragraphs,
    datelinePlace: layout.datelinePlace,
    publishedOn: layout.headerDate,
    publishedOnSource: layout.headerDate ? "header" : null,
    source: layout.datelineString?.source ?? layout.agency ?? findTextSource(layout.paragraphs),
    photoCredit: layout.photoCredit,
    url: layout.provenance?.url ?? null,
    outlet: layout.provenance?.outlet ?? null,
    fetchedAt: null,
    rawText,
    contentHash: contentHash(rawText),
  };
  return { article, sentences, headings: layout.headings, datelineString: layout.datelineString };
}
