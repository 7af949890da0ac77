"use server";

import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { editorAction } from "../validated-action";
import { updateSource, updateSourceSchema } from "./update-source";

/** A source's feed or listing page, site and polling, edited in /admin/sources/[id]. */
export const updateSourceAction = editorAction(updateSourceSchema, async (input, { editor, t }) => {
  await updateSource(getDb(), input, editor.id, t, { allowPrivate: env.FETCH_ALLOW_PRIVATE });
  return { message: t.polling.editForm.saved };
});
