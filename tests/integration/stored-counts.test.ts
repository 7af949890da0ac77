import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, poolOf, type Db } from "../../lib/db";
import { MeetingKind } from "../../lib/generated/prisma/enums";
import { importPaths } from "../../lib/importer/import-paths";
import { countMeetings } from "../../lib/queries/meetings/list-meetings";
import { monthHistogram } from "../../lib/queries/meetings/month-histogram";
import { timelineFacets } from "../../lib/queries/meetings/timeline-facets";
import { importArchive } from "../support/import-archive";

let db: Db;
let pool: pg.Pool;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  pool = poolOf(db);
  await importArchive(db);
});
afterAll(() => db.$disconnect());

type Rows = [string, number][];

async function pairs(sql: string): Promise<Rows> {
  const { rows } = await pool.query<{ key: string; n: number }>(sql);
  return rows.map((r) => [r.key, r.n]);
}

/** Every count table beside the same count taken directly from the rows it counts (zeros left out). */
async function storedAndDirect() {
  const month = `CASE WHEN date IS NULL OR "datePrecision" = 'year' THEN NULL ELSE to_char(date, 'YYYY-MM') END`;
  const both = async (stored: string, direct: string) => ({ stored: await pairs(stored), direct: await pairs(direct) });
  return {
    meetings: await both(
      `SELECT kind || '/' || status AS key, meetings AS n FROM "MeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT kind || '/' || status AS key, count(*)::int AS n FROM "Meeting" GROUP BY 1 ORDER BY 1`,
    ),
    months: await both(
      `SELECT to_char(month, 'YYYY-MM') || '/' || kind || '/' || status AS key, meetings AS n FROM "MonthMeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT ${month} || '/' || kind || '/' || status AS key, count(*)::int AS n FROM "Meeting" WHERE ${month} IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    officials: await both(
      `SELECT "officialId"::text AS key, meetings AS n FROM "OfficialMeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT "officialId"::text AS key, count(*)::int AS n FROM "MeetingParticipant" GROUP BY 1 ORDER BY 1`,
    ),
    countries: await both(
      `SELECT "countryCode" AS key, meetings AS n FROM "CountryMeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT "countryCode" AS key, count(DISTINCT "meetingId")::int AS n FROM "MeetingParticipant" WHERE "countryCode" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    topicMeetings: await both(
      `SELECT "topicId"::text AS key, meetings AS n FROM "TopicMeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT "topicId"::text AS key, count(*)::int AS n FROM "MeetingTopic" GROUP BY 1 ORDER BY 1`,
    ),
    topicArticles: await both(
      `SELECT "topicId"::text AS key, articles AS n FROM "TopicArticleCount" WHERE articles <> 0 ORDER BY 1`,
      `SELECT "topicId"::text AS key, count(*)::int AS n FROM "ArticleTopic" GROUP BY 1 ORDER BY 1`,
    ),
    // A meeting's level: the highest of its participants' posts, in chronicle_post_level's rank order.
    years: await both(
      `SELECT year || '/' || kind || '/' || status || '/' || level AS key, meetings AS n FROM "YearMeetingCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT extract(year FROM m.date) || '/' || m.kind || '/' || m.status || '/' || coalesce(l.level, 'other') AS key, count(*)::int AS n
       FROM "Meeting" m LEFT JOIN (
         SELECT mp."meetingId", (ARRAY['head', 'minister', 'parliament', 'ambassador', 'other'])[min(array_position(
                  ARRAY['head', 'minister', 'parliament', 'ambassador', 'other'], chronicle_post_level(coalesce(mp.title, pos.title))))] AS level
         FROM "MeetingParticipant" mp LEFT JOIN "Position" pos ON pos.id = mp."positionId" GROUP BY 1
       ) l ON l."meetingId" = m.id
       WHERE m.date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    yearTopics: await both(
      `SELECT year || '/' || "topicId" AS key, meetings AS n FROM "YearTopicCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT extract(year FROM m.date) || '/' || mt."topicId" AS key, count(*)::int AS n
       FROM "MeetingTopic" mt JOIN "Meeting" m ON m.id = mt."meetingId" WHERE m.date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    ),
    pairs: await both(
      `SELECT a || '/' || b || '/' || coalesce(to_char(latest, 'YYYY-MM-DD'), '-') AS key, meetings AS n FROM "OfficialPairCount" WHERE meetings <> 0 ORDER BY 1`,
      `SELECT p."officialId" || '/' || q."officialId" || '/' || coalesce(to_char(max(m.date), 'YYYY-MM-DD'), '-') AS key, count(*)::int AS n
       FROM "MeetingParticipant" p JOIN "MeetingParticipant" q ON q."meetingId" = p."meetingId" AND q."officialId" > p."officialId"
       JOIN "Meeting" m ON m.id = p."meetingId" GROUP BY p."officialId", q."officialId" ORDER BY 1`,
    ),
  };
}

async function expectExact() {
  for (const [table, { stored, direct }] of Object.entries(await storedAndDirect())) {
    expect({ table, rows: stored }).toEqual({ table, rows: direct });
  }
}

/** A meeting with a participant of the given country, and one of its participants. */
async function meetingWith(country: string) {
  const { rows } = await pool.query<{ meetingId: number; officialId: number }>(
    `SELECT "meetingId", "officialId" FROM "MeetingParticipant" WHERE "countryCode" = $1 ORDER BY "meetingId", "officialId" LIMIT 1`,
    [country],
  );
  return rows[0]!;
}

async function countryCount(code: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT meetings AS n FROM "CountryMeetingCount" WHERE "countryCode" = $1`, [code]);
  return rows[0]?.n ?? 0;
}

describe("stored meeting counts", () => {
  it("equal a direct count after an import of the seeds and the evaluation articles", async () => {
    const counts = await storedAndDirect();
    expect(counts.meetings.direct.length).toBeGreaterThan(1);
    expect(counts.countries.direct.length).toBeGreaterThan(1);
    expect(counts.topicArticles.direct.length).toBeGreaterThan(1);
    await expectExact();
  });

  it("give the timeline the facets, chart and total that counting the meetings gives", async () => {
    // Every meeting has a kind, so filtering by all of them matches every meeting but is counted over the meetings.
    const everyKind = { kind: [...Object.values(MeetingKind)] };
    const [stored, counted] = await Promise.all([timelineFacets({}), timelineFacets(everyKind)]);
    expect(stored.official.length).toBeGreaterThan(1);
    expect({ official: stored.official, topic: stored.topic, country: stored.country }).toEqual({
      official: counted.official,
      topic: counted.topic,
      country: counted.country,
    });
    const { rows } = await pool.query<{ month: string | null; n: number }>(
      `SELECT CASE WHEN date IS NULL OR "datePrecision" = 'year' THEN NULL ELSE to_char(date, 'YYYY-MM') END AS month, count(*)::int AS n
       FROM "Meeting" WHERE status = 'held' GROUP BY 1 ORDER BY 1`,
    );
    expect(await monthHistogram({ status: "held" })).toEqual({
      months: rows.filter((r) => r.month !== null).map((r) => ({ month: r.month, count: r.n })),
      unplaced: rows.find((r) => r.month === null)?.n ?? 0,
    });
    expect(await countMeetings({ kind: ["talks", "call"] })).toBe(await db.meeting.count({ where: { kind: { in: ["talks", "call"] } } }));
  });

  it("follow editors' changes of a meeting's kind, status and date, and of who took part", async () => {
    const { meetingId, officialId } = await meetingWith("KZ");
    await pool.query(`UPDATE "Meeting" SET kind = 'visit', status = 'planned' WHERE id = $1`, [meetingId]);
    await pool.query(`UPDATE "Meeting" SET date = '2019-01-01', "datePrecision" = 'year' WHERE id = (SELECT min(id) FROM "Meeting" WHERE id <> $1)`, [meetingId]);
    await pool.query(`UPDATE "Meeting" SET summary = 'Правка редактора' WHERE id = $1`, [meetingId]);
    await expectExact();

    // Another Kazakh participant does not make the meeting count twice for Kazakhstan; a new country counts it once.
    const kz = await countryCount("KZ");
    const other = await pool.query<{ id: number }>(
      `SELECT id FROM "Official" WHERE id NOT IN (SELECT "officialId" FROM "MeetingParticipant" WHERE "meetingId" = $1) ORDER BY id LIMIT 2`,
      [meetingId],
    );
    const [a, b] = other.rows.map((r) => r.id);
    await pool.query(`INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "countryCode") VALUES ($1, $2, 'KZ'), ($1, $3, 'GB')`, [meetingId, a, b]);
    expect(await countryCount("KZ")).toBe(kz);
    await expectExact();

    await pool.query(`UPDATE "MeetingParticipant" SET "countryCode" = 'UZ' WHERE "meetingId" = $1 AND "officialId" = $2`, [meetingId, b]);
    await pool.query(`UPDATE "MeetingParticipant" SET "countryCode" = NULL WHERE "meetingId" = $1 AND "officialId" = $2`, [meetingId, officialId]);
    await pool.query(`UPDATE "MeetingParticipant" SET title = 'посол' WHERE "meetingId" = $1`, [meetingId]);
    await expectExact();
    await pool.query(`DELETE FROM "MeetingParticipant" WHERE "meetingId" = $1 AND "officialId" IN ($2, $3)`, [meetingId, a, b]);
    await pool.query(`INSERT INTO "MeetingTopic" ("meetingId", "topicId") SELECT $1, id FROM "Topic" ON CONFLICT DO NOTHING`, [meetingId]);
    await pool.query(`DELETE FROM "MeetingTopic" WHERE "meetingId" = $1 AND "topicId" = (SELECT min(id) FROM "Topic")`, [meetingId]);
    await expectExact();
  });

  it("follow who took part, at which level, and when they last met: participants, their posts and the meetings' dates", async () => {
    // The busiest pair's latest meeting: moved years back, then deleted, its latest date is another meeting's.
    const { rows: [pair] } = await pool.query<{ a: number; b: number; latest: string }>(
      `SELECT a, b, to_char(latest, 'YYYY-MM-DD') AS latest FROM "OfficialPairCount" WHERE latest IS NOT NULL ORDER BY meetings DESC, a, b LIMIT 1`,
    );
    const { rows: [last] } = await pool.query<{ id: number }>(
      `SELECT p."meetingId" AS id FROM "MeetingParticipant" p JOIN "MeetingParticipant" q ON q."meetingId" = p."meetingId" AND q."officialId" = $2
       JOIN "Meeting" m ON m.id = p."meetingId" WHERE p."officialId" = $1 AND m.date = $3::date ORDER BY 1 LIMIT 1`,
      [pair!.a, pair!.b, pair!.latest],
    );
    await pool.query(`UPDATE "Meeting" SET date = date - interval '3 years' WHERE id = $1`, [last!.id]);
    await expectExact();
    await pool.query(`UPDATE "Meeting" SET date = NULL, "datePrecision" = NULL WHERE id = $1`, [last!.id]);
    await expectExact();
    await pool.query(`DELETE FROM "MeetingParticipant" WHERE "meetingId" = $1 AND "officialId" = $2`, [last!.id, pair!.b]);
    await expectExact();

    // A participant's own wording, then their post's new title, then the post deleted, each move the meeting's level.
    const { rows: [held] } = await pool.query<{ meetingId: number; officialId: number; positionId: number }>(
      `SELECT mp."meetingId", mp."officialId", mp."positionId" FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId"
       WHERE mp."positionId" IS NOT NULL AND m.date IS NOT NULL ORDER BY mp."meetingId" LIMIT 1`,
    );
    await pool.query(`UPDATE "MeetingParticipant" SET title = 'Президент Республики Казахстан' WHERE "meetingId" = $1 AND "officialId" = $2`, [held!.meetingId, held!.officialId]);
    await expectExact();
    await pool.query(`UPDATE "MeetingParticipant" SET title = NULL WHERE "positionId" = $1`, [held!.positionId]);
    await pool.query(`UPDATE "Position" SET title = 'Посол США в Казахстане' WHERE id = $1`, [held!.positionId]);
    await expectExact();
    await pool.query(`DELETE FROM "Position" WHERE id = $1`, [held!.positionId]);
    await expectExact();

    // A new meeting, its people and topics added in one go, then moved to another year.
    const { rows: [meeting] } = await pool.query<{ id: number }>(
      `INSERT INTO "Meeting" (kind, status, date, "datePrecision", "updatedAt") VALUES ('talks', 'held', '2031-03-03', 'day', now()) RETURNING id`,
    );
    await pool.query(
      `INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "countryCode", title)
       SELECT $1, id, 'KZ', CASE WHEN id % 2 = 0 THEN 'министр иностранных дел' END FROM "Official" ORDER BY id LIMIT 3`,
      [meeting!.id],
    );
    await pool.query(`INSERT INTO "MeetingTopic" ("meetingId", "topicId") SELECT $1, id FROM "Topic" ORDER BY id LIMIT 2`, [meeting!.id]);
    await expectExact();
    await pool.query(`UPDATE "Meeting" SET date = '2032-01-01', "datePrecision" = 'year', kind = 'call' WHERE id = $1`, [meeting!.id]);
    await expectExact();
    await pool.query(`DELETE FROM "Meeting" WHERE id = $1`, [meeting!.id]);
    await expectExact();
  });

  it("follow deletions of meetings, officials, topics and articles, through their cascades", async () => {
    const { meetingId } = await meetingWith("US");
    await pool.query(`DELETE FROM "Meeting" WHERE id = $1`, [meetingId]);
    await pool.query(`DELETE FROM "Official" WHERE id = (SELECT "officialId" FROM "MeetingParticipant" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)`);
    await pool.query(`DELETE FROM "Topic" WHERE id = (SELECT "topicId" FROM "MeetingTopic" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)`);
    await pool.query(`DELETE FROM "Article" WHERE id = (SELECT "articleId" FROM "ArticleTopic" ORDER BY 1 LIMIT 1)`);
    await expectExact();
  });

  it("take in a corrected article's re-import, and nothing of a rolled-back write", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chronicle-counts-"));
    try {
      // An evaluation article still stored that reports a meeting.
      const fixtures = path.resolve(import.meta.dirname, "../fixtures/eval");
      const { rows } = await pool.query<{ fileName: string }>(
        `SELECT a."fileName" FROM "Article" a WHERE a."fileName" = ANY($1) AND EXISTS (SELECT 1 FROM "MeetingSource" s WHERE s."articleId" = a.id) ORDER BY 1 LIMIT 1`,
        [(await readdir(fixtures)).filter((n) => n.endsWith(".txt"))],
      );
      const name = rows[0]!.fileName;
      const text = await readFile(path.join(fixtures, name), "utf8");
      await writeFile(path.join(dir, name), `${text.trimEnd()}\nСтороны договорились продолжить диалог.\n`);
      const summary = await importPaths(db, [dir], { trigger: "cli" });
      expect(summary).toMatchObject({ updated: 1, failed: 0 });
      await expectExact();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const before = await storedAndDirect();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`INSERT INTO "Meeting" (kind, status, date, "datePrecision", "updatedAt") VALUES ('call', 'held', '2030-05-05', 'day', now())`);
      await client.query(`DELETE FROM "MeetingTopic"`);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect(await storedAndDirect()).toEqual(before);
  });

  it("count a meeting once for a country when two writers add its people side by side", async () => {
    const { meetingId } = await meetingWith("KZ");
    const { rows } = await pool.query<{ id: number }>(
      `SELECT id FROM "Official" WHERE id NOT IN (SELECT "officialId" FROM "MeetingParticipant" WHERE "meetingId" = $1) ORDER BY id LIMIT 2`,
      [meetingId],
    );
    const before = await countryCount("GB");
    const hasGb = (await pool.query(`SELECT 1 FROM "MeetingParticipant" WHERE "meetingId" = $1 AND "countryCode" = 'GB'`, [meetingId])).rowCount;
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      await first.query("BEGIN");
      await second.query("BEGIN");
      await first.query(`INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "countryCode") VALUES ($1, $2, 'GB')`, [meetingId, rows[0]!.id]);
      // The second writer waits on the meeting's lock until the first commits, then sees its row.
      const waiting = second.query(`INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "countryCode") VALUES ($1, $2, 'GB')`, [meetingId, rows[1]!.id]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await first.query("COMMIT");
      await waiting;
      await second.query("COMMIT");
    } finally {
      first.release();
      second.release();
    }
    expect(await countryCount("GB")).toBe(before + (hasGb ? 0 : 1));
    await expectExact();
  });

  it("are emptied with the tables they count", async () => {
    await pool.query(`TRUNCATE "MeetingTopic", "ArticleTopic"`);
    await pool.query(`TRUNCATE "Meeting" CASCADE`);
    const counts = await storedAndDirect();
    for (const { stored } of Object.values(counts)) expect(stored).toEqual([]);
  });
});
