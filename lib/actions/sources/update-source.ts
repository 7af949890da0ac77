import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Messages } from "@/lib/i18n/messages";
import { checkbox, httpUrl, id, optionalText } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";
import { recordAudit } from "../audit";
import { ActionError } from "../errors";
import { sourceSnapshot } from "../snapshots";
import { checkPolledAddress } from "./source-commands";

/** A host name as Outlet.site holds it ("www.inform.kz"): letters, digits, hyphens, at least one dot. */
const HOST_NAME = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;

export const updateSourceSchema = z.object({
  id,
  feedUrl: httpUrl(LIMITS.url),
  listingPattern: optionalText(LIMITS.url),
  site: optionalText(LIMITS.outlet).refine((v) => v === null || HOST_NAME.test(v), { error: "hostName" }),
  nameEn: optionalText(LIMITS.outlet),
  enabled: checkbox,
});

/**
 * An editor's edit of a source in /admin/sources/[id]: its feed or listing page (and link pattern), site,
 * English name and whether it is polled. A new address forgets the old one's validators (ETag, Last-Modified) and
 * failures, and is polled from the next tick if the source is on. The change and its line in the change
 * log are one transaction: a refusal leaves the source as it was.
 */
export async function updateSource(db: Db, input: z.output<typeof updateSourceSchema>, editorId: number, t: Messages, { allowPrivate }: { allowPrivate: boolean }): Promise<void> {
  checkPolledAddress(input, t, allowPrivate);
  await db.$transaction(async (tx) => {
    const before = await sourceSnapshot(tx, input.id);
    if (!before) throw new ActionError(t.polling.unknownSource);
    const moved = before.feedUrl !== input.feedUrl || before.listingPattern !== input.listingPattern;
    const started = input.enabled && !before.enabled;
    await tx.outlet.update({
      where: { id: input.id },
      data: {
        feedUrl: input.feedUrl,
        listingPattern: input.listingPattern,
        site: input.site ?? new URL(input.feedUrl).hostname,
        nameEn: input.nameEn,
        enabled: input.enabled,
        ...(moved ? { etag: null, lastModified: null, failures: 0, lastError: Prisma.DbNull } : {}),
        ...(moved || started ? { nextPollAt: new Date() } : {}),
      },
    });
    await recordAudit(tx, { editorId, action: "update", entity: "source", entityId: input.id, before, after: await sourceSnapshot(tx, input.id) });
  });
}
