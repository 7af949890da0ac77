import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as allCalendar from "../../app/calendar.ics/route";
import * as csvRoute from "../../app/export/meetings.csv/route";
import * as jsonRoute from "../../app/export/meetings.json/route";
import * as articlesFeed from "../../app/articles/feed.xml/route";
import * as meetingsFeed from "../../app/meetings/feed.xml/route";
import * as officialCalendar from "../../app/officials/[slug]/calendar.ics/route";
import * as officialFeed from "../../app/officials/[slug]/feed.xml/route";
import * as searchFeed from "../../app/search/feed.xml/route";
import * as sitemapIndex from "../../app/sitemap.xml/route";
import * as sitemapPart from "../../app/sitemaps/[part]/route";
import * as topicCalendar from "../../app/topics/[slug]/calendar.ics/route";
import * as topicFeed from "../../app/topics/[slug]/feed.xml/route";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { listMeetings } from "../../lib/queries/meetings/list-meetings";
import type { TimelineEntry } from "../../lib/queries/meetings/timeline-entries";
import { streamMeetings } from "../../lib/queries/meetings/stream-meetings";
import { callRoute } from "../support/call-route";
import { contractFor } from "../support/openapi-contract";
import { resetDatabase } from "../support/reset-database";

let db: Db;
const contract = contractFor();
const FORMULA_PLACE = "=HYPERLINK(\"http://evil.example\",\"Вашингтон\")";

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
  // What the seeds lack: undated and year-precision meetings, several on one day, a hostile place name.
  const place = await db.place.create({ data: { nameRu: FORMULA_PLACE } });
  const landau = await db.official.findUniqueOrThrow({ where: { slug: "christopher-landau" }, select: { id: true } });
  const dates: [string | null, "day" | "month" | "year" | null][] = [
    [null, null],
    [null, null],
    [null, null],
    ["2025-01-01", "year"],
    ["2025-06-10", "day"],
    ["2025-06-10", "day"],
    ["2025-06-10", "day"],
  ];
  for (const [date, precision] of dates) {
    await db.meeting.create({
      data: {
        kind: "call",
        status: "held",
        date: date ? new Date(date) : null,
        datePrecision: precision,
        placeId: place.id,
        participants: { create: { officialId: landau.id, countryCode: "US" } },
      },
    });
  }
});
afterAll(() => db.$disconnect());

async function text(response: Response | Promise<Response>) {
  const r = await response;
  return { response: r, body: Buffer.from(await r.arrayBuffer()) };
}

describe("the keyset stream", () => {
  it.each(["desc", "asc"] as const)("yields exactly the timeline's rows in the timeline's order (%s), in small batches", async (order) => {
    const batches: TimelineEntry[][] = [];
    for await (const batch of streamMeetings({}, { order, batchSize: 2 })) batches.push(batch);
    expect(batches.every((b) => b.length <= 2)).toBe(true);
    const timeline = await listMeetings({}, { order, pageSize: 1000 });
    // Entry by entry, every field (topic order aside, which neither promises).
    const comparable = (m: TimelineEntry) => ({ ...m, topics: [...m.topics].sort((a, b) => a.slug.localeCompare(b.slug)) });
    expect(batches.flat().map(comparable)).toEqual(timeline.entries.map(comparable));
    const filtered: number[] = [];
    for await (const batch of streamMeetings({ official: ["christopher-landau"], from: "2025" }, { order, batchSize: 1 })) filtered.push(...batch.map((m) => m.id));
    expect(filtered).toEqual((await listMeetings({ official: ["christopher-landau"], from: "2025" }, { order, pageSize: 1000 })).entries.map((m) => m.id));
  });
});

describe("exports", () => {
  it("CSV: UTF-8 with BOM, read back by a CSV parser, equals the database", async () => {
    const { response, body } = await text(callRoute(csvRoute.GET, "/export/meetings.csv?country=US&order=asc"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="chronicle-meetings-\d{4}-\d\d-\d\d\.csv"$/);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parseCsv(body, { bom: true, columns: true });
    const expected = await listMeetings({ country: ["US"] }, { order: "asc", pageSize: 1000 });
    expect(rows.map((r) => Number(r.id))).toEqual(expected.entries.map((m) => m.id));
    for (const row of rows) {
      const stored = await db.meeting.findUniqueOrThrow({
        where: { id: Number(row.id) },
        select: { date: true, kind: true, status: true, participants: { orderBy: { officialId: "asc" }, select: { official: { select: { slug: true, nameRu: true } } } } },
      });
      expect(row.date).toBe(stored.date ? stored.date.toISOString().slice(0, 10) : "");
      expect([row.kind, row.status]).toEqual([stored.kind, stored.status]);
      expect(row.official_slugs).toBe(stored.participants.map((p) => p.official.slug).join("; "));
      for (const p of stored.participants) expect(row.participants).toContain(p.official.nameRu);
    }
    // The hostile place reaches the spreadsheet as text, not as a formula.
    const hostile = rows.filter((r) => r.place!.includes("HYPERLINK"));
    expect(hostile.length).toBe(7);
    for (const r of hostile) expect(r.place).toBe(`'${FORMULA_PLACE}`);
  });

  it("JSON: one array of MeetingSummary objects in the API's shape", async () => {
    const { response, body } = await text(callRoute(jsonRoute.GET, "/export/meetings.json?official=christopher-landau"));
    expect(response.status).toBe(200);
    const items = JSON.parse(body.toString("utf8"));
    expect(items.map((m: { id: number }) => m.id)).toEqual((await listMeetings({ official: ["christopher-landau"] }, { pageSize: 1000 })).entries.map((m) => m.id));
    for (const item of items) contract.meetingSummary(item);
    const empty = await text(callRoute(jsonRoute.GET, "/export/meetings.json?to=1990"));
    expect(JSON.parse(empty.body.toString("utf8"))).toEqual([]);
  });

  it("bad filters answer 400 naming them before any download starts", async () => {
    const response = await callRoute(csvRoute.GET, "/export/meetings.csv?status=maybe&page=2");
    expect(response.status).toBe(400);
    const body = await response.json();
    contract.error(body);
    expect(body.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(["page", "status"]);
  });
});

function calendarEvents(ics: string) {
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendars", () => {
  it("every placeable meeting is an all-day event; planned ones tentative; year-precision and undated ones left out", async () => {
    const { response, body } = await text(callRoute(allCalendar.GET, "/calendar.ics"));
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = calendarEvents(body.toString("utf8"));
    const placeable = await db.meeting.findMany({ where: { date: { not: null }, datePrecision: { not: "year" } }, select: { id: true, status: true } });
    expect(events.map((e) => e.uid).sort()).toEqual(placeable.map((m) => `meeting-${m.id}@chronicle.test`).sort());
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      const planned = placeable.find((m) => `meeting-${m.id}@chronicle.test` === event.uid)!.status === "planned";
      expect(event.component.getFirstPropertyValue("status")).toBe(planned ? "TENTATIVE" : "CONFIRMED");
      expect(event.summary.startsWith("[запланирована]")).toBe(planned);
    }
    expect(events.some((e) => e.component.getFirstPropertyValue("status") === "TENTATIVE")).toBe(true);
  });

  it("per official and per topic, in English on request; unknown slugs are 404", async () => {
    const official = calendarEvents((await text(callRoute(officialCalendar.GET, "/officials/steve-daines/calendar.ics?lang=en", { params: { slug: "steve-daines" } }))).body.toString());
    expect(official.length).toBe(1);
    expect(official[0]!.summary).toBe("Meeting: Yermek Kosherbayev — Steve Daines");
    const topic = calendarEvents((await text(callRoute(topicCalendar.GET, "/topics/critical-minerals/calendar.ics", { params: { slug: "critical-minerals" } }))).body.toString());
    expect(topic.length).toBe(await db.meeting.count({ where: { topics: { some: { topic: { slug: "critical-minerals" } } }, date: { not: null } } }));
    const missing = await callRoute(officialCalendar.GET, "/officials/nobody/calendar.ics", { params: { slug: "nobody" } });
    expect(missing.status).toBe(404);
    contract.error(await missing.json());
  });
});

describe("Atom feeds", () => {
  it("new meetings, narrowed by the timeline's filters, read by a feed parser", async () => {
    const { response, body } = await text(callRoute(meetingsFeed.GET, "/meetings/feed.xml?kind=talks,meeting"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = body.toString("utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    const expected = await db.meeting.findMany({ where: { kind: { in: ["talks", "meeting"] } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((m) => `http://chronicle.test/meetings/${m.id}`));
    expect(feed.items[0]!.title).toMatch(/^(Переговоры|Встреча): /);
    const again = await callRoute(meetingsFeed.GET, "/meetings/feed.xml?kind=talks,meeting", { headers: { "If-None-Match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("new articles, and per official and per topic both kinds of entry", async () => {
    const articles = parseFeed((await text(callRoute(articlesFeed.GET, "/articles/feed.xml"))).body.toString());
    expect(articles.items.length).toBe(await db.article.count());
    const landau = parseFeed((await text(callRoute(officialFeed.GET, "/officials/christopher-landau/feed.xml", { params: { slug: "christopher-landau" } }))).body.toString());
    expect(landau.title).toBe("Хроника — Кристофер Ландау");
    const ids = landau.items.map((i) => i.id!);
    expect(ids.some((id) => id.includes("/articles/"))).toBe(true);
    expect(ids.filter((id) => id.includes("/meetings/")).length).toBe(await db.meetingParticipant.count({ where: { official: { slug: "christopher-landau" } } }));
    const topic = parseFeed((await text(callRoute(topicFeed.GET, "/topics/energy/feed.xml?lang=en", { params: { slug: "energy" } }))).body.toString());
    expect(topic.language).toBe("en");
    expect(topic.items.length).toBeGreaterThan(0);
    expect((await callRoute(topicFeed.GET, "/topics/none/feed.xml", { params: { slug: "none" } })).status).toBe(404);
    expect((await callRoute(topicFeed.GET, "/topics/energy/feed.xml?lang=de", { params: { slug: "energy" } })).status).toBe(400);
  });
});

describe("a search's alert", () => {
  it("is an Atom feed of the search's matches, newest first, with its query and filters as on /search", async () => {
    const { response, body } = await text(callRoute(searchFeed.GET, "/search/feed.xml?q=%D0%9A%D0%BE%D1%88%D0%B5%D1%80%D0%B1%D0%B0%D0%B5%D0%B2%D1%8B%D0%BC"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = body.toString("utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Хроника — поиск «Кошербаевым»");
    expect(feed.url).toBe("http://chronicle.test/search?q=%D0%9A%D0%BE%D1%88%D0%B5%D1%80%D0%B1%D0%B0%D0%B5%D0%B2%D1%8B%D0%BC");
    const articles = await db.article.findMany({ orderBy: [{ publishedOn: "desc" }, { id: "desc" }], select: { slug: true } });
    expect(feed.items.map((i) => i.id)).toEqual(articles.map((a) => `http://chronicle.test/articles/${encodeURIComponent(a.slug)}`));

    const narrowed = parseFeed((await text(callRoute(searchFeed.GET, "/search/feed.xml?q=Landau&official=christopher-landau&lang=en"))).body.toString());
    expect(narrowed.language).toBe("en");
    expect(narrowed.title).toBe("Chronicle — search “Landau”");
    expect(narrowed.items.length).toBe(await db.article.count({ where: { officials: { some: { official: { slug: "christopher-landau" } } } } }));
    const nothing = parseFeed((await text(callRoute(searchFeed.GET, "/search/feed.xml?q=%D0%B0%D0%B1%D1%8B%D1%80%D0%B2%D0%B0%D0%BB%D0%B3"))).body.toString());
    expect(nothing.items).toEqual([]);
  });

  it("names a bad parameter, as the other feeds do", async () => {
    const bad = await callRoute(searchFeed.GET, "/search/feed.xml?q=x&sort=date&year=1800");
    expect(bad.status).toBe(400);
    const body = await bad.json();
    contract.error(body);
    expect(body.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(["sort", "year"]);
  });
});

describe("feeds and calendars read their parameters alike", () => {
  const badRequest = async (response: Response | Promise<Response>) => {
    const r = await response;
    expect(r.status).toBe(400);
    const body = await r.json();
    contract.error(body);
    return body;
  };

  it("400 naming every bad parameter, the slug and the language together, the same body from a feed and its calendar", async () => {
    const subject = { params: { slug: "Energy" } };
    const feed = await badRequest(callRoute(topicFeed.GET, "/topics/Energy/feed.xml?lang=de", subject));
    expect(feed.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(["lang", "slug"]);
    expect(await badRequest(callRoute(topicCalendar.GET, "/topics/Energy/calendar.ics?lang=de", subject))).toEqual(feed);
    const meetings = await badRequest(callRoute(meetingsFeed.GET, "/meetings/feed.xml?status=maybe&lang=de&page=2"));
    expect(meetings.error.parameters.map((p: { parameter: string }) => p.parameter).sort()).toEqual(["lang", "page", "status"]);
    expect(await badRequest(callRoute(allCalendar.GET, "/calendar.ics?status=maybe&lang=de&page=2"))).toEqual(meetings);
    expect((await badRequest(callRoute(articlesFeed.GET, "/articles/feed.xml?lang=de&kind=talks"))).error.parameters.map((p: { parameter: string }) => p.parameter)).toEqual([
      "kind",
      "lang",
    ]);
  });

  it("Russian when no language is asked for", async () => {
    const feed = parseFeed((await text(callRoute(meetingsFeed.GET, "/meetings/feed.xml?lang="))).body.toString());
    expect(feed.language).toBe("ru");
    const calendar = (await text(callRoute(topicCalendar.GET, "/topics/critical-minerals/calendar.ics", { params: { slug: "critical-minerals" } }))).body.toString();
    expect(calendar).toContain("X-WR-CALNAME:Хроника");
  });
});

describe("sitemap", () => {
  it("an index whose parts list every meeting, article and official page, in both editions", async () => {
    const parser = new XMLParser({ isArray: (name) => name === "sitemap" || name === "url" });
    const index = parser.parse((await text(callRoute(sitemapIndex.GET, "/sitemap.xml"))).body.toString());
    const parts: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(parts).toEqual(expect.arrayContaining(["http://chronicle.test/sitemaps/pages.xml", "http://chronicle.test/sitemaps/meetings-0.xml"]));
    const urls: string[] = [];
    for (const part of parts) {
      const name = new URL(part).pathname.split("/").pop()!;
      const xml = (await text(callRoute(sitemapPart.GET, part, { params: { part: name } }))).body.toString();
      expect(XMLValidator.validate(xml)).toBe(true);
      urls.push(...(parser.parse(xml).urlset.url ?? []).map((u: { loc: string }) => u.loc));
    }
    const [meetings, articles, officials] = await Promise.all([
      db.meeting.findMany({ select: { id: true } }),
      db.article.findMany({ select: { slug: true } }),
      db.official.findMany({ select: { slug: true } }),
    ]);
    expect(urls).toEqual(
      expect.arrayContaining([
        "http://chronicle.test/",
        ...meetings.map((m) => `http://chronicle.test/meetings/${m.id}`),
        ...articles.map((a) => `http://chronicle.test/articles/${a.slug}`),
        ...officials.map((o) => `http://chronicle.test/officials/${o.slug}`),
        "http://chronicle.test/en",
        ...meetings.map((m) => `http://chronicle.test/en/meetings/${m.id}`),
        ...articles.map((a) => `http://chronicle.test/en/articles/${a.slug}`),
        ...officials.map((o) => `http://chronicle.test/en/officials/${o.slug}`),
      ]),
    );
    const pages = (await text(callRoute(sitemapPart.GET, "http://chronicle.test/sitemaps/pages.xml", { params: { part: "pages.xml" } }))).body.toString();
    expect(pages).toContain(
      '<url><loc>http://chronicle.test/en/officials</loc><xhtml:link rel="alternate" hreflang="ru" href="http://chronicle.test/officials"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="http://chronicle.test/en/officials"/><xhtml:link rel="alternate" hreflang="x-default" href="http://chronicle.test/officials"/></url>',
    );
    expect((await callRoute(sitemapPart.GET, "/sitemaps/secrets.xml", { params: { part: "secrets.xml" } })).status).toBe(404);
  });
});
