"use server";

import { getDb } from "@/lib/db";
import { editorAction } from "../validated-action";
import { rejectReview, reviewCommandSchema } from "./source-commands";

/** Turn down an item held for review (/admin/review). */
export const rejectReviewAction = editorAction(reviewCommandSchema, async (input, { t }) => ({ message: await rejectReview(getDb(), input, t) }));
