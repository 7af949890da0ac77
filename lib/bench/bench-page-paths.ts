import { type Db, prismaTx, sql } from "@/lib/db";
import { tripSummaries } from "@/lib/queries/trips/trip-summaries";

/**
 * The pages `npm run bench:pages` measures when no paths are given: each page type at its heaviest in
 * the database, so p95 reflects the worst page a reader can open — the timeline unfiltered and filtered
 * by the official in most meetings, the meeting whose participants have the most meetings between them
 * (its related meetings search all of theirs), the article reporting most meetings, that official's page,
 * the topic with most meetings and articles, the two indexes (also in their costliest order), the
 * archive in numbers, a search for that official, the network and the map unfiltered and for that
 * official, and the longest trip among that official's latest 200 meetings.
 */
export async function benchPagePaths(db: Db): Promise<string[]> {
  const [official] = await prismaTx(db).rows<{ slug: string }>(sql`
    SELECT o.slug FROM "Official" o JOIN "MeetingParticipant" mp ON mp."officialId" = o.id
    GROUP BY o.id ORDER BY count(*) DESC, o.slug LIMIT 1`);
  const [meeting] = await prismaTx(db).rows<{ id: number }>(sql`
    WITH busy AS (SELECT "officialId", count(*) AS n FROM "MeetingParticipant" GROUP BY "officialId")
    SELECT mp."meetingId" AS id FROM "MeetingParticipant" mp JOIN busy b ON b."officialId" = mp."officialId"
    GROUP BY mp."meetingId" ORDER BY sum(b.n) DESC, mp."meetingId" DESC LIMIT 1`);
  const [article] = await prismaTx(db).rows<{ slug: string }>(sql`
    SELECT a.slug FROM "Article" a JOIN "MeetingSource" s ON s."articleId" = a.id
    GROUP BY a.id ORDER BY count(*) DESC, a.id DESC LIMIT 1`);
  const [topic] = await prismaTx(db).rows<{ slug: string }>(sql`
    SELECT t.slug FROM "Topic" t
    ORDER BY (SELECT count(*) FROM "MeetingTopic" mt WHERE mt."topicId" = t.id)
           + (SELECT count(*) FROM "ArticleTopic" at WHERE at."topicId" = t.id) DESC, t.slug
    LIMIT 1`);
  const latest = official
    ? await prismaTx(db).rows<{ id: number; date: string | null }>(sql`
        SELECT m.id, to_char(m.date, 'YYYY-MM-DD') AS date FROM "Meeting" m JOIN "MeetingParticipant" mp ON mp."meetingId" = m.id JOIN "Official" o ON o.id = mp."officialId"
        WHERE o.slug = ${official.slug} ORDER BY m.date DESC NULLS LAST, m.id DESC LIMIT 200`)
    : [];
  const [trip] = (await tripSummaries(latest)).sort((a, b) => b.meetingIds.length - a.meetingIds.length);
  return [
    "/",
    ...(official ? [`/?official=${official.slug}`] : []),
    ...(meeting ? [`/meetings/${meeting.id}`] : []),
    ...(article ? [`/articles/${article.slug}`] : []),
    "/officials",
    ...(official ? [`/officials/${official.slug}`] : []),
    "/topics",
    ...(topic ? [`/topics/${topic.slug}`] : []),
    "/network",
    ...(official ? [`/network?official=${official.slug}`] : []),
    "/map",
    ...(official ? [`/map?official=${official.slug}`] : []),
    ...(trip ? [`/trips/${trip.key}`] : []),
    "/numbers",
    "/officials?sort=latest",
    "/topics?sort=latest",
    ...(official ? [`/search?q=${encodeURIComponent(official.slug)}`] : []),
  ];
}
