"use server";

import { getDb } from "@/lib/db";
import { editorAction } from "../validated-action";
import { attachReview, reviewCommandSchema } from "./source-commands";

/** Attach a possible reprint held for review to the article it resembles (/admin/review). */
export const attachReviewAction = editorAction(reviewCommandSchema, async (input, { editor, t }) => ({ message: await attachReview(getDb(), input, editor.id, t) }));
