import { sql, type Tx } from "@/lib/db";

/**
 * Before a corrected version of an article is stored again: remove what the article contributed, in one
 * statement. Meetings it alone reported go too, unless an editor made or corrected them.
 */
export async function detachArticle(tx: Tx, articleId: number): Promise<void> {
  await tx.rows(sql`
    WITH evidence AS (DELETE FROM "Evidence" WHERE "articleId" = ${articleId} AND origin = 'importer'),
    topics AS (DELETE FROM "ArticleTopic" WHERE "articleId" = ${articleId}),
    officials AS (DELETE FROM "ArticleOfficial" WHERE "articleId" = ${articleId}),
    sources AS (DELETE FROM "MeetingSource" WHERE "articleId" = ${articleId} RETURNING "meetingId")
    DELETE FROM "Meeting" m USING sources s
    WHERE m.id = s."meetingId" AND m.origin = 'importer'
      AND NOT EXISTS (SELECT 1 FROM "MeetingSource" o WHERE o."meetingId" = m.id AND o."articleId" <> ${articleId})`);
}
