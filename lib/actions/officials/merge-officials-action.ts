"use server";

import { getDb } from "@/lib/db";
import { mergeOfficialsSchema } from "@/lib/validation/official";
import { editorAction } from "../validated-action";
import { mergeOfficials } from "./merge-officials";

export const mergeOfficialsAction = editorAction(mergeOfficialsSchema, async (input, { editor, t }) => {
  await mergeOfficials(getDb(), input, editor.id, t.admin.errors);
  return { redirectTo: `/admin/officials/${input.targetId}?merged=1` };
});
