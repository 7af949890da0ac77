/**
 * `npm run bench:import [-- --count 10000] [--concurrency 3] [--import-only | --extract-only]`: generates a
 * corpus of varied articles (once, under .data/bench/), then measures extraction alone (one core) and the
 * whole import into a fresh PostgreSQL database, with resident memory and live heap (after a full GC when
 * run with --expose-gc) sampled as the corpus goes by (they must stay flat), and the database round trips
 * per article.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { generateArticle } from "../lib/bench/generate-article";
import { createDb } from "../lib/db";
import { extractArticle, loadImporterLanguage } from "../lib/importer/extract-article";
import { importPaths } from "../lib/importer/import-paths";
import { listArticleFiles } from "../lib/importer/list-files";
import { createTestDatabase } from "../tests/support/test-database";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--count") + 1] ?? 10_000) || 10_000;
const corpus = path.resolve(import.meta.dirname, "..", ".data", "bench", `corpus-${count}`);
const concurrency = args.includes("--concurrency") ? Number(args[args.indexOf("--concurrency") + 1]) : undefined;
const mb = () => Math.round(process.memoryUsage().rss / 1048576);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
};

// Every statement the driver sends (BEGIN and COMMIT included) is one round trip to PostgreSQL. With
// BENCH_SQL=1, the statements that took longest in total are listed at the end (costs the importer CPU).
let roundTrips = 0;
const slow = new Map<string, { n: number; ms: number }>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...rest: unknown[]) {
  roundTrips++;
  const r = (query as (...a: unknown[]) => unknown).apply(this, rest);
  if (process.env.BENCH_SQL && r instanceof Promise) {
    const t = performance.now();
    const sql = String((rest[0] as { text?: string }).text ?? rest[0]).replace(/\s+/g, " ").slice(0, 90);
    const done = () => {
      const e = slow.get(sql) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t;
      slow.set(sql, e);
    };
    r.then(done, done);
  }
  return r;
} as typeof query;
process.on("exit", () => {
  if (process.env.BENCH_SQL) console.log([...slow].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15).map(([k, v]) => `${v.ms.toFixed(0)}ms ${v.n}x ${k}`).join("\n"));
});

async function generateCorpus() {
  if (existsSync(path.join(corpus, "done"))) return;
  await mkdir(corpus, { recursive: true });
  for (let i = 0; i < count; i++) {
    await writeFile(path.join(corpus, `${String(i).padStart(6, "0")}.txt`), generateArticle(i));
  }
  await writeFile(path.join(corpus, "done"), String(count));
}

/** Resident memory at each tenth of the run: a flat row means nothing grows with the corpus. */
function memoryProbe() {
  const rss: number[] = [];
  const heap: number[] = [];
  let done = 0;
  return {
    tick() {
      done++;
      if (done % Math.max(1, Math.floor(count / 10)) === 0) {
        rss.push(mb());
        heap.push(heapMb());
      }
    },
    report: () => `rss ${rss.join(" → ")} MB; heap ${heap.join(" → ")} MB`,
  };
}

async function benchExtraction() {
  const probe = memoryProbe();
  let bytes = 0;
  const started = performance.now();
  for await (const { file } of listArticleFiles([corpus])) {
    // Read whole and at once: fs.promises' open/stat/read/close round trips through libuv's threads left
    // this core idle about a fifth of the time, a cost of the file system the importer overlaps with
    // extraction on its worker threads, not of extraction. Reading still counts.
    const text = readFileSync(file);
    bytes += text.length;
    extractArticle(text, file);
    probe.tick();
  }
  const seconds = (performance.now() - started) / 1000;
  return { rate: count / seconds, seconds, avgKb: bytes / count / 1024, memory: probe.report() };
}

/** CPU seconds PostgreSQL's backends for this database have used, read from /proc when the server is
 *  local (null otherwise): with the importer's own CPU time, a figure the machine's other load does not skew. */
async function serverCpuSeconds(db: ReturnType<typeof createDb>): Promise<number | null> {
  const rows = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`;
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      return null;
    }
  }
  return ticks / 100;
}

async function benchImport() {
  const database = await createTestDatabase();
  const db = createDb(database.url);
  const probe = memoryProbe();
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const tripsBefore = roundTrips;
    const summary = await importPaths(db, [corpus], { trigger: "cli", concurrency, onFile: () => probe.tick() });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const serverCpu = await serverCpuSeconds(db);
    const trips = (roundTrips - tripsBefore) / count;
    const [articles, officials, meetings] = await Promise.all([db.article.count(), db.official.count(), db.meeting.count()]);
    const cpuMs = { importer: (cpu.user + cpu.system) / 1000 / count, server: serverCpu === null ? null : (serverCpu * 1000) / count };
    return { rate: count / seconds, seconds, trips, cpuMs, failed: summary.failed, articles, officials, meetings, memory: probe.report() };
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await generateCorpus();
await loadImporterLanguage();
console.log(`corpus: ${count} generated articles in ${path.relative(process.cwd(), corpus)}; start ${mb()} MB resident`);
if (!args.includes("--import-only")) {
  const x = await benchExtraction();
  console.log(`extraction: ${x.rate.toFixed(0)} articles/s (${x.seconds.toFixed(1)} s, ${x.avgKb.toFixed(1)} KB average, one core); memory ${x.memory}`);
}
if (!args.includes("--extract-only")) {
  const i = await benchImport();
  console.log(
    `import into PostgreSQL: ${i.rate.toFixed(0)} articles/s (${i.seconds.toFixed(1)} s; ${i.trips.toFixed(1)} round trips per article; ${i.articles} articles, ${i.officials} officials, ${i.meetings} meetings, ${i.failed} failed); memory ${i.memory}`,
  );
  const server = i.cpuMs.server === null ? "not measurable (server not local)" : `${i.cpuMs.server.toFixed(2)} ms`;
  console.log(`CPU per article: importer ${i.cpuMs.importer.toFixed(2)} ms (extraction included), PostgreSQL ${server}; load average ${loadavg()[0]?.toFixed(1)} at the end, on ${cpus().length} cores`);
}
process.exit(0);
