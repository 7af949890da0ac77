import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import type { UpdateArticleInput } from "@/lib/validation/article";
import { recordAudit } from "../audit";
import { placeIdFor, sourceIdFor } from "../lookups";
import { articleSnapshot } from "../snapshots";
import { prismaTx } from "@/lib/db";
import { writeProvenance } from "@/lib/provenance/write-provenance";
import { claimVersion } from "../versions";
import { refuseTakenUrl } from "./publish-article";

/**
 * An editor's correction of an article's text and details. The article becomes the editor's: a
 * re-import of its file leaves it as the editor left it. Search picks the new text up at once (the
 * search vector is a generated column).
 */
export async function updateArticle(db: Db, input: UpdateArticleInput, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  await refuseTakenUrl(errors, () => db.$transaction(async (tx) => {
    const before = await articleSnapshot(tx, input.id);
    await claimVersion(tx, "article", input.id, input.version, errors.notFound);
    const body = input.body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
      .filter(Boolean)
      .join("\n\n");
    await tx.article.update({
      where: { id: input.id },
      data: {
        title: input.title,
        ...(before?.title !== input.title ? { titleDerived: false } : {}),
        lead: input.lead,
        body,
        publishedOn: input.publishedOn ? new Date(`${input.publishedOn}T00:00:00Z`) : null,
        ...(before?.publishedOn !== input.publishedOn ? { publishedOnSource: input.publishedOn ? "editor" : null } : {}),
        datelinePlaceId: await placeIdFor(tx, input.dateline),
        sourceId: await sourceIdFor(tx, input.source),
        photoCredit: input.photoCredit,
        origin: "editor",
      },
    });
    // A changed address was typed, not fetched: its fetch time goes with the old one.
    const fetchedAt = input.url !== null && input.url === before?.url ? (before.fetchedAt ?? null) : null;
    await writeProvenance(prismaTx(tx), input.id, { url: input.url, outlet: input.outlet, fetchedAt });
    await recordAudit(tx, { editorId, action: "update", entity: "article", entityId: input.id, before, after: await articleSnapshot(tx, input.id) });
  }), "url");
}
