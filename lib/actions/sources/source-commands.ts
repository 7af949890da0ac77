import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { ActionError } from "../errors";

export const sourceCommandSchema = z.object({
  id: z.coerce.number().int().positive(),
  op: z.enum(["pause", "resume", "poll"]),
});
export const reviewCommandSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * Pause, resume or "poll now". Polling is the workers' (lib/jobs): a request is a mark on the source
 * that the next scheduler tick of any worker takes, so the web app never needs the queue. Resuming
 * makes the source due at once.
 */
export async function commandSource(db: Db, { id, op }: z.output<typeof sourceCommandSchema>, t: Messages): Promise<string> {
  const data =
    op === "pause" ? { enabled: false }
    : op === "resume" ? { enabled: true, nextPollAt: new Date() }
    : { pollRequestedAt: new Date() };
  const { count } = await db.outlet.updateMany({ where: { id }, data });
  if (count === 0) throw new ActionError(t.polling.unknownSource);
  return op === "pause" ? t.polling.paused_ : op === "resume" ? t.polling.resumed : t.polling.pollRequested;
}

/** An item for review the editor turns down: it stays out of the archive, and its page is not fetched again. */
export async function rejectReview(db: Db, { id }: z.output<typeof reviewCommandSchema>, t: Messages): Promise<string> {
  const { count } = await db.reviewItem.updateMany({ where: { id, status: "waiting" }, data: { status: "rejected", decidedAt: new Date() } });
  if (count === 0) throw new ActionError(t.polling.review.notWaiting);
  return t.polling.review.rejected;
}
