"use server";

import { getDb } from "@/lib/db";
import { updateArticleSchema } from "@/lib/validation/article";
import { editorAction } from "../validated-action";
import { updateArticle } from "./update-article";

export const updateArticleAction = editorAction(updateArticleSchema, async (input, { editor, t }) => {
  await updateArticle(getDb(), input, editor.id, t.admin.errors);
  return { message: t.admin.form.saved };
});
