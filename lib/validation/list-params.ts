import { z } from "zod";
import { wholeNumber } from "./url-params";

/** An admin list's URL query: ?q=…&page=…&review=1. Anything malformed falls back to the default. */
export const listParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
  page: wholeNumber(1, 10_000).catch(1).default(1),
  review: z.literal("1").optional().catch(undefined).transform((v) => v === "1"),
});
