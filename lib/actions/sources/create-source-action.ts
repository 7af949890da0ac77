"use server";

import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { editorAction } from "../validated-action";
import { createSource, createSourceSchema } from "./source-commands";

/** A new source from /admin/sources' form. */
export const createSourceAction = editorAction(createSourceSchema, async (input, { t }) => ({
  message: await createSource(getDb(), input, t, { allowPrivate: env.FETCH_ALLOW_PRIVATE }),
}));
