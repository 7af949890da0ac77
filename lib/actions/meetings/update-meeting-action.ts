"use server";

import { getDb } from "@/lib/db";
import { updateMeetingSchema } from "@/lib/validation/meeting";
import { editorAction } from "../validated-action";
import { updateMeeting } from "./update-meeting";

export const updateMeetingAction = editorAction(updateMeetingSchema, async (input, { editor, t }) => {
  await updateMeeting(getDb(), input, editor.id, t.admin.errors);
  return { message: t.admin.form.saved };
});
