"use server";

import { getDb } from "@/lib/db";
import { deleteArticleSchema } from "@/lib/validation/article";
import { editorAction } from "../validated-action";
import { deleteArticle } from "./delete-article";

export const deleteArticleAction = editorAction(deleteArticleSchema, async (input, { editor, t }) => {
  await deleteArticle(getDb(), input, editor.id, t.admin.errors);
  return { redirectTo: "/admin/articles?deleted=1" };
});
