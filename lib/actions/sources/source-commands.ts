import { isIP } from "node:net";
import { z } from "zod";
import { isPublicAddress } from "@/lib/fetch-page/public-address";
import { httpUrl, optionalText, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import { prismaTx, sql, type Db } from "@/lib/db";
import { addFurtherUrl } from "@/lib/provenance/write-provenance";
import type { Messages } from "@/lib/i18n/messages";
import { recordAudit } from "../audit";
import { sourceSnapshot } from "../snapshots";
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
export async function commandSource(db: Db, { id, op }: z.output<typeof sourceCommandSchema>, editorId: number, t: Messages): Promise<string> {
  const data =
    op === "pause" ? { enabled: false }
    : op === "resume" ? { enabled: true, nextPollAt: new Date() }
    : { pollRequestedAt: new Date() };
  // The command and its line in the change log, together or not at all.
  await db.$transaction(async (tx) => {
    const before = await sourceSnapshot(tx, id);
    if (!before) throw new ActionError(t.polling.unknownSource);
    await tx.outlet.update({ where: { id }, data });
    await recordAudit(tx, { editorId, action: op, entity: "source", entityId: id, before, after: await sourceSnapshot(tx, id) });
  });
  return op === "pause" ? t.polling.paused_ : op === "resume" ? t.polling.resumed : t.polling.pollRequested;
}

/** An item for review the editor turns down: it stays out of the archive, and its page is not fetched again. */
export async function rejectReview(db: Db, { id }: z.output<typeof reviewCommandSchema>, t: Messages): Promise<string> {
  const { count } = await db.reviewItem.updateMany({ where: { id, status: "waiting" }, data: { status: "rejected", decidedAt: new Date() } });
  if (count === 0) throw new ActionError(t.polling.review.notWaiting);
  return t.polling.review.rejected;
}

/**
 * A possible reprint the editor judges a reprint after all: its page joins the article it resembles as a
 * further page (with its outlet and fetch time), as a reprint found at import would, and the item is
 * settled as published there. One transaction; the change log records the page added to the article.
 * Returns that article.
 */
export async function attachReview(db: Db, { id }: z.output<typeof reviewCommandSchema>, editorId: number, t: Messages): Promise<{ id: number; title: string }> {
  return db.$transaction(async (tx) => {
    const item = await tx.reviewItem.findFirst({
      where: { id, status: "waiting" },
      select: { url: true, fetchedAt: true, outlet: { select: { name: true } }, resembles: { select: { id: true, title: true } } },
    });
    if (!item) throw new ActionError(t.polling.review.notWaiting);
    if (!item.resembles) throw new ActionError(t.polling.review.nothingToAttach);
    const article = item.resembles;
    await addFurtherUrl(prismaTx(tx), article.id, { url: item.url, outlet: item.outlet?.name ?? null, fetchedAt: item.fetchedAt.toISOString() });
    // The page may have become another article's meanwhile (published from another tab): refused, nothing kept.
    const [page] = await prismaTx(tx).rows<{ articleId: number; title: string }>(sql`
      SELECT u."articleId", a.title FROM "ArticleUrl" u JOIN "Article" a ON a.id = u."articleId" WHERE u.url = ${item.url}::text`);
    if (page && page.articleId !== article.id) throw new ActionError(t.admin.errors.urlTaken(page.title));
    const { count } = await tx.reviewItem.updateMany({ where: { id, status: "waiting" }, data: { status: "published", articleId: article.id, decidedAt: new Date() } });
    if (count === 0) throw new ActionError(t.polling.review.notWaiting);
    await recordAudit(tx, { editorId, action: "update", entity: "article", entityId: article.id, after: { reprintUrl: item.url } });
    return article;
  });
}

/**
 * A new source, polled from the next scheduler tick on; an outlet already named by articles (the same
 * name) becomes a source with its articles kept. A link pattern makes the address a listing page.
 */
export async function createSource(db: Db, input: z.output<typeof createSourceSchema>, t: Messages, { allowPrivate }: { allowPrivate: boolean }): Promise<string> {
  checkPolledAddress(input, t, allowPrivate);
  const existing = await db.outlet.findUnique({ where: { name: input.name }, select: { feedUrl: true } });
  if (existing?.feedUrl) throw new ActionError(t.admin.errors.fixFields, { name: t.polling.form.nameTaken });
  const data = { feedUrl: input.feedUrl, listingPattern: input.listingPattern, enabled: true, nextPollAt: new Date(), site: new URL(input.feedUrl).hostname };
  await db.outlet.upsert({ where: { name: input.name }, create: { name: input.name, ...data }, update: data });
  return t.polling.form.created(input.name);
}

/**
 * What the schemas cannot tell, refused beside its field before anything is written: an address written
 * as a private or loopback IP (a name that resolves to one is refused at each poll, with the reason on
 * the source), and a link pattern that is not a regular expression.
 */
export function checkPolledAddress(input: { feedUrl: string; listingPattern: string | null }, t: Messages, allowPrivate: boolean): void {
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
}
