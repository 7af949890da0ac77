"use server";

import { getDb } from "@/lib/db";
import { editorAction } from "../validated-action";
import { commandSource, sourceCommandSchema } from "./source-commands";

/** Pause, resume or "poll now" a source (/admin/sources). */
export const sourceCommandAction = editorAction(sourceCommandSchema, async (input, { editor, t }) => ({ message: await commandSource(getDb(), input, editor.id, t) }));
