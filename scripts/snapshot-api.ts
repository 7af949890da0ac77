/**
 * `tsx --conditions=react-server scripts/snapshot-api.ts --out <dir>`: imports the seeds and the
 * evaluation articles into a fresh database (on TEST_DATABASE_URL's server, else DATABASE_URL's), then
 * writes the answer of every `/api/v1/…` endpoint, feed, calendar and export to `<dir>` (status,
 * content type and body; Server-Timing left out, it differs each run). One article at a time, so ids
 * come out the same each run. Two snapshots taken before and
 * after a refactor must be byte-identical (`diff -r`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestDatabase } from "../tests/support/test-database";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  if (!values.out) throw new Error("--out <dir> is required");
  const out = path.resolve(values.out);
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  try {
    await snapshot(out);
  } finally {
    const { getDb } = await import("../lib/db");
    await getDb().$disconnect();
    await database.drop();
  }
}

async function snapshot(out: string) {
  const { getDb } = await import("../lib/db");
  const { loadImporterLanguage } = await import("../lib/importer/extract-article");
  const { importPaths } = await import("../lib/importer/import-paths");
  const db = getDb();
  await loadImporterLanguage();
  const summary = await importPaths(db, ["seeds", "tests/fixtures/eval"].map((dir) => path.join(root, dir)), { trigger: "cli", concurrency: 1 });
  if (summary.failed > 0) throw new Error(`the archive did not import: ${JSON.stringify(summary.errors)}`);

  const route = async (file: string) => ((await import(path.join(root, "app", file, "route.ts"))) as { GET: Handler }).GET;
  let written = 0;
  const dump = async (name: string, file: string, url: string, params: Record<string, string> = {}) => {
    const handler = await route(file);
    const response = await handler(new Request(new URL(url, "http://chronicle.test")), { params: Promise.resolve(params) });
    const raw = await response.text();
    const body = withoutClock(raw);
    const etag = body === raw ? response.headers.get("etag") : "(of a body holding the clock)";
    const head = [`${response.status}`, `content-type: ${response.headers.get("content-type")}`, `etag: ${etag}`, `link: ${response.headers.get("link")}`];
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), `${head.join("\n")}\n\n${body}`);
    written++;
    return body;
  };
  const json = async (name: string, file: string, url: string, params: Record<string, string> = {}) =>
    JSON.parse(await dump(name, file, url, params)) as { items?: { id?: number; slug?: string }[] };

  const meetings = db.meeting.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const articles = db.article.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  const officials = db.official.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  const topics = db.topic.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  const [meetingIds, articleSlugs, officialSlugs, topicSlugs] = await Promise.all([meetings, articles, officials, topics]);
  const [o1, o2] = ["yermek-kosherbayev", "christopher-landau"];
  const t1 = "critical-minerals";

  await dump("openapi.json", "api/v1/openapi.json", "/api/v1/openapi.json");
  const meetingQueries = [
    "", "?page=2&pageSize=5", "?pageSize=200", "?order=asc", "?kind=talks&kind=meeting&from=2026&pageSize=10", "?status=planned",
    "?status=held", "?country=US", "?country=KZ&country=US", `?official=${o1}`, `?official=${o1}&official=${o2}`, `?official=${o1},${o2}`,
    `?topic=${t1}`, `?topic=${t1}&topic=trade`, "?from=2025-11&to=2026-02-15", "?to=2025", "?kind=signing", "?kind=visit&status=planned",
    "?page=999", "?kind=nonsense", "?from=2026-13", "?pageSize=0", `?official=no-such-person`,
  ];
  for (const [i, q] of meetingQueries.entries()) await dump(`meetings/list-${i}.txt`, "api/v1/meetings", `/api/v1/meetings${q}`);
  for (const { id } of meetingIds) await dump(`meetings/${id}.txt`, "api/v1/meetings/[id]", `/api/v1/meetings/${id}`, { id: String(id) });
  await dump("meetings/missing.txt", "api/v1/meetings/[id]", "/api/v1/meetings/999999", { id: "999999" });
  await dump("meetings/bad-id.txt", "api/v1/meetings/[id]", "/api/v1/meetings/abc", { id: "abc" });

  const articleQueries = ["", "?page=2&pageSize=5", "?pageSize=200", `?official=${o1}&from=2026-02`, `?official=${o1}&official=${o2}`, `?topic=${t1}`, "?from=2025&to=2025-12", "?to=2020"];
  for (const [i, q] of articleQueries.entries()) await dump(`articles/list-${i}.txt`, "api/v1/articles", `/api/v1/articles${q}`);
  for (const { slug } of articleSlugs) await dump(`articles/${slug}.txt`, "api/v1/articles/[slug]", `/api/v1/articles/${slug}`, { slug });
  await dump("articles/missing.txt", "api/v1/articles/[slug]", "/api/v1/articles/no-such-article", { slug: "no-such-article" });

  const officialQueries = ["", "?country=US", "?country=KZ", "?country=KZ&country=US", "?page=2&pageSize=5", "?pageSize=200"];
  for (const [i, q] of officialQueries.entries()) await dump(`officials/list-${i}.txt`, "api/v1/officials", `/api/v1/officials${q}`);
  for (const { slug } of officialSlugs) await dump(`officials/${slug}.txt`, "api/v1/officials/[slug]", `/api/v1/officials/${slug}`, { slug });
  await dump("officials/missing.txt", "api/v1/officials/[slug]", "/api/v1/officials/no-such-person", { slug: "no-such-person" });

  await json("topics/list-0.txt", "api/v1/topics", "/api/v1/topics");
  await json("topics/list-1.txt", "api/v1/topics", "/api/v1/topics?page=2&pageSize=3");

  const searches = [
    "?q=Kosherbayev", "?q=Kosherbayev&sort=date", "?q=Кошербаевым", "?q=Кошербаев", "?q=Landau", "?q=Кошербаеф", "?q=%22критических%20минералов%22",
    "?q=минералы%20OR%20уран", "?q=Казахстан%20-Ландау", "?q=Казахстан&page=2", `?q=Казахстан&topic=${t1}`, `?q=Казахстан&official=${o1}`,
    "?q=Казахстан&year=2026", "?q=Казахстан&source=1", "?q=", "?q=zzzzqqq", "?q=Tokayev", "?q=визит", "?q=Вашингтон&sort=date&page=2",
  ];
  for (const [i, q] of searches.entries()) await dump(`search/${i}.txt`, "api/v1/search", `/api/v1/search${q}`);

  const subsets = ["", "?kind=talks", `?official=${o1}`, `?topic=${t1}`, "?status=planned&country=US", "?from=2026"];
  for (const [i, q] of subsets.entries()) {
    await dump(`feeds/meetings-${i}.txt`, "meetings/feed.xml", `/meetings/feed.xml${q}`);
    await dump(`exports/meetings-csv-${i}.txt`, "export/meetings.csv", `/export/meetings.csv${q}`);
    await dump(`exports/meetings-json-${i}.txt`, "export/meetings.json", `/export/meetings.json${q}`);
    await dump(`calendars/all-${i}.txt`, "calendar.ics", `/calendar.ics${q}`);
  }
  await dump("feeds/articles.txt", "articles/feed.xml", "/articles/feed.xml");
  for (const [i, q] of ["?q=Kosherbayev", "?q=Казахстан&sort=date", `?q=Казахстан&topic=${t1}`].entries()) {
    await dump(`exports/search-csv-${i}.txt`, "export/search.csv", `/export/search.csv${q}`);
    await dump(`exports/search-json-${i}.txt`, "export/search.json", `/export/search.json${q}`);
  }
  for (const { slug } of officialSlugs) {
    await dump(`feeds/official-${slug}.txt`, "officials/[slug]/feed.xml", `/officials/${slug}/feed.xml`, { slug });
    await dump(`calendars/official-${slug}.txt`, "officials/[slug]/calendar.ics", `/officials/${slug}/calendar.ics`, { slug });
  }
  for (const { slug } of topicSlugs) {
    await dump(`feeds/topic-${slug}.txt`, "topics/[slug]/feed.xml", `/topics/${slug}/feed.xml`, { slug });
    await dump(`calendars/topic-${slug}.txt`, "topics/[slug]/calendar.ics", `/topics/${slug}/calendar.ics`, { slug });
  }
  await dump("sitemap.xml", "sitemap.xml", "/sitemap.xml");
  process.stdout.write(`${written} responses written to ${out}\n`);
}

/** Timestamps of this run (rows' createdAt, calendars' DTSTAMP) differ between runs: masked. */
function withoutClock(text: string): string {
  const today = new Date().toISOString().slice(0, 10);
  return text
    .replaceAll(new RegExp(`${today}T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z`, "g"), "<now>")
    .replaceAll(new RegExp(`${today.replaceAll("-", "")}T\\d{6}Z`, "g"), "<now>");
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
