import { z } from "zod";
import { httpUrl, id, optionalDate, optionalHttpUrl, optionalText, text, version } from "./fields";
import { LIMITS } from "./limits";

/** What an editor can change on a published article. The body's paragraphs are separated by blank lines. */
export const articleFieldsSchema = z.object({
  title: text(LIMITS.title),
  lead: optionalText(LIMITS.lead),
  publishedOn: optionalDate,
  dateline: optionalText(LIMITS.place),
  source: optionalText(LIMITS.source),
  photoCredit: optionalText(LIMITS.photoCredit),
  /** The original page and the site that published it (provenance; not the body it quotes: `source`). */
  url: optionalHttpUrl(LIMITS.url),
  outlet: optionalText(LIMITS.outlet),
});

export const updateArticleSchema = articleFieldsSchema.extend({
  id,
  version,
  body: text(LIMITS.body),
});
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;

export const deleteArticleSchema = z.object({
  id,
  version,
  confirm: z.literal("delete", { error: "confirmDelete" }),
});

/**
 * A new article for extraction: pasted text in either layout, fields filled by hand (composed into
 * the wire layout, then read by the same importer), or the address of a page to fetch and read.
 */
export const articleSourceSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("text"), rawText: text(LIMITS.rawText) }),
  articleFieldsSchema.omit({ photoCredit: true, url: true, outlet: true }).extend({ mode: z.literal("fields"), body: text(LIMITS.body) }),
  z.object({ mode: z.literal("url"), url: httpUrl(LIMITS.url) }),
]);
export type ArticleSourceInput = z.output<typeof articleSourceSchema>;
