"use server";

import { getDb } from "@/lib/db";
import { updateOfficialSchema } from "@/lib/validation/official";
import { editorAction } from "../validated-action";
import { updateOfficial } from "./update-official";

export const updateOfficialAction = editorAction(updateOfficialSchema, async (input, { editor, t }) => {
  await updateOfficial(getDb(), input, editor.id, t.admin.errors);
  return { message: t.admin.form.saved };
});
