import "server-only";
import { getDb } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { getWaitingReview } from "@/lib/queries/sources/review-items";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { extractDraft } from "../articles/extract-draft";
import { ActionError } from "../errors";

/** An item waiting for review, read by the importer again into the same preview Add by URL gives — its
 *  page, outlet and fetch time filled in. Nothing is written. A refusal (gone, already published) is
 *  returned as the line to show instead. */
export async function openReview(id: number, t: Messages): Promise<{ draft: ArticleDraft; notice: string } | string> {
  const item = Number.isInteger(id) && id > 0 ? await getWaitingReview(id) : null;
  if (!item) return t.polling.review.notWaiting;
  try {
    const draft = await extractDraft(getDb(), { mode: "text", rawText: item.rawText }, t.admin.errors);
    return {
      draft: { ...draft, article: { ...draft.article, url: item.url, outlet: item.outlet?.name ?? draft.article.outlet }, fetchedAt: item.fetchedAt.toISOString() },
      notice: [t.polling.review.fromReview(item.title ?? item.url), item.resembles && t.polling.review.publishAsNew(item.resembles.title)].filter(Boolean).join(" "),
    };
  } catch (error) {
    if (error instanceof ActionError) return error.fieldErrors?.rawText ?? error.message;
    throw error;
  }
}
