/**
 * `npm run bench:export [-- --count 100000] [--batch 1000]`: fills a fresh PostgreSQL database with
 * `count` meetings (lib/bench/fill-meetings), then streams the whole timeline as CSV through the same
 * code the /export/meetings.csv route uses, and reports the time, the rows and bytes, and this process's
 * resident memory (baseline, peak, end) sampled every 10 ms while the stream runs, and the live heap
 * after a full GC at each tenth of the rows. The consumer reads
 * the stream as a download would and keeps nothing, so the peak is what the export itself holds.
 * `--url <postgresql://…>` exports an archive already filled (e.g. by `npm run bench:seed`) instead, all of
 * its meetings, and leaves it as it was.
 * Runs with the react-server condition so the server-only modules load outside Next.
 */
import { readFileSync } from "node:fs";
import { createTestDatabase } from "../tests/support/test-database";
import pg from "pg";
import { fillMeetings } from "../lib/bench/fill-meetings";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const archiveUrl = args.includes("--url") ? args[args.indexOf("--url") + 1] : undefined;
let count = option("--count", 100_000);
const batchSize = option("--batch", 1000);
const mb = (bytes: number) => Math.round(bytes / 1048576);
/** CPU seconds of this process's main thread alone (Linux: its task's utime + stime, in clock ticks of 10 ms). */
const mainThreadCpu = () => {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

async function queryCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Meeting"`)).rows[0]!.n;
  } finally {
    await client.end();
  }
}

const database = archiveUrl ? { url: archiveUrl, drop: async () => undefined } : await createTestDatabase();
try {
  process.env.DATABASE_URL = database.url;
  let started = performance.now();
  if (archiveUrl) {
    count = await queryCount(archiveUrl);
    console.log(`exporting the ${count.toLocaleString("en")} meetings of ${archiveUrl}`);
  } else {
    await fillMeetings(database.url, count);
    console.log(`filled ${count.toLocaleString("en")} meetings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const { meetingsCsv } = await import("../lib/export/meetings-export");
  const { textStream } = await import("../lib/export/text-stream");
  const { getDb } = await import("../lib/db");
  await getDb().$queryRaw`SELECT 1`; // open the pool before the baseline, as a running server has it open

  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);

  // How long the thread that would serve other requests was held at a time — what a concurrent page
  // waits: the lateness of a 5 ms timer, leaving out the gaps that hold this script's own heap probes.
  const held: number[] = [];
  let probed = false;
  let tick = performance.now();
  const loopTimer = setInterval(() => {
    const now = performance.now();
    if (!probed) held.push(now - tick - 5);
    probed = false;
    tick = now;
  }, 5);
  started = performance.now();
  const cpuBefore = process.cpuUsage();
  const mainBefore = mainThreadCpu();
  const stream = textStream(meetingsCsv({ filters: {}, order: "desc", origin: "https://chronicle.example", batchSize }), (error) => {
    throw error;
  });
  let bytes = 0;
  let lines = 0;
  // Live heap after a full collection at each tenth of the rows: flat means nothing accumulates.
  const heap: number[] = [];
  let nextProbe = count / 10;
  let firstByteMs = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    if (!firstByteMs) firstByteMs = performance.now() - started;
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) lines++;
    peak = Math.max(peak, process.memoryUsage().rss);
    if (lines >= nextProbe) {
      probed = true;
      globalThis.gc?.();
      heap.push(mb(process.memoryUsage().heapUsed));
      nextProbe += count / 10;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const mainCpu = mainThreadCpu() - mainBefore;
  clearInterval(sampler);
  clearInterval(loopTimer);
  held.sort((a, b) => a - b);
  const heldAt = (q: number) => Math.max(0, held[Math.min(held.length - 1, Math.ceil(q * held.length) - 1)] ?? 0).toFixed(0);
  const rows = lines - 1;
  if (rows !== count) throw new Error(`expected ${count} rows, the export had ${rows}`);
  console.log(
    [
      `CSV export of ${rows.toLocaleString("en")} meetings (batches of ${batchSize}): ${seconds.toFixed(2)} s, ${Math.round(rows / seconds).toLocaleString("en")} rows/s, ${mb(bytes)} MB, first byte after ${firstByteMs.toFixed(0)} ms, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of this process's CPU, ${mainCpu.toFixed(1)} s of it on the main thread (the rest is PostgreSQL and waiting)`,
      `resident memory: baseline ${mb(baseline)} MB, peak ${mb(peak)} MB (+${mb(peak - baseline)} MB), end ${mb(process.memoryUsage().rss)} MB`,
      `live heap at each tenth: ${heap.join(" → ")} MB`,
      `event loop held (lateness of a 5 ms timer): p50 ${heldAt(0.5)} ms, p99 ${heldAt(0.99)} ms, max ${heldAt(1)} ms`,
    ].join("\n"),
  );
  await getDb().$disconnect();
} finally {
  await database.drop();
}
