import pg from "pg";

/**
 * A minimal, fast bulk filler for the export benchmark: `count` meetings with 2–3 participants (with
 * posts and sides), 1–3 topics, a place and a source article each, written by a handful of set-based
 * INSERT … SELECT generate_series statements (100,000 meetings in seconds). `npm run bench:seed` makes a
 * realistic archive, but spends minutes on article text the export never reads and dates every meeting
 * to the day; these meetings are dated to the day, the month, the year or not at all, as real ones are.
 * The names are Cyrillic and long enough that the CSV weighs what a real export would.
 */
export async function fillMeetings(databaseUrl: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const officials = 400;
  const articles = Math.max(1, Math.ceil(count / 20));
  try {
    await client.query("BEGIN");
    await client.query(`INSERT INTO "Country" (code, "nameRu", "nameEn") VALUES ('KZ', 'Казахстан', 'Kazakhstan'), ('US', 'США', 'United States') ON CONFLICT DO NOTHING`);
    await client.query(
      `INSERT INTO "Place" ("nameRu", "nameEn", "countryCode")
       SELECT 'Город ' || i, 'City ' || i, CASE WHEN i % 2 = 0 THEN 'KZ' ELSE 'US' END FROM generate_series(1, 30) i
       ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "Topic" (slug, "labelRu", "labelEn", phrasings, "updatedAt")
       SELECT 'bench-topic-' || i, 'Тема номер ' || i || ' о сотрудничестве', 'Topic ' || i, ARRAY[]::text[], now() FROM generate_series(1, 40) i
       ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "Official" (slug, "nameRu", "nameLatin", "matchKey", surname, "countryCode", "updatedAt")
       SELECT 'bench-official-' || i, 'Официальное Лицо' || i || ' Фамилиевич', 'Official ' || i, 'bench-' || i, 'лицо' || i,
              CASE WHEN i % 2 = 0 THEN 'KZ' ELSE 'US' END, now()
       FROM generate_series(1, $1::int) i`,
      [officials],
    );
    await client.query(
      `INSERT INTO "Position" ("officialId", title, "titleKey", "countryCode", "firstSeen", "lastSeen")
       SELECT id, 'заместитель министра иностранных дел, ответственный за направление ' || id, 'bench-' || id, "countryCode", date '2000-01-01', date '2026-01-01'
       FROM "Official" WHERE slug LIKE 'bench-official-%'`,
    );
    await client.query(
      `INSERT INTO "Article" (slug, title, body, "rawText", "contentHash", "publishedOn", "updatedAt")
       SELECT 'bench-article-' || i, 'Статья ' || i, 'Текст статьи ' || i, 'Текст статьи ' || i, md5('a' || i) || md5('b' || i),
              date '2000-01-01' + (i % 9500), now()
       FROM generate_series(1, $1::int) i`,
      [articles],
    );
    // Mostly day precision; every 17th known only to the month, every 31st to the year, every 53rd undated.
    await client.query(
      `INSERT INTO "Meeting" (kind, status, date, "datePrecision", "dateSource", "placeId", summary, "updatedAt")
       SELECT (ARRAY['meeting','talks','conference','visit','call','signing']::"MeetingKind"[])[1 + i % 6],
              CASE WHEN i % 9 = 0 THEN 'planned' ELSE 'held' END::"MeetingStatus",
              CASE WHEN i % 53 = 0 THEN NULL
                   WHEN i % 31 = 0 THEN date_trunc('year', date '2000-01-01' + (i % 9500))::date
                   WHEN i % 17 = 0 THEN date_trunc('month', date '2000-01-01' + (i % 9500))::date
                   ELSE date '2000-01-01' + (i % 9500) END,
              CASE WHEN i % 53 = 0 THEN NULL WHEN i % 31 = 0 THEN 'year' WHEN i % 17 = 0 THEN 'month' ELSE 'day' END::"DatePrecision",
              'explicit', (SELECT min(id) FROM "Place") + i % 30,
              'Стороны обсудили вопросы двустороннего сотрудничества, встреча ' || i, now()
       FROM generate_series(1, $1::int) i`,
      [count],
    );
    await client.query(
      `WITH m AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Meeting"),
            o AS (SELECT o.id, o."countryCode", p.id AS position, row_number() OVER (ORDER BY o.id) - 1 AS k
                  FROM "Official" o JOIN "Position" p ON p."officialId" = o.id WHERE o.slug LIKE 'bench-official-%')
       INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "positionId", "countryCode")
       SELECT m.id, o.id, o.position, o."countryCode"
       FROM m JOIN o ON o.k IN ((m.n * 2) % $1, (m.n * 2 + 1) % $1, CASE WHEN m.n % 3 = 0 THEN (m.n * 7 + 5) % $1 END)`,
      [officials],
    );
    await client.query(
      `WITH m AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Meeting"),
            t AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Topic" WHERE slug LIKE 'bench-topic-%')
       INSERT INTO "MeetingTopic" ("meetingId", "topicId")
       SELECT m.id, t.id FROM m JOIN t ON t.k IN (m.n % 40, (m.n * 3 + 1) % 40, CASE WHEN m.n % 2 = 0 THEN (m.n * 11 + 7) % 40 END)
       ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "MeetingSource" ("meetingId", "articleId")
       SELECT m.id, a.id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Meeting") m
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Article" WHERE slug LIKE 'bench-article-%') a ON a.k = m.n % $1`,
      [articles],
    );
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
