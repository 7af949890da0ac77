"use server";

import { getDb } from "@/lib/db";
import { editorAction } from "../validated-action";
import { attachReview, reviewCommandSchema } from "./source-commands";

/** Attach a possible reprint held for review to the article it resembles (/admin/review). The item
 *  leaves the list, and its row with it: the list says what was done, naming the article. */
export const attachReviewAction = editorAction(reviewCommandSchema, async (input, { editor, t }) => {
  const article = await attachReview(getDb(), input, editor.id, t);
  return { redirectTo: `/admin/review?attached=${article.id}` };
});
