"use server";

import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { editorAction } from "../validated-action";
import { commandSource, createSource, createSourceSchema, rejectReview, reviewCommandSchema, sourceCommandSchema } from "./source-commands";

export const sourceCommandAction = editorAction(sourceCommandSchema, async (input, { t }) => ({ message: await commandSource(getDb(), input, t) }));

export const rejectReviewAction = editorAction(reviewCommandSchema, async (input, { t }) => ({ message: await rejectReview(getDb(), input, t) }));

export const createSourceAction = editorAction(createSourceSchema, async (input, { t }) => ({
  message: await createSource(getDb(), input, t, { allowPrivate: env.FETCH_ALLOW_PRIVATE }),
}));
