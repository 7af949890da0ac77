/**
 * `npm run bench:pages [-- --base http://localhost:3000] [--requests 50] [--warmup 5] [--lang ru|en] [paths…]`:
 * server response time (median, p95, max; sequential requests to the last byte) of pages of a running
 * archive (`npm start`). Without paths it measures each page type at its heaviest in DATABASE_URL's
 * archive (see lib/bench/bench-page-paths.ts). Exit 1 when a page does not answer 200. The column
 * `cache` says how the response cache answered: with it on (the default), the warm-up fills it and the
 * timings are of kept copies; `RESPONSE_CACHE_MB=0 npm start` times the renders, which is what readers
 * wait for after each write (every committed change empties the cache).
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { benchPagePaths } from "../lib/bench/bench-page-paths";
import { formatTimings, measurePage, type PageTiming } from "../lib/bench/measure-pages";
import { createDb } from "../lib/db";
import { requireDatabaseUrl } from "../lib/env";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    requests: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    lang: { type: "string", default: "ru" },
  },
});
const requests = Number(values.requests);
const warmup = Number(values.warmup);
if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(warmup) || warmup < 1) {
  console.error("--requests and --warmup must be whole numbers of at least 1");
  process.exit(2);
}

async function defaultPaths(): Promise<string[]> {
  const db = createDb(requireDatabaseUrl());
  try {
    return await benchPagePaths(db);
  } finally {
    await db.$disconnect();
  }
}

const paths = positionals.length > 0 ? positionals : await defaultPaths();
const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");
console.log(`${values.base}: ${requests} requests per page after ${warmup} warm-up, one at a time, interface ${values.lang}; load average ${load()}`);
const rows: PageTiming[] = [];
for (const path of paths) {
  rows.push(await measurePage(values.base, path, { requests, warmup, headers: { cookie: `lang=${values.lang}` } }));
}
console.log(formatTimings(rows));
if (rows.some((r) => r.cache.includes("hit"))) {
  console.log("pages marked hit were copied from the response cache, not rendered: start the server with RESPONSE_CACHE_MB=0 to time renders");
}
console.log(`load average at the end: ${load()} (1, 5, 15 min; ${availableParallelism()} cores)`);
if (rows.some((r) => r.status !== 200)) {
  console.error("some pages did not answer 200");
  process.exit(1);
}
