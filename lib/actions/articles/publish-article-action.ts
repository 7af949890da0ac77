"use server";

import { getDb } from "@/lib/db";
import { publishArticleSchema } from "@/lib/validation/article-draft";
import { editorAction } from "../validated-action";
import { publishArticle } from "./publish-article";

export const publishArticleAction = editorAction(publishArticleSchema, async (input, { editor, t }) => {
  const { articleId, reprint } = await publishArticle(getDb(), input, editor.id, t.admin.errors);
  return { redirectTo: `/admin/articles/${articleId}?published=${reprint ? "reprint" : "1"}` };
});
