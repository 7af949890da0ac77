import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import type { UpdateTopicInput } from "@/lib/validation/topic";
import { recordAudit } from "../audit";
import { topicSnapshot } from "../snapshots";
import { claimVersion } from "../versions";

/** Labels and phrasings become the editor's: the taxonomy sync no longer refreshes them. */
export async function updateTopic(db: Db, input: UpdateTopicInput, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await topicSnapshot(tx, input.id);
    await claimVersion(tx, "topic", input.id, input.version, errors.notFound);
    await tx.topic.update({ where: { id: input.id }, data: { labelRu: input.labelRu, labelEn: input.labelEn, phrasings: input.phrasings, origin: "editor" } });
    await recordAudit(tx, { editorId, action: "update", entity: "topic", entityId: input.id, before, after: await topicSnapshot(tx, input.id) });
  });
}
