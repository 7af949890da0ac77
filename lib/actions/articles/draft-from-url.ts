import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { addressPolicy, FETCH_DEFAULTS, fetchPage, type FetchOptions } from "@/lib/fetch-page/fetch-page";
import { FetchPageError } from "@/lib/fetch-page/fetch-page-error";
import { pageText } from "@/lib/fetch-page/page-text";
import { readPageOffThread } from "@/lib/fetch-page/read-page-pool";
import type { Messages } from "@/lib/i18n/messages";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { ActionError } from "../errors";
import { extractDraft } from "./extract-draft";
import { fetchPageMessage } from "./fetch-page-message";

type Errors = Messages["admin"]["errors"];

/**
 * "Add by URL": the page is fetched on the server, its article text taken out of the HTML and read by
 * the importer exactly as a pasted text, giving the same preview to correct — with the page's canonical
 * address, its outlet and the fetch time filled in. Nothing is written; every refusal is beside the URL.
 */
export async function draftFromUrl(db: Db, url: string, errors: Errors, options: FetchOptions = { ...FETCH_DEFAULTS, allowAddress: addressPolicy(env.FETCH_ALLOW_PRIVATE) }): Promise<ArticleDraft> {
  const refuse = (message: string): never => {
    throw new ActionError(message, { url: message });
  };
  let page;
  let fetchedAt;
  try {
    const fetched = await fetchPage(url, options);
    fetchedAt = fetched.fetchedAt;
    page = await readPageOffThread({ body: fetched.body, contentType: fetched.contentType, url: fetched.url });
  } catch (error) {
    if (error instanceof FetchPageError) return refuse(fetchPageMessage(error.problem, errors.fetch));
    throw error;
  }
  const known = await db.articleUrl.findUnique({ where: { url: page.canonicalUrl }, select: { article: { select: { title: true } } } });
  if (known) return refuse(errors.urlTaken(known.article.title));
  let draft: ArticleDraft;
  try {
    draft = await extractDraft(db, { mode: "text", rawText: pageText(page) }, errors);
  } catch (error) {
    // The importer's refusal of the text is about the page: said beside the URL.
    if (error instanceof ActionError) return refuse(error.fieldErrors.rawText ?? error.message);
    throw error;
  }
  return { ...draft, article: { ...draft.article, url: page.canonicalUrl, outlet: page.outlet }, fetchedAt: fetchedAt.toISOString() };
}
