import { describe, expect, it } from "vitest";
import { sourceProblemMessage } from "../../lib/actions/sources/source-problem-message";
import { messages } from "../../lib/i18n/messages";
import { fetchItem } from "../../lib/sources/fetch-item";
import { sourceSettings, type SourceSettings } from "../../lib/sources/fetch-settings";
import { pollSource } from "../../lib/sources/poll-source";
import type { SourceProblem } from "../../lib/sources/source-problem";
import { sourcesTestBed } from "../support/sources-test-bed";

const bed = sourcesTestBed();

function settings(review: SourceSettings["review"] = "none", allowPrivate = true): SourceSettings {
  const s = sourceSettings({ allowPrivate, hostDelayMs: 0, review });
  return { ...s, fetch: { ...s.fetch, timeoutMs: 1_500 } };
}

const source = (feedPath: string, extra: { listingPattern?: string } = {}) =>
  bed.db.outlet.create({ data: { name: `Fixture ${feedPath}`, feedUrl: bed.fixtures.url(feedPath), enabled: true, ...extra } });
const queuedJobs = async () =>
  (await bed.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'fetch-item'`))[0]?.n ?? 0;
async function itemsOf(outletId: number) {
  return bed.db.sourceItem.findMany({ where: { outletId }, orderBy: { id: "asc" } });
}

describe("a poll", () => {
  it("queues each new item of a feed once, with its job; the next poll finds them known", async () => {
    const outlet = await source("/outlets/feed.xml");
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toEqual({ found: 3, queued: 3, notModified: false });
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toEqual({ found: 3, queued: 0, notModified: false });
    expect((await itemsOf(outlet.id)).map((i) => i.url)).toEqual([
      bed.fixtures.url("/ru/politics/koshherbaev-landau-tranzit"),
      bed.fixtures.url("/news/consultations"),
      bed.fixtures.url("/wire/tokayev-rubio"),
    ]);
    expect(await queuedJobs()).toBe(3);
    const polled = await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } });
    expect(polled).toMatchObject({ failures: 0, lastError: null });
    expect(polled.nextPollAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
  });

  it("sends the last answer's ETag and reads nothing on 304", async () => {
    const outlet = await source("/gen/etag-feed.xml");
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toMatchObject({ queued: 1, notModified: false });
    expect((await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).etag).toBe('"v1"');
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toEqual({ found: 0, queued: 0, notModified: true });
  });

  it("reads a listing page through the link pattern", async () => {
    const outlet = await source("/outlets/listing", { listingPattern: "/(ru/politics|news|wire|private)/" });
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toMatchObject({ found: 4, queued: 4 });
  });

  it("queues a feed of 1,000 items in one poll", async () => {
    const outlet = await source("/gen/feed.xml?count=1000&from=5000");
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toMatchObject({ found: 1000, queued: 1000 });
    expect(await queuedJobs()).toBe(1000);
  });

  // Each fault, the problem kept on the source and the line /admin/sources shows for it.
  const faults: [string, string, (p: SourceProblem) => unknown, RegExp][] = [
    ["a 404", "/gone.xml", (p) => expect(p).toEqual({ kind: "fetch", fetch: { kind: "http-status", status: 404 } }), /^Страница не найдена \(ошибка 404\)/],
    ["a 500", "/broken", (p) => expect(p).toEqual({ kind: "fetch", fetch: { kind: "http-status", status: 500 } }), /^Сайт ответил ошибкой 500/],
    ["a server that never answers", "/hang", (p) => expect(p).toMatchObject({ kind: "fetch", fetch: { kind: "timeout" } }), /^Страница не загрузилась за 2 с/],
    ["a body that trickles", "/slow-body", (p) => expect(p).toMatchObject({ kind: "fetch", fetch: { kind: "timeout" } }), /^Страница не загрузилась за 2 с/],
    ["a 50 MB answer", "/huge", (p) => expect(p).toMatchObject({ kind: "fetch", fetch: { kind: "too-large" } }), /^Страница больше 5 МБ/],
    ["a redirect loop", "/loop-a", (p) => expect(p).toMatchObject({ kind: "fetch", fetch: { kind: "too-many-redirects" } }), /^Больше 5 перенаправлений/],
    ["a malformed feed", "/malformed.xml", (p) => expect(p).toMatchObject({ kind: "malformed-feed" }), /^Лента повреждена и не прочитана: .*line 1/],
  ];
  for (const [what, path, check, message] of faults) {
    it(`fails on ${what}: the reason kept on the source, nothing queued, the next poll put off`, async () => {
      const outlet = await source(path);
      expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toBeNull();
      const failed = await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } });
      check(failed.lastError as SourceProblem);
      expect(sourceProblemMessage(failed.lastError as SourceProblem, messages.ru)).toMatch(message);
      expect(failed.failures).toBe(1);
      expect(failed.nextPollAt!.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
      expect(await bed.db.sourceItem.count()).toBe(0);
      expect(await queuedJobs()).toBe(0);
    });
  }

  it("refuses a source at 127.0.0.1 without the allow setting", async () => {
    const outlet = await source("/outlets/feed.xml");
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings("none", false))).toBeNull();
    expect((await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).lastError).toEqual({ kind: "fetch", fetch: { kind: "private-address", host: "127.0.0.1" } });
  });

  it("is retried by the next poll: a site down, then back", async () => {
    const outlet = await source("/outlets/feed.xml");
    bed.fixtures.fail("/outlets/feed.xml", 503);
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toBeNull();
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toBeNull();
    expect((await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).failures).toBe(2);
    bed.fixtures.fail("/outlets/feed.xml", null);
    expect(await pollSource(bed.db, bed.boss, outlet.id, settings())).toMatchObject({ queued: 3 });
    expect(await bed.db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).toMatchObject({ failures: 0, lastError: null });
  });
});

describe("an item", () => {
  async function polledItems(feedPath: string, extra: { listingPattern?: string } = {}) {
    const outlet = await source(feedPath, extra);
    await pollSource(bed.db, bed.boss, outlet.id, settings());
    return { outlet, items: await itemsOf(outlet.id) };
  }

  it("of each of the three outlets' pages (one in windows-1251) is stored once, with its outlet and page", async () => {
    const { outlet, items } = await polledItems("/outlets/feed.xml");
    for (const item of items) expect(await fetchItem(bed.db, item.id, settings(), { last: false })).toBe("published");
    for (const item of items) expect(await fetchItem(bed.db, item.id, settings(), { last: false })).toBe("done-before");
    expect(await bed.db.article.count()).toBe(3);
    const articles = await bed.db.article.findMany({ select: { title: true, outletId: true, rawText: true, urls: { select: { url: true, fetchedAt: true } } } });
    expect(articles.every((a) => a.outletId === outlet.id && a.urls.length === 1 && a.urls[0]!.fetchedAt)).toBe(true);
    expect(articles.map((a) => a.rawText).join(" ")).toMatch(/Токаев/);
    expect(articles.map((a) => a.rawText).join(" ")).not.toMatch(/Реклама|Кредит наличными|Популярное/);
  });

  it("stored again after a crash (the same text) finds its article: no second copy", async () => {
    const { items } = await polledItems("/outlets/feed.xml");
    const item = items[0]!;
    await fetchItem(bed.db, item.id, settings(), { last: false });
    // As if the worker died after storing, before settling the item.
    await bed.db.sourceItem.update({ where: { id: item.id }, data: { status: "queued", articleId: null } });
    expect(await fetchItem(bed.db, item.id, settings(), { last: false })).toBe("published");
    expect(await bed.db.article.count()).toBe(1);
    expect((await bed.db.sourceItem.findUniqueOrThrow({ where: { id: item.id } })).articleId).not.toBeNull();
  });

  it("that robots.txt disallows is skipped unfetched, with the reason", async () => {
    const { items } = await polledItems("/outlets/listing", { listingPattern: "/private/" });
    expect(await fetchItem(bed.db, items[0]!.id, settings(), { last: false })).toBe("skipped");
    expect(await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).toMatchObject({ status: "skipped", reason: { kind: "robots" } });
    expect(bed.fixtures.requests("/private/secret")).toBe(0);
  });

  it("off the genre is skipped with the importer's own reason", async () => {
    const { items } = await polledItems("/off-topic/feed.xml");
    expect(await fetchItem(bed.db, items[0]!.id, settings(), { last: false })).toBe("skipped");
    expect((await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).reason).toEqual({ kind: "importer", importer: { kind: "off-topic" } });
    expect(await bed.db.article.count()).toBe(0);
  });

  it("whose site answers 500 stays queued for the queue's retry, and fails on the last attempt", async () => {
    const { items } = await polledItems("/gen/feed.xml?count=1&from=7000");
    bed.fixtures.fail("/gen/item/7000", 500);
    await expect(fetchItem(bed.db, items[0]!.id, settings(), { last: false })).rejects.toThrow();
    expect(await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).toMatchObject({ status: "queued", reason: { kind: "fetch" } });
    await expect(fetchItem(bed.db, items[0]!.id, settings(), { last: true })).rejects.toThrow();
    expect((await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("failed");
    bed.fixtures.fail("/gen/item/7000", null);
    expect(await bed.db.article.count()).toBe(0);
  });

  it("that the database refuses to store is retried, nothing half-saved, and fails with the reason on the last attempt", async () => {
    const { items } = await polledItems("/outlets/feed.xml");
    await bed.db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_article() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no space left (test)'; END $$`);
    await bed.db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_article BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION test_refuse_article()`);
    try {
      await expect(fetchItem(bed.db, items[0]!.id, settings(), { last: false })).rejects.toThrow(/no space left/);
      expect(await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).toMatchObject({ status: "queued", reason: { kind: "internal" } });
      await expect(fetchItem(bed.db, items[0]!.id, settings(), { last: true })).rejects.toThrow(/no space left/);
      const failed = await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } });
      expect(failed.status).toBe("failed");
      expect((failed.reason as { message: string }).message).toMatch(/no space left/);
      expect(await bed.db.articleUrl.count()).toBe(0);
      expect(await bed.db.official.count()).toBe(0);
    } finally {
      await bed.db.$executeRawUnsafe(`DROP TRIGGER test_refuse_article ON "Article"`);
      await bed.db.$executeRawUnsafe(`DROP FUNCTION test_refuse_article()`);
    }
  });

  it("whose page is gone (404) fails at once, not retried", async () => {
    const { items } = await polledItems("/gen/feed.xml?count=1&from=7100");
    bed.fixtures.fail("/gen/item/7100", 404);
    expect(await fetchItem(bed.db, items[0]!.id, settings(), { last: false })).toBe("failed");
    bed.fixtures.fail("/gen/item/7100", null);
  });

  it("the importer is unsure of waits for review (SOURCES_REVIEW=unsure); with none it publishes", async () => {
    const { items } = await polledItems("/unsure/feed.xml");
    const known = await polledItems("/outlets/feed.xml");
    expect(await fetchItem(bed.db, items[0]!.id, settings("unsure"), { last: false })).toBe("review");
    const review = await bed.db.reviewItem.findFirstOrThrow();
    expect(review).toMatchObject({ status: "waiting", outletId: items[0]!.outletId, url: bed.fixtures.url("/unsure/visit") });
    expect(review.reasons).toContain("unknown-officials");
    expect(review.rawText).toMatch(/Жумабеков/);
    expect(await bed.db.article.count()).toBe(0);
    expect((await bed.db.sourceItem.findUniqueOrThrow({ where: { id: items[0]!.id } })).status).toBe("review");
    // Known officials meeting on a known day: published at once, review or not.
    expect(await fetchItem(bed.db, known.items[0]!.id, settings("unsure"), { last: false })).toBe("published");
    expect(await bed.db.article.count()).toBe(1);
  });
});
