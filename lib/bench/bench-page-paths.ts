import type { Db } from "@/lib/db";

/**
 * The pages `npm run bench:pages` measures when no paths are given: each page type at its heaviest in
 * the database (the official in most meetings, the topic with most meetings and articles), so p95 reflects
 * the worst page a reader can open. More page types (timeline, meeting) join by adding a line here.
 */
export async function benchPagePaths(db: Db): Promise<string[]> {
  const [official] = await db.$queryRaw<{ slug: string }[]>`
    SELECT o.slug FROM "Official" o JOIN "MeetingParticipant" mp ON mp."officialId" = o.id
    GROUP BY o.id ORDER BY count(*) DESC, o.slug LIMIT 1`;
  const [topic] = await db.$queryRaw<{ slug: string }[]>`
    SELECT t.slug FROM "Topic" t
    ORDER BY (SELECT count(*) FROM "MeetingTopic" mt WHERE mt."topicId" = t.id)
           + (SELECT count(*) FROM "ArticleTopic" at WHERE at."topicId" = t.id) DESC, t.slug
    LIMIT 1`;
  return [
    "/officials",
    ...(official ? [`/officials/${official.slug}`] : []),
    "/topics",
    ...(topic ? [`/topics/${topic.slug}`] : []),
  ];
}
