"use server";

import { getDb } from "@/lib/db";
import { articleSourceSchema } from "@/lib/validation/article";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { editorAction } from "../validated-action";
import { extractDraft } from "./extract-draft";

/** Reads nothing into the archive: the preview only. Editor-only all the same (it runs the importer). */
export const extractArticleAction = editorAction(articleSourceSchema, async (input, { t }) => {
  const draft: ArticleDraft = await extractDraft(getDb(), input, t.admin.errors);
  return { data: draft };
});
