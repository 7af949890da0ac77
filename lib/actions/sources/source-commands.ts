import { isIP } from "node:net";
import { z } from "zod";
import { isPublicAddress } from "@/lib/fetch-page/public-address";
import { httpUrl, optionalText, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { ActionError } from "../errors";

export const sourceCommandSchema = z.object({
  id: z.coerce.number().int().positive(),
  op: z.enum(["pause", "resume", "poll"]),
});
export const createSourceSchema = z.object({
  name: text(LIMITS.outlet),
  feedUrl: httpUrl(LIMITS.url),
  listingPattern: optionalText(LIMITS.url),
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

/**
 * A new source, polled from the next scheduler tick on; an outlet already named by articles (the same
 * name) becomes a source with its articles kept. A link pattern makes the address a listing page.
 */
export async function createSource(db: Db, input: z.output<typeof createSourceSchema>, t: Messages, { allowPrivate }: { allowPrivate: boolean }): Promise<string> {
  // An address written as a private or loopback IP is refused here, beside the field; a name that
  // resolves to one is refused at each poll, with the reason on the source.
  const host = new URL(input.feedUrl).hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) {
    throw new ActionError(t.admin.errors.fixFields, { feedUrl: t.admin.errors.fetch.privateAddress(host) });
  }
  if (input.listingPattern) {
    try {
      new RegExp(input.listingPattern, "u");
    } catch {
      throw new ActionError(t.admin.errors.fixFields, { listingPattern: t.polling.form.badPattern });
    }
  }
  const existing = await db.outlet.findUnique({ where: { name: input.name }, select: { feedUrl: true } });
  if (existing?.feedUrl) throw new ActionError(t.admin.errors.fixFields, { name: t.polling.form.nameTaken });
  const data = { feedUrl: input.feedUrl, listingPattern: input.listingPattern, enabled: true, nextPollAt: new Date(), site: new URL(input.feedUrl).hostname };
  await db.outlet.upsert({ where: { name: input.name }, create: { name: input.name, ...data }, update: data });
  return t.polling.form.created(input.name);
}
