"use server";

import { getDb } from "@/lib/db";
import { updateTopicSchema } from "@/lib/validation/topic";
import { editorAction } from "../validated-action";
import { updateTopic } from "./update-topic";

export const updateTopicAction = editorAction(updateTopicSchema, async (input, { editor, t }) => {
  await updateTopic(getDb(), input, editor.id, t.admin.errors);
  return { message: t.admin.form.saved };
});
