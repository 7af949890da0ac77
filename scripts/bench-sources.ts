/**
 * `npm run bench:sources [-- --count 1000] [--concurrency 2]`: a source whose feed lists `count` items
 * on a local fixture server (tests/support/source-fixture-server.ts: generated articles in a news page's
 * markup), polled, fetched, read, extracted and stored by a jobs worker in this process, on a fresh
 * database — items per second and memory (resident, and live heap after a full GC) at each quarter of
 * the run: flat as the count grows means nothing is held per item.
 */
import { createDb } from "../lib/db";
import { extractionPool } from "../lib/importer/pool";
import { startBoss } from "../lib/jobs/boss";
import { runWorker } from "../lib/jobs/run-worker";
import { sourceSettings } from "../lib/sources/fetch-settings";
import { startSourceFixtures } from "../tests/support/source-fixture-server";
import { createTestDatabase } from "../tests/support/test-database";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const count = option("--count", 1000);
const concurrency = option("--concurrency", 2);
const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  gc?.();
  const m = process.memoryUsage();
  return { rss: Math.round(m.rss / 1048576), heap: Math.round(m.heapUsed / 1048576) };
};

const database = await createTestDatabase();
const fixtures = await startSourceFixtures();
const db = createDb(database.url);
const boss = await startBoss({ databaseUrl: database.url, expireInSeconds: 300, maintenanceSeconds: 60, retryDelaySeconds: 5 });
try {
  const stop = await runWorker(db, boss, {
    settings: sourceSettings({ allowPrivate: true, hostDelayMs: 0, review: "none" }),
    concurrency,
    tickSeconds: 1,
  });
  const started = performance.now();
  const outlet = await db.outlet.create({ data: { name: "Bench outlet", feedUrl: fixtures.url(`/gen/feed.xml?count=${count}&from=0`), enabled: true } });
  console.log(`${count} items, ${concurrency} at once, one worker process; memory at start: ${JSON.stringify(memory())}`);
  console.log("items  elapsed s  items/s (this stretch)  rss MB  heap MB");
  const marks = [0.25, 0.5, 0.75, 1].map((f) => Math.round(count * f));
  let last = { at: started, done: 0 };
  for (const mark of marks) {
    let done = 0;
    while ((done = await db.sourceItem.count({ where: { outletId: outlet.id, status: { not: "queued" } } })) < mark) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const now = performance.now();
    const m = memory();
    const rate = (done - last.done) / ((now - last.at) / 1000);
    console.log(`${String(done).padStart(5)}  ${((now - started) / 1000).toFixed(1).padStart(9)}  ${rate.toFixed(1).padStart(22)}  ${String(m.rss).padStart(6)}  ${String(m.heap).padStart(7)}`);
    last = { at: now, done };
  }
  const total = (performance.now() - started) / 1000;
  const states = await db.sourceItem.groupBy({ by: ["status"], where: { outletId: outlet.id }, _count: true });
  console.log(`all ${count} in ${total.toFixed(1)} s: ${(count / total).toFixed(1)} items/s; ${states.map((s) => `${s.status} ${s._count}`).join(", ")}; articles ${await db.article.count()}`);
  await stop();
} finally {
  await extractionPool().destroy();
  await db.$disconnect();
  await fixtures.close();
  await database.drop();
}
