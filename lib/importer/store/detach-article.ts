import type { Tx } from "./lookups";

/**
 * Before a corrected version of an article is stored again: remove what the article contributed.
 * Meetings it alone reported go too, unless an editor made or corrected them.
 */
export async function detachArticle(tx: Tx, articleId: number): Promise<void> {
  const sourced = await tx.meetingSource.findMany({ where: { articleId }, select: { meetingId: true } });
  await tx.evidence.deleteMany({ where: { articleId, origin: "importer" } });
  await tx.articleTopic.deleteMany({ where: { articleId } });
  await tx.articleOfficial.deleteMany({ where: { articleId } });
  await tx.meetingSource.deleteMany({ where: { articleId } });
  await tx.meeting.deleteMany({
    where: { id: { in: sourced.map((s) => s.meetingId) }, origin: "importer", sources: { none: {} } },
  });
}
