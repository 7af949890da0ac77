"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/same-origin";
import { getDb, poolTx } from "@/lib/db";
import { env } from "@/lib/env";
import { admitRequest } from "@/lib/limits/request-quota";
import { articleSourceSchema } from "@/lib/validation/article";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { ActionError } from "../errors";
import { editorAction } from "../validated-action";
import { draftFromUrl } from "./draft-from-url";
import { extractDraft } from "./extract-draft";

/** Reads nothing into the archive: the preview only. Editor-only all the same (it runs the importer),
 *  and counted against the client's allowance of extractions (lib/limits), refused beside the text. */
export const extractArticleAction = editorAction(articleSourceSchema, async (input, { t }) => {
  const admission = await admitRequest(poolTx(getDb()).rows, clientAddress(await headers()), "extraction", env.HEAVY_ROUTE_LIMITS.extraction);
  if (!admission.ok) {
    const message = t.admin.errors.extractBusy(admission.retryAfterSeconds);
    throw new ActionError(message, { [input.mode === "text" ? "rawText" : input.mode === "url" ? "url" : "body"]: message });
  }
  const draft: ArticleDraft = input.mode === "url" ? await draftFromUrl(getDb(), input.url, t.admin.errors) : await extractDraft(getDb(), input, t.admin.errors);
  return { data: draft };
});
