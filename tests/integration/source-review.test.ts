import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { extractDraft } from "../../lib/actions/articles/extract-draft";
import { publishArticle } from "../../lib/actions/articles/publish-article";
import { ActionError } from "../../lib/actions/errors";
import { commandSource, rejectReview } from "../../lib/actions/sources/source-commands";
import { createDb, type Db } from "../../lib/db";
import { messages } from "../../lib/i18n/messages";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { startBoss } from "../../lib/jobs/boss";
import { queueDuePolls } from "../../lib/jobs/run-worker";
import { fetchItem } from "../../lib/sources/fetch-item";
import { sourceSettings } from "../../lib/sources/fetch-settings";
import { pollSource } from "../../lib/sources/poll-source";
import { listSources } from "../../lib/queries/sources/list-sources";
import { asPublishInput, makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";
import { startSourceFixtures, type SourceFixtures } from "../support/source-fixture-server";
import { createTestDatabase } from "../support/test-database";

const databaseUrl = process.env.DATABASE_URL as string;
const t = messages.en;
const settings = sourceSettings({ allowPrivate: true, hostDelayMs: 0, review: "unsure" });
let db: Db;
let boss: PgBoss;
let fixtures: SourceFixtures;

beforeAll(async () => {
  db = createDb(databaseUrl);
  await loadImporterLanguage();
  boss = await startBoss({ databaseUrl, expireInSeconds: 60, maintenanceSeconds: 3600, retryDelaySeconds: 1 });
  fixtures = await startSourceFixtures();
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await fixtures.close();
  await db.$disconnect();
});
beforeEach(() => resetDatabase(db));

async function reviewedItem() {
  const outlet = await db.outlet.create({ data: { name: "Степной вестник", feedUrl: fixtures.url("/unsure/feed.xml"), enabled: true } });
  await pollSource(db, boss, outlet.id, settings);
  const item = await db.sourceItem.findFirstOrThrow({ where: { outletId: outlet.id } });
  expect(await fetchItem(db, item.id, settings, { last: false })).toBe("review");
  return { outlet, review: await db.reviewItem.findFirstOrThrow() };
}

it("an item for review, opened as the preview and published, is settled and its page kept", async () => {
  const { outlet, review } = await reviewedItem();
  const editor = await makeEditor(db);
  const draft = await extractDraft(db, { mode: "text", rawText: review.rawText }, t.admin.errors);
  const input = asPublishInput({ ...draft, article: { ...draft.article, url: review.url, outlet: outlet.name }, fetchedAt: review.fetchedAt.toISOString() });
  const { articleId } = await publishArticle(db, input, editor.id, t.admin.errors);
  expect(await db.reviewItem.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ status: "published", articleId });
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { outletId: true, urls: { select: { url: true } } } });
  expect(article).toEqual({ outletId: outlet.id, urls: [{ url: review.url }] });
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ found: 1, published: 1, waiting: 0, failed: 0 });
});

it("an item for review rejected stays out of the archive; rejecting it twice is refused", async () => {
  const { outlet, review } = await reviewedItem();
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ found: 1, published: 0, waiting: 1 });
  expect(await rejectReview(db, { id: review.id }, t)).toBe(t.polling.review.rejected);
  await expect(rejectReview(db, { id: review.id }, t)).rejects.toThrow(ActionError);
  expect(await db.article.count()).toBe(0);
  expect((await listSources()).find((s) => s.id === outlet.id)).toMatchObject({ waiting: 0 });
});

it("pause, resume and poll now: the next scheduler tick polls what is due or asked for", async () => {
  const outlet = await db.outlet.create({ data: { name: "Fixture", feedUrl: fixtures.url("/outlets/feed.xml"), enabled: false } });
  const polls = async () => (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'poll-source'`))[0]?.n;
  // The seeded outlets are off on a fresh install: nothing is polled.
  expect(await queueDuePolls(db, boss)).toBe(0);
  expect(await commandSource(db, { id: outlet.id, op: "poll" }, t)).toBe(t.polling.pollRequested);
  expect(await queueDuePolls(db, boss)).toBe(1);
  expect(await queueDuePolls(db, boss)).toBe(0);
  expect(await polls()).toBe(1);
  await commandSource(db, { id: outlet.id, op: "resume" }, t);
  await boss.deleteJob("poll-source", (await boss.fetch("poll-source"))[0]!.id);
  expect(await queueDuePolls(db, boss)).toBe(1);
  await commandSource(db, { id: outlet.id, op: "pause" }, t);
  await db.outlet.update({ where: { id: outlet.id }, data: { nextPollAt: new Date(0) } });
  expect(await queueDuePolls(db, boss)).toBe(0);
  await expect(commandSource(db, { id: 999_999, op: "pause" }, t)).rejects.toThrow(t.polling.unknownSource);
});

it("a fresh install has the issue's outlets as sources, none polled", async () => {
  const fresh = await createTestDatabase();
  const other = createDb(fresh.url);
  try {
    const outlets = await other.outlet.findMany({ select: { name: true, site: true, enabled: true } });
    expect(outlets.map((o) => o.name)).toEqual(expect.arrayContaining(["Казинформ", "Акорда", "МИД Казахстана", "КазТАГ", "Казахстанская правда", "ТАСС", "Интерфакс", "Sputnik Казахстан", "Tengrinews", "Zakon.kz", "Посольство США в Казахстане"]));
    expect(outlets.every((o) => o.site && !o.enabled)).toBe(true);
    expect(await queueDuePolls(other, boss)).toBe(0);
  } finally {
    await other.$disconnect();
    await fresh.drop();
  }
});
