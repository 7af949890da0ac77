import pg from "pg";
import { COUNTRIES } from "@/lib/domain/countries";
import { TOPICS } from "@/lib/importer/topics/taxonomy";
import { random } from "../generate-article";
import { BENCH_CITIES, BENCH_SOURCES, benchArticle, type BenchArticle } from "./bench-article";
import { benchOfficials, type BenchOfficial } from "./bench-officials";

export interface SeedOptions {
  articles: number;
  meetings: number;
  officials: number;
  /** Statements sent side by side: PostgreSQL computes each article's tsvector on its own core. */
  concurrency: number;
  onProgress?: (what: string, done: number, total: number) => void;
}

export interface SeedSummary {
  [table: string]: number;
}

const BATCH = 2000;

type ArticleFacts = Pick<BenchArticle, "officials" | "topics" | "city" | "publishedOn" | "opening">;
/** GIN indexes are far quicker built once than updated row by row: dropped for the load, made again after. */
const FULL_TEXT_INDEXES = [
  { name: "Article_searchVector_idx", on: `"Article" USING GIN ("searchVector")` },
  { name: "ArticleSearch_doc_idx", on: `"ArticleSearch" USING GIN ("doc")` },
  { name: "ArticleSearch_head_idx", on: `"ArticleSearch" USING GIN ("head")` },
  { name: "ArticleSearch_officialIds_idx", on: `"ArticleSearch" USING GIN ("officialIds")` },
  { name: "ArticleSearch_topicIds_idx", on: `"ArticleSearch" USING GIN ("topicIds")` },
];
const KINDS = ["meeting", "talks", "conference", "visit", "call", "signing"] as const;

/**
 * Fills an EMPTY, migrated database with a generated archive: officials with every case form and Latin
 * spelling the importer would store, topics from the taxonomy, articles (2–3 KB of Russian text each)
 * with their officials and topics, meetings with participants, positions, sources, topics and evidence.
 * Rows are written in batches of 2,000 through `INSERT … SELECT FROM unnest(…)` with ids given here, and
 * the GIN indexes are built once at the end instead of being updated row by row (the search table,
 * ArticleSearch, follows by its triggers).
 */
export async function seedDatabase(pool: pg.Pool, o: SeedOptions): Promise<SeedSummary> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article"`);
  if ((rows[0]?.n ?? 0) > 0) throw new Error(`the database already holds ${rows[0]?.n} articles: seed an empty one (or pass --reset)`);

  const officials = benchOfficials(o.officials);
  await seedLookups(pool, officials);

  for (const { name } of FULL_TEXT_INDEXES) await pool.query(`DROP INDEX IF EXISTS "${name}"`);
  const rnd = random(20261121);
  const articles: ArticleFacts[] = [];
  const batches: Promise<void>[] = [];
  const running = new Set<Promise<void>>();
  let written = 0;
  o.onProgress?.("articles", 0, o.articles);
  for (let start = 0; start < o.articles; start += BATCH) {
    const batch: BenchArticle[] = [];
    for (let i = start; i < Math.min(o.articles, start + BATCH); i++) batch.push(benchArticle(rnd, officials));
    for (const a of batch) articles.push({ officials: a.officials, topics: a.topics, city: a.city, publishedOn: a.publishedOn, opening: a.opening });
    const job = insertArticles(pool, start, batch, officials).then(() => {
      written += batch.length;
      o.onProgress?.("articles", written, o.articles);
    });
    running.add(job);
    batches.push(job);
    void job.finally(() => running.delete(job)).catch(() => undefined);
    if (running.size >= o.concurrency) await Promise.race(running);
  }
  await Promise.all(batches);

  o.onProgress?.("full-text index", 0, 1);
  await pool.query(`SET maintenance_work_mem = '256MB'`);
  for (const { name, on } of FULL_TEXT_INDEXES) await pool.query(`CREATE INDEX "${name}" ON ${on}`);
  o.onProgress?.("full-text index", 1, 1);

  o.onProgress?.("meetings", 0, o.meetings);
  for (let start = 0; start < o.meetings; start += BATCH) {
    await insertMeetings(pool, start, Math.min(o.meetings, start + BATCH), articles, o.meetings, officials.length);
    o.onProgress?.("meetings", Math.min(o.meetings, start + BATCH), o.meetings);
  }

  for (const table of ["Article", "Official", "OfficialName", "Position", "Meeting", "Evidence", "Topic", "Source", "Place"]) {
    await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT max(id) FROM "${table}"), 1))`);
  }
  // What autovacuum does on a live server soon after a bulk load (and what a server with it off never
  // does): statistics for the planner and the visibility map that lets index-only scans skip the heap.
  await pool.query("VACUUM ANALYZE");
  const summary: SeedSummary = {};
  for (const table of ["Official", "OfficialName", "Position", "Topic", "Source", "Article", "ArticleOfficial", "ArticleTopic", "Meeting", "MeetingParticipant", "MeetingSource", "MeetingTopic", "Evidence"]) {
    const r = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    summary[table] = r.rows[0]?.n ?? 0;
  }
  return summary;
}

async function seedLookups(pool: pg.Pool, officials: BenchOfficial[]) {
  const codes = Object.keys(COUNTRIES);
  await pool.query(`INSERT INTO "Country" (code, "nameRu", "nameEn") SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`, [
    codes,
    codes.map((c) => COUNTRIES[c]?.ru),
    codes.map((c) => COUNTRIES[c]?.en),
  ]);
  await pool.query(`INSERT INTO "Source" (id, name) SELECT * FROM unnest($1::int[], $2::text[])`, [BENCH_SOURCES.map((_, i) => i + 1), BENCH_SOURCES]);
  await pool.query(`INSERT INTO "Place" (id, "nameRu") SELECT * FROM unnest($1::int[], $2::text[])`, [BENCH_CITIES.map((_, i) => i + 1), BENCH_CITIES.map((c) => c.nom)]);
  await pool.query(
    `INSERT INTO "Topic" (id, slug, "labelRu", "labelEn", phrasings, "updatedAt")
     SELECT id, slug, ru, en, ARRAY(SELECT json_array_elements_text(p)), now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::json[]) AS t(id, slug, ru, en, p)`,
    [TOPICS.map((_, i) => i + 1), TOPICS.map((t) => t.slug), TOPICS.map((t) => t.ru), TOPICS.map((t) => t.en), TOPICS.map((t) => JSON.stringify(t.phrasings))],
  );
  const slugs = new Set<string>();
  const slugOf = (o: BenchOfficial, i: number) => {
    const slug = slugs.has(o.slug) ? `${o.slug}-${i + 1}` : o.slug;
    slugs.add(slug);
    return slug;
  };
  await pool.query(
    `INSERT INTO "Official" (id, slug, "nameRu", "nameLatin", "matchKey", surname, "countryCode", "updatedAt")
     SELECT *, now() FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::varchar[])`,
    [officials.map((_, i) => i + 1), officials.map(slugOf), officials.map((o) => o.nameRu), officials.map((o) => o.nameLatin), officials.map((o) => o.matchKey), officials.map((o) => o.surname), officials.map((o) => o.country)],
  );
  const names = officials.flatMap((o, i) => [...o.forms.map((form) => ({ id: i + 1, form, kind: "case" })), { id: i + 1, form: o.nameLatin, kind: "latin" }]);
  await pool.query(
    `INSERT INTO "OfficialName" ("officialId", form, kind) SELECT * FROM unnest($1::int[], $2::text[], $3::"NameFormKind"[]) ON CONFLICT DO NOTHING`,
    [names.map((n) => n.id), names.map((n) => n.form), names.map((n) => n.kind)],
  );
  await pool.query(
    `INSERT INTO "Position" (id, "officialId", title, "titleKey", "countryCode") SELECT id, id, t, t, c FROM unnest($1::int[], $2::text[], $3::varchar[]) AS x(id, t, c)`,
    [officials.map((_, i) => i + 1), officials.map((o) => o.title.nom), officials.map((o) => o.country)],
  );
}

async function insertArticles(pool: pg.Pool, start: number, batch: BenchArticle[], officials: BenchOfficial[]) {
  const ids = batch.map((_, i) => start + i + 1);
  const searchNames = batch.map((a) => a.officials.map((i) => names(officials[i] as BenchOfficial)).join(" "));
  await pool.query(
    `INSERT INTO "Article" (id, slug, title, lead, body, "publishedOn", "publishedOnSource", "sourceId", "rawText", "contentHash", "searchNames", "updatedAt")
     SELECT id, 'bench-' || id, title, lead, body, d, 'header', s, title || E'\n' || body, encode(sha256(convert_to('bench-' || id, 'UTF8')), 'hex'), n, now()
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::date[], $6::int[], $7::text[]) AS t(id, title, lead, body, d, s, n)`,
    [ids, batch.map((a) => a.title), batch.map((a) => a.lead), batch.map((a) => a.body), batch.map((a) => a.publishedOn), batch.map((a) => a.source + 1), searchNames],
  );
  const ao = batch.flatMap((a, i) => [...new Set(a.officials)].map((o, k) => [ids[i], o + 1, k < 2 ? 3 : 1]));
  await pool.query(`INSERT INTO "ArticleOfficial" ("articleId", "officialId", mentions) SELECT * FROM unnest($1::int[], $2::int[], $3::int[])`, [
    ao.map((r) => r[0]),
    ao.map((r) => r[1]),
    ao.map((r) => r[2]),
  ]);
  const at = batch.flatMap((a, i) => a.topics.map((t) => [ids[i], t + 1]));
  await pool.query(`INSERT INTO "ArticleTopic" ("articleId", "topicId") SELECT * FROM unnest($1::int[], $2::int[])`, [at.map((r) => r[0]), at.map((r) => r[1])]);
}

const namesMemo = new WeakMap<BenchOfficial, string>();
/** What the importer writes into Article.searchNames for one official. */
function names(o: BenchOfficial): string {
  let s = namesMemo.get(o);
  if (s === undefined) {
    s = [o.nameRu, ...o.forms, o.nameLatin].join(" ");
    namesMemo.set(o, s);
  }
  return s;
}

/** Meetings spread over the articles: each reported by one article, a fifth by a second one too. */
async function insertMeetings(pool: pg.Pool, from: number, to: number, articles: ArticleFacts[], meetingCount: number, officialCount: number) {
  const articleCount = articles.length;
  const rnd = random(from + 99);
  const m: { id: number; kind: string; status: string; date: string; place: number; article: number; second: number | null }[] = [];
  for (let i = from; i < to; i++) {
    const a = Math.floor((i * articleCount) / meetingCount);
    const { publishedOn, city } = articles[a] as ArticleFacts;
    m.push({ id: i + 1, kind: KINDS[Math.floor(rnd() * KINDS.length)] as string, status: rnd() < 0.85 ? "held" : "planned", date: publishedOn, place: city + 1, article: a, second: rnd() < 0.2 ? Math.floor(rnd() * articleCount) : null });
  }
  await pool.query(
    `INSERT INTO "Meeting" (id, kind, status, date, "datePrecision", "placeId", "updatedAt")
     SELECT id, k, s, d, 'day', p, now() FROM unnest($1::int[], $2::"MeetingKind"[], $3::"MeetingStatus"[], $4::date[], $5::int[]) AS t(id, k, s, d, p)`,
    [m.map((x) => x.id), m.map((x) => x.kind), m.map((x) => x.status), m.map((x) => x.date), m.map((x) => x.place)],
  );
  const participants = m.flatMap((x) => {
    const who = (articles[x.article]?.officials ?? []).slice(0, x.kind === "conference" ? 3 : 2);
    return [...new Set(who)].filter((o) => o < officialCount).map((o) => [x.id, o + 1]);
  });
  await pool.query(
    `INSERT INTO "MeetingParticipant" ("meetingId", "officialId", "positionId", "countryCode")
     SELECT t.m, t.o, t.o, p."countryCode" FROM unnest($1::int[], $2::int[]) AS t(m, o) JOIN "Position" p ON p.id = t.o`,
    [participants.map((p) => p[0]), participants.map((p) => p[1])],
  );
  const sources = m.flatMap((x) => (x.second !== null && x.second !== x.article ? [[x.id, x.article + 1], [x.id, x.second + 1]] : [[x.id, x.article + 1]]));
  await pool.query(`INSERT INTO "MeetingSource" ("meetingId", "articleId") SELECT * FROM unnest($1::int[], $2::int[])`, [sources.map((s) => s[0]), sources.map((s) => s[1])]);
  const topics = m.flatMap((x) => (articles[x.article]?.topics ?? []).slice(0, 2).map((t) => [x.id, t + 1]));
  await pool.query(`INSERT INTO "MeetingTopic" ("meetingId", "topicId") SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`, [topics.map((t) => t[0]), topics.map((t) => t[1])]);
  await pool.query(
    `INSERT INTO "Evidence" (fact, "articleId", "meetingId", sentence, paragraph, "offset")
     SELECT f, a, mid, s, 0, 0 FROM unnest($1::"FactKind"[], $2::int[], $3::int[], $4::text[]) AS t(f, a, mid, s)`,
    (() => {
      const rowsOut = m.flatMap((x) => (["participant", "date", "place"] as const).map((f) => [f, x.article + 1, x.id, articles[x.article]?.opening ?? ""] as const));
      return [rowsOut.map((r) => r[0]), rowsOut.map((r) => r[1]), rowsOut.map((r) => r[2]), rowsOut.map((r) => r[3])];
    })(),
  );
}
