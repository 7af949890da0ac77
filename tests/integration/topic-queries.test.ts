import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { getTopic } from "../../lib/queries/topics/get-topic";
import { countArticlesByYear, listArticlesOf } from "../../lib/queries/articles/list-articles-of";
import { countMeetingsByYear, listMeetingsOf } from "../../lib/queries/meetings/list-meetings-of";
import { listParticipantsOf } from "../../lib/queries/officials/list-participants-of";
import { listTopics } from "../../lib/queries/topics/list-topics";
import { importArchive } from "../support/import-archive";

let db: Db;
let minerals: number;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await importArchive(db);
  minerals = (await db.topic.findUniqueOrThrow({ where: { slug: "critical-minerals" }, select: { id: true } })).id;
});
afterAll(() => db.$disconnect());

describe("listTopics", () => {
  it("lists every topic of the taxonomy, those with nothing filed under them included, by label", async () => {
    const topics = await listTopics("ru");
    expect(topics).toHaveLength(await db.topic.count());
    expect(topics.some((t) => t.meetings === 0 && t.articles === 0)).toBe(true);
    const labels = topics.map((t) => t.labelRu.toLowerCase());
    expect(labels).toEqual([...labels].sort());
    const english = (await listTopics("en")).map((t) => t.labelEn.toLowerCase());
    expect(english).toEqual([...english].sort());
  });

  it("counts meetings and articles and finds the latest dated meeting of each topic", async () => {
    const topics = await listTopics("ru");
    const rows = await db.topic.findMany({
      select: { slug: true, _count: { select: { meetings: true, articles: true } }, meetings: { select: { meeting: { select: { date: true } } } } },
    });
    for (const row of rows) {
      const got = topics.find((t) => t.slug === row.slug);
      const dates = row.meetings.flatMap((m) => (m.meeting.date ? [m.meeting.date.toISOString().slice(0, 10)] : [])).sort();
      expect({ meetings: got?.meetings, articles: got?.articles, last: got?.lastMeeting?.date ?? null }, row.slug).toEqual({
        meetings: row._count.meetings,
        articles: row._count.articles,
        last: dates.at(-1) ?? null,
      });
    }
    expect(topics.find((t) => t.slug === "critical-minerals")?.meetings).toBeGreaterThan(2);
  });
});

describe("a topic's page", () => {
  it("has its labels, phrasings and counts; an unknown slug is null", async () => {
    const topic = await getTopic("critical-minerals");
    expect(topic).toMatchObject({ labelRu: "Критические минералы", labelEn: "Critical minerals" });
    expect(topic?.phrasings).toContain("критических минералов");
    expect(topic?.meetings).toBe(await db.meetingTopic.count({ where: { topicId: minerals } }));
    expect(topic?.articles).toBe(await db.articleTopic.count({ where: { topicId: minerals } }));
    expect(await getTopic("no-such-topic")).toBeNull();
  });

  it("counts meetings and articles per year", async () => {
    const meetings = await db.meetingTopic.findMany({ where: { topicId: minerals }, select: { meeting: { select: { date: true } } } });
    const articles = await db.articleTopic.findMany({ where: { topicId: minerals }, select: { article: { select: { publishedOn: true } } } });
    const tally = (dates: (Date | null)[]) => {
      const m = new Map<number | null, number>();
      for (const d of dates) m.set(d ? d.getUTCFullYear() : null, (m.get(d ? d.getUTCFullYear() : null) ?? 0) + 1);
      return Object.fromEntries([...m].map(([y, n]) => [String(y), n]));
    };
    const asObject = (rows: { year: number | null; count: number }[]) => Object.fromEntries(rows.map((r) => [String(r.year), r.count]));
    expect(asObject(await countMeetingsByYear({ topicId: minerals }))).toEqual(tally(meetings.map((m) => m.meeting.date)));
    expect(asObject(await countArticlesByYear({ topicId: minerals }))).toEqual(tally(articles.map((a) => a.article.publishedOn)));
    const years = (await countMeetingsByYear({ topicId: minerals })).map((y) => y.year);
    expect(years.filter((y) => y !== null)).toEqual(years.filter((y) => y !== null).sort());
  });

  it("ranks the officials most involved by the topic's meetings they took part in", async () => {
    const meetings = await db.meeting.findMany({
      where: { topics: { some: { topicId: minerals } } },
      select: { participants: { select: { official: { select: { slug: true } } } } },
    });
    const expected = new Map<string, number>();
    for (const m of meetings) for (const p of m.participants) expected.set(p.official.slug, (expected.get(p.official.slug) ?? 0) + 1);
    const { total, items } = await listParticipantsOf({ topicId: minerals }, 1000);
    expect(total).toBe(expected.size);
    expect(Object.fromEntries(items.map((o) => [o.slug, o.held + o.planned]))).toEqual(Object.fromEntries(expected));
    expect(items[0]?.slug).toBe([...expected].sort((a, b) => b[1] - a[1])[0]?.[0]);
  });

  it("lists its meetings and articles newest first, each really filed under the topic", async () => {
    const entries = await listMeetingsOf({ topicId: minerals }, 1);
    expect(entries.length).toBe(Math.min(20, await db.meetingTopic.count({ where: { topicId: minerals } })));
    for (const m of entries) expect(m.topics.map((t) => t.slug)).toContain("critical-minerals");
    const articles = await listArticlesOf({ topicId: minerals }, 1);
    const hits = new Map((await db.articleTopic.findMany({ where: { topicId: minerals }, select: { hits: true, article: { select: { slug: true } } } })).map((a) => [a.article.slug, a.hits]));
    expect(articles.length).toBe(Math.min(20, hits.size));
    for (const a of articles) expect(a.weight, a.slug).toBe(hits.get(a.slug));
    const dates = articles.flatMap((a) => (a.publishedOn ? [a.publishedOn] : []));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
