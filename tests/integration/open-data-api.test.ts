import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as articleRoute from "../../app/api/v1/articles/[slug]/route";
import * as articlesRoute from "../../app/api/v1/articles/route";
import * as meetingRoute from "../../app/api/v1/meetings/[id]/route";
import * as meetingsRoute from "../../app/api/v1/meetings/route";
import * as openapiRoute from "../../app/api/v1/openapi.json/route";
import * as officialRoute from "../../app/api/v1/officials/[slug]/route";
import * as officialsRoute from "../../app/api/v1/officials/route";
import * as searchRoute from "../../app/api/v1/search/route";
import * as topicsRoute from "../../app/api/v1/topics/route";
import { endpoints } from "../../lib/api/endpoints";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { callRoute } from "../support/call-route";
import { contractFor } from "../support/openapi-contract";
import { resetDatabase } from "../support/reset-database";

let db: Db;
const contract = contractFor();

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
});
afterAll(() => db.$disconnect());

const routes = {
  listMeetings: meetingsRoute.GET,
  getMeeting: meetingRoute.GET,
  listArticles: articlesRoute.GET,
  getArticle: articleRoute.GET,
  listOfficials: officialsRoute.GET,
  getOfficial: officialRoute.GET,
  listTopics: topicsRoute.GET,
  search: searchRoute.GET,
} satisfies Record<keyof typeof endpoints, unknown>;

async function get(operation: keyof typeof routes, url: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const response = await callRoute(routes[operation], url, { params, headers });
  const text = await response.text();
  return { response, status: response.status, body: text ? JSON.parse(text) : null };
}

async function ok(operation: keyof typeof routes, url: string, params: Record<string, string> = {}) {
  const { response, status, body } = await get(operation, url, params);
  expect(status, JSON.stringify(body)).toBe(200);
  contract.ok(operation, body);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
  return { response, body };
}

describe("every endpoint answers what the OpenAPI document promises", () => {
  it("covers each endpoint of the registry", () => {
    expect(Object.keys(routes).sort()).toEqual(Object.keys(endpoints).sort());
  });

  it("meetings: the timeline's filters, paging with totals and Link headers", async () => {
    const all = await ok("listMeetings", "/api/v1/meetings");
    expect(all.body.pagination).toEqual({ page: 1, pageSize: 50, total: await db.meeting.count(), totalPages: 1 });
    const both = await ok("listMeetings", "/api/v1/meetings?official=yermek-kosherbayev&official=christopher-landau");
    expect(both.body.data.map((m: { participants: { slug: string }[] }) => m.participants.map((p) => p.slug).sort())).toEqual([
      ["christopher-landau", "yermek-kosherbayev"],
    ]);
    const planned = await ok("listMeetings", "/api/v1/meetings?status=planned&kind=visit,talks");
    expect(planned.body.pagination.total).toBe(await db.meeting.count({ where: { status: "planned", kind: { in: ["visit", "talks"] } } }));
    const paged = await ok("listMeetings", "/api/v1/meetings?pageSize=2&page=2&order=asc");
    expect(paged.body.data).toHaveLength(2);
    const links = Object.fromEntries(
      [...paged.response.headers.get("link")!.matchAll(/<([^>]+)>; rel="(\w+)"/g)].map(([, url, rel]) => [rel!, new URL(url!).searchParams] as const),
    );
    expect(Object.fromEntries(Object.entries(links).map(([rel, params]) => [rel, params.get("page")]))).toEqual({ first: "1", prev: "1", next: "3", last: "3" });
    expect(links.next!.get("order")).toBe("asc");
  });

  it("one meeting with its sources and evidence, as in the database", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { participants: { some: { official: { slug: "christopher-landau" } } } },
      select: { id: true, _count: { select: { evidence: true, sources: true, participants: true } } },
    });
    const { body } = await ok("getMeeting", `/api/v1/meetings/${meeting.id}`, { id: String(meeting.id) });
    expect(body.id).toBe(meeting.id);
    expect(body.url).toBe(`http://chronicle.test/meetings/${meeting.id}`);
    expect(body.evidence).toHaveLength(meeting._count.evidence);
    expect(body.sources).toHaveLength(meeting._count.sources);
    expect(body.participants).toHaveLength(meeting._count.participants);
    expect(body.date).toBe("2026-02-05");
  });

  it("articles and one article with paragraphs and the meetings it reports", async () => {
    const list = await ok("listArticles", "/api/v1/articles?official=christopher-landau&from=2026-02&to=2026");
    expect(list.body.pagination.total).toBe(1);
    const slug = list.body.data[0].slug;
    const { body } = await ok("getArticle", `/api/v1/articles/${slug}`, { slug });
    const stored = await db.article.findUniqueOrThrow({ where: { slug }, select: { title: true, _count: { select: { meetings: true } } } });
    expect(body.title).toBe(stored.title);
    expect(body.meetings).toHaveLength(stored._count.meetings);
    expect(body.paragraphs.length).toBeGreaterThan(2);
    expect((await ok("listArticles", "/api/v1/articles?to=1999")).body.data).toEqual([]);
  });

  it("officials, and one official with positions and meetings", async () => {
    const us = await ok("listOfficials", "/api/v1/officials?country=us");
    expect(us.body.data.every((o: { country: string }) => o.country === "US")).toBe(true);
    expect(us.body.pagination.total).toBe(await db.official.count({ where: { countryCode: "US" } }));
    const { body } = await ok("getOfficial", "/api/v1/officials/yermek-kosherbayev", { slug: "yermek-kosherbayev" });
    expect(body.nameRu).toBe("Ермек Кошербаев");
    expect(body.positions.length).toBe(await db.position.count({ where: { official: { slug: "yermek-kosherbayev" } } }));
    expect(body.meetings.total).toBe(await db.meetingParticipant.count({ where: { official: { slug: "yermek-kosherbayev" } } }));
    expect(body.meetings.data).toHaveLength(body.meetings.total);
    expect(body.names.map((n: { form: string }) => n.form)).toContain("Ермек Кошербаевым");
    expect(body.positions[0].organisation).toEqual({ nameRu: "Министерство иностранных дел Казахстана", nameEn: "Ministry of Foreign Affairs of Kazakhstan", country: "KZ" });
  });

  it("topics with counts", async () => {
    const { body } = await ok("listTopics", "/api/v1/topics?pageSize=200");
    expect(body.data).toHaveLength(await db.topic.count());
    const minerals = body.data.find((t: { slug: string }) => t.slug === "critical-minerals");
    expect(minerals.meetingCount).toBe(await db.meetingTopic.count({ where: { topic: { slug: "critical-minerals" } } }));
  });

  it("search: cards, highlighted runs, meetings, facets and paging, as the page shows them", async () => {
    const { response, body } = await ok("search", "/api/v1/search?q=Kosherbayev");
    expect(body.query).toEqual({ text: "Kosherbayev", truncated: false, status: "ok" });
    expect(body.cards[0]).toMatchObject({ kind: "official", slug: "yermek-kosherbayev", labelRu: "Ермек Кошербаев", url: "http://chronicle.test/officials/yermek-kosherbayev" });
    const expected = await db.articleOfficial.count({ where: { official: { slug: "yermek-kosherbayev" } } });
    expect(body.pagination).toEqual({ page: 1, pageSize: 20, total: expected, totalPages: Math.ceil(expected / 20) });
    expect(body.data).toHaveLength(Math.min(expected, 20));
    const runs = body.data.flatMap((h: { title: { hit: boolean; text: string }[]; snippet: { hit: boolean; text: string }[] }) => [...h.title, ...h.snippet]);
    expect(runs.some((r: { hit: boolean; text: string }) => r.hit && /^Кошербаев/.test(r.text))).toBe(true);
    const withMeeting = body.data.find((h: { meetings: unknown[] }) => h.meetings.length > 0);
    expect(withMeeting.meetings[0].url).toMatch(/^http:\/\/chronicle\.test\/meetings\/\d+$/);
    expect(body.facets.official.find((f: { value: string }) => f.value === "yermek-kosherbayev")?.count).toBe(expected);
    expect(response.headers.get("server-timing")).toMatch(/^app;dur=\d+(\.\d)?$/);

    const filtered = await ok("search", "/api/v1/search?q=Kosherbayev&official=christopher-landau&sort=date");
    expect(filtered.body.sort).toBe("date");
    expect(filtered.body.filters).toEqual([expect.objectContaining({ facet: "official", value: "christopher-landau", known: true })]);
    expect(filtered.body.pagination.total).toBeLessThan(expected);
    expect((await ok("search", "/api/v1/search")).body.query.status).toBe("empty");
  });

  it("serves the document itself", async () => {
    const response = await callRoute(openapiRoute.GET, "/api/v1/openapi.json");
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.1");
    expect(doc.servers).toEqual([{ url: "http://chronicle.test/api/v1" }]);
    expect(Object.keys(doc.paths)).toHaveLength(Object.keys(endpoints).length);
  });
});

describe("errors are JSON naming what was wrong", () => {
  const cases: [keyof typeof routes, string, Record<string, string>, string[]][] = [
    ["listMeetings", "/api/v1/meetings?kind=lunch", {}, ["kind"]],
    ["listMeetings", "/api/v1/meetings?offical=yermek-kosherbayev", {}, ["offical"]],
    ["listMeetings", "/api/v1/meetings?from=2026-02-30", {}, ["from"]],
    ["listMeetings", "/api/v1/meetings?from=2027&to=2026", {}, ["from"]],
    ["listMeetings", "/api/v1/meetings?page=0&pageSize=1000", {}, ["page", "pageSize"]],
    ["listArticles", "/api/v1/articles?official=Not%20A%20Slug", {}, ["official"]],
    ["listOfficials", "/api/v1/officials?country=KAZ", {}, ["country"]],
    ["getMeeting", "/api/v1/meetings/abc", { id: "abc" }, ["id"]],
    ["getMeeting", "/api/v1/meetings/1?lang=en", { id: "1" }, ["lang"]],
    ["getOfficial", "/api/v1/officials/Yermek", { slug: "Yermek" }, ["slug"]],
    ["search", "/api/v1/search?q=x&year=abc&sort=best", {}, ["year", "sort"]],
    ["search", "/api/v1/search?q=x&official=Not%20A%20Slug&page=501", {}, ["official", "page"]],
    ["search", "/api/v1/search?query=Landau", {}, ["query"]],
  ];
  it.each(cases)("%s %s → 400", async (operation, url, params, names) => {
    const { response, status, body } = await get(operation, url, params);
    expect(status).toBe(400);
    contract.error(body);
    expect(body.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(names.sort());
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it.each([
    ["getMeeting", "/api/v1/meetings/999999", { id: "999999" }],
    ["getArticle", "/api/v1/articles/no-such-article", { slug: "no-such-article" }],
    ["getOfficial", "/api/v1/officials/no-such-person", { slug: "no-such-person" }],
  ] as const)("%s %s → 404", async (operation, url, params) => {
    const { status, body } = await get(operation, url, params);
    expect(status).toBe(404);
    contract.error(body);
    expect(body.error.message).toMatch(/^No \w+ with (id|slug) /);
  });
});

describe("caching and cross-origin reading", () => {
  it("answers 304 to a current ETag and 200 when the archive changed", async () => {
    const first = await get("listTopics", "/api/v1/topics");
    const etag = first.response.headers.get("etag")!;
    const again = await get("listTopics", "/api/v1/topics", {}, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.response.headers.get("etag")).toBe(etag);
    const topic = await db.topic.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.topic.update({ where: { id: topic.id }, data: { labelEn: `${topic.labelEn} (renamed)` } });
    try {
      const changed = await get("listTopics", "/api/v1/topics", {}, { "If-None-Match": etag });
      expect(changed.status).toBe(200);
    } finally {
      await db.topic.update({ where: { id: topic.id }, data: { labelEn: topic.labelEn } });
    }
  });

  it("answers CORS preflights for conditional GETs", async () => {
    const response = meetingsRoute.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });
});
