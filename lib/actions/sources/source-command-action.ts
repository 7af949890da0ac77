"use server";

import { getDb } from "@/lib/db";
import { editorAction } from "../validated-action";
import { commandSource, rejectReview, reviewCommandSchema, sourceCommandSchema } from "./source-commands";

export const sourceCommandAction = editorAction(sourceCommandSchema, async (input, { t }) => ({ message: await commandSource(getDb(), input, t) }));

export const rejectReviewAction = editorAction(reviewCommandSchema, async (input, { t }) => ({ message: await rejectReview(getDb(), input, t) }));
