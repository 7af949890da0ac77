import type { Db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { recordAudit } from "../audit";
import { articleSnapshot, meetingSnapshot } from "../snapshots";
import { claimVersion } from "../versions";

/**
 * Removes an article with everything it contributed (sources, evidence, mentions, topics: by cascade).
 * Its meetings keep their other sources; a meeting left with none goes too, whoever made it — an
 * editor deleting the only report of a meeting deletes the meeting. Each removal is in the change log.
 */
export async function deleteArticle(db: Db, input: { id: number; version: number }, editorId: number, errors: Messages["admin"]["errors"]): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await articleSnapshot(tx, input.id);
    await claimVersion(tx, "article", input.id, input.version, errors.notFound);
    const sourced = (await tx.meetingSource.findMany({ where: { articleId: input.id }, select: { meetingId: true } })).map((s) => s.meetingId);
    await tx.article.delete({ where: { id: input.id } });
    const orphans = await tx.meeting.findMany({ where: { id: { in: sourced }, sources: { none: {} } }, select: { id: true } });
    for (const { id } of orphans) {
      await recordAudit(tx, { editorId, action: "delete", entity: "meeting", entityId: id, before: await meetingSnapshot(tx, id), after: { reason: "no source left", article: input.id } });
    }
    await tx.meeting.deleteMany({ where: { id: { in: orphans.map((o) => o.id) } } });
    await recordAudit(tx, { editorId, action: "delete", entity: "article", entityId: input.id, before });
  });
}
