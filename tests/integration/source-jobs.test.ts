import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { resetDatabase } from "../support/reset-database";
import { startSourceFixtures, type SourceFixtures } from "../support/source-fixture-server";
import { startWorkerProcess, waitFor, type WorkerProcess } from "../support/worker-process";

const databaseUrl = process.env.DATABASE_URL as string;
let db: Db;
let fixtures: SourceFixtures;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  db = createDb(databaseUrl);
  fixtures = await startSourceFixtures({ itemDelayMs: 250 });
});
afterAll(async () => {
  await fixtures.close();
  await db.$disconnect();
});
beforeEach(() => resetDatabase(db));
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.child.kill("SIGKILL");
  }
});

function worker(env: Record<string, string> = {}) {
  const w = startWorkerProcess(databaseUrl, { SOURCES_REVIEW: "none", ...env });
  workers.push(w);
  return w;
}

const openJobs = async () =>
  (await db.$queryRawUnsafe<{ open: number }[]>(`SELECT count(*)::int AS open FROM pgboss.job WHERE name = 'fetch-item' AND state < 'completed'`))[0]?.open ?? -1;
const activeJobs = async () =>
  (await db.$queryRawUnsafe<{ active: number }[]>(`SELECT count(*)::int AS active FROM pgboss.job WHERE name = 'fetch-item' AND state = 'active'`))[0]?.active ?? 0;
const settled = async (outletId: number) => db.sourceItem.count({ where: { outletId, status: { not: "queued" } } });
const stored = async (outletId: number) => db.sourceItem.count({ where: { outletId, status: "published" } });

it("a worker killed with SIGKILL mid-batch: after a restart every item is stored once", { timeout: 180_000 }, async () => {
  const count = 24;
  const outlet = await db.outlet.create({ data: { name: "Fixture wire", feedUrl: fixtures.url(`/gen/feed.xml?count=${count}&from=0`), enabled: true } });
  const first = worker();
  await first.ready;
  await waitFor(async () => (await stored(outlet.id)) >= 3 && (await activeJobs()) > 0, 60_000, "the first items stored, more in hand");
  first.child.kill("SIGKILL");
  expect(await activeJobs(), "the killed worker held jobs").toBeGreaterThan(0);
  const beforeKill = await stored(outlet.id);
  expect(beforeKill, "killed in the middle of the batch").toBeLessThan(count);

  const second = worker();
  await waitFor(async () => (await settled(outlet.id)) === count, 120_000, `all ${count} items settled\n${second.output()}`);
  // No job lost: the queue drains — the killed worker's jobs expire and run again.
  await waitFor(async () => (await openJobs()) === 0, 60_000, "the queue drained");
  const items = await db.sourceItem.findMany({ where: { outletId: outlet.id }, select: { status: true, articleId: true } });
  expect(items.every((i) => i.status === "published" && i.articleId !== null)).toBe(true);
  // Each page stored once, and no article beyond those the items name: no retry stored a second copy.
  // (The generated texts are near-templates: some are stored as reprints, a further page of another
  // item's article, so articles may be fewer than items.)
  expect(await db.articleUrl.count({ where: { url: { startsWith: fixtures.url("/gen/item/") } } })).toBe(count);
  expect(await db.article.count()).toBe(new Set(items.map((i) => i.articleId)).size);
  // The jobs the killed worker held were not lost: they expired and ran again.
  const [jobs] = await db.$queryRawUnsafe<{ retried: number; dead: number }[]>(
    `SELECT count(*) FILTER (WHERE name = 'fetch-item' AND retry_count > 0)::int AS retried, count(*) FILTER (WHERE name = 'fetch-item-dead')::int AS dead FROM pgboss.job`,
  );
  expect(jobs?.retried).toBeGreaterThan(0);
  expect(jobs?.dead).toBe(0);
  await second.stop();
});

it("two workers on one database: each item is fetched once", { timeout: 180_000 }, async () => {
  const count = 30;
  const from = 100;
  // Expiry long enough that no job of a busy machine is taken for lost: only the sharing is tested here.
  const a = worker({ JOBS_EXPIRE_SECONDS: "120" });
  const b = worker({ JOBS_EXPIRE_SECONDS: "120" });
  await Promise.all([a.ready, b.ready]);
  const feedBefore = fixtures.requests("/gen/feed.xml");
  const outlet = await db.outlet.create({ data: { name: "Fixture agency", feedUrl: fixtures.url(`/gen/feed.xml?count=${count}&from=${from}`), enabled: true } });
  await waitFor(async () => (await settled(outlet.id)) === count, 120_000, `all ${count} items settled\n${a.output()}\n${b.output()}`);
  expect(fixtures.requests("/gen/feed.xml") - feedBefore, "the feed polled once").toBe(1);
  for (let i = from; i < from + count; i++) expect(fixtures.requests(`/gen/item/${i}`), `item ${i}`).toBe(1);
  expect(await stored(outlet.id)).toBe(count);
  // Both took a share of the batch.
  expect(a.output()).toMatch(/item \d+: published/);
  expect(b.output()).toMatch(/item \d+: published/);
  await Promise.all([a.stop(), b.stop()]);
});
