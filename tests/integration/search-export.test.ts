import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolOf, poolQuery, type Db } from "../../lib/db";
import * as csvRoute from "../../app/export/search.csv/route";
import * as jsonRoute from "../../app/export/search.json/route";
import { runSearch } from "../../lib/search/run-search";
import { searchExportUrls } from "../../lib/search/search-url";
import { searchParamsSchema } from "../../lib/validation/search-params";
import { callRoute } from "../support/call-route";
import { contractFor } from "../support/openapi-contract";
import { importSearchArchive } from "../support/search-archive";

let db: Db;
const contract = contractFor();

beforeAll(async () => {
  db = await importSearchArchive();
});
afterAll(() => db.$disconnect());

/** Every hit of a search in its order, read page by page as a reader would. */
async function allHits(raw: Record<string, string>): Promise<{ slugs: string[]; total: number }> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const r = await runSearch(poolQuery(poolOf(db)), searchParamsSchema.parse({ ...raw, page: String(page) }));
    slugs.push(...r.hits.map((h) => h.slug));
    if (page >= r.pageCount) return { slugs, total: r.total };
  }
}

async function download(route: { GET: (request: Request) => Response | Promise<Response> }, url: string) {
  const response = await callRoute(route.GET, url);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("search exports", () => {
  it("CSV: every match in the search's order, read back by a CSV parser and compared with the archive", async () => {
    const query = { q: "США", sort: "date" };
    const expected = await allHits(query);
    expect(expected.total).toBeGreaterThan(20); // more than one page
    const { response, bytes } = await download(csvRoute, searchExportUrls(searchParamsSchema.parse(query)).csv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="chronicle-search-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const rows = parseCsv(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.slug)).toEqual(expected.slugs);
    const stored = await db.article.findMany({
      where: { slug: { in: expected.slugs } },
      select: {
        slug: true,
        title: true,
        lead: true,
        publishedOn: true,
        source: { select: { name: true } },
        officials: { select: { official: { select: { slug: true } } } },
        topics: { select: { topic: { select: { slug: true } } } },
        meetings: { select: { meetingId: true } },
      },
    });
    const bySlug = new Map(stored.map((a) => [a.slug, a]));
    const sorted = (s: string) => (s ? s.split("; ").sort() : []);
    for (const row of rows) {
      const a = bySlug.get(row.slug!)!;
      expect(row.url).toBe(`http://chronicle.test/articles/${a.slug}`);
      expect(row.title).toBe(a.title);
      expect(row.lead).toBe(a.lead ?? "");
      expect(row.published_on).toBe(a.publishedOn?.toISOString().slice(0, 10) ?? "");
      expect(row.source).toBe(a.source?.name ?? "");
      expect(sorted(row.official_slugs!)).toEqual(a.officials.map((o) => o.official.slug).sort());
      expect(sorted(row.topic_slugs!)).toEqual(a.topics.map((t) => t.topic.slug).sort());
      expect(sorted(row.meeting_ids!)).toEqual(a.meetings.map((m) => String(m.meetingId)).sort());
    }
  });

  it("relevance order and filters: the export starts with the page's hits and holds only filtered articles", async () => {
    const query = { q: "Кошербаевым", official: "christopher-landau" };
    const first = await runSearch(poolQuery(poolOf(db)), searchParamsSchema.parse(query));
    expect(first.total).toBeGreaterThan(0);
    const { bytes } = await download(csvRoute, searchExportUrls(first.params).csv);
    const rows = parseCsv(bytes.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(first.total);
    expect(rows.slice(0, 20).map((r) => r.slug)).toEqual(first.hits.map((h) => h.slug));
    for (const row of rows) expect(row.official_slugs!.split("; ")).toContain("christopher-landau");
  });

  it("JSON: the same articles as an array of the API's ArticleSummary", async () => {
    const query = { q: "критических минералов" };
    const expected = await allHits(query);
    const { response, bytes } = await download(jsonRoute, searchExportUrls(searchParamsSchema.parse(query)).json);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const items = JSON.parse(bytes.toString("utf8")) as { slug: string }[];
    expect(items.map((a) => a.slug)).toEqual(expected.slugs);
    for (const item of items) contract.component("ArticleSummary", item);
  });

  it("an empty or unsearchable query gives the header only; a bad parameter a JSON 400 naming it", async () => {
    for (const url of ["/export/search.csv", "/export/search.csv?q=%21%21%21"]) {
      const { bytes } = await download(csvRoute, url);
      expect(parseCsv(bytes.toString("utf8"), { bom: true })).toHaveLength(1);
    }
    expect(JSON.parse((await download(jsonRoute, "/export/search.json?q=%3F%3F")).bytes.toString("utf8"))).toEqual([]);
    const bad = await download(csvRoute, "/export/search.csv?q=x&year=abc&page=2");
    expect(bad.response.status).toBe(400);
    const body = JSON.parse(bad.bytes.toString("utf8"));
    contract.error(body);
    expect(body.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(["page", "year"]);
  });
});
