/**
 * 200 concurrent readers for 60 s over the mix of pages, search and the API (lib/load/reader-mix.ts),
 * with wrk. Passes with 0 errors, p99 ≤ 1 s, and the server's resident memory back under 600 MB
 * within 30 s of the end (when the runner knows the server's pid). Before the clock starts every URL
 * of the mix is opened once, four at a time: the crowd reads a site that has been read (its response
 * cache warm), as after any restart or write the first reader of each page has. READERS_WARMUP=0
 * measures the cold start instead; READERS_SECONDS and READERS_CONNECTIONS shorten or shrink a run;
 * READERS_GZIP=1 asks for gzip as browsers do (by default wrk reads answers uncompressed).
 */
import { settledMemory, processMemory } from "../../lib/load/process-memory";
import { readerMix } from "../../lib/load/reader-mix";
import type { ScenarioOptions } from "../../lib/load/scenario";
import { runWrk } from "../../lib/load/wrk";

const P99_LIMIT_MS = 1000;
const RSS_LIMIT_MB = 600;

export default async function run({ baseUrl, log, serverPid }: ScenarioOptions): Promise<{ ok: boolean }> {
  const seconds = Number(process.env.READERS_SECONDS ?? 60);
  const connections = Number(process.env.READERS_CONNECTIONS ?? 200);
  const mix = await readerMix(baseUrl);
  const distinct = new Set(mix.flatMap((g) => g.paths)).size;
  log(`${connections} readers for ${seconds} s over ${distinct} distinct URLs (${mix.map((g) => `${g.name} ${g.weight}%`).join(", ")})`);
  if (process.env.READERS_WARMUP !== "0") {
    const started = performance.now();
    const { failures, bytes } = await openEach(baseUrl, [...new Set(mix.flatMap((g) => g.paths))], 4);
    log(`warm-up: each URL once in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(bytes / 1048576).toFixed(1)} MB of answers${failures.length ? `; not 200: ${failures.join(", ")}` : ""}`);
  }
  const before = serverPid ? await processMemory(serverPid) : null;
  if (before) log(`server pid ${serverPid}: ${before.rssMb} MB resident before`);

  const headers: Record<string, string> = process.env.READERS_GZIP === "1" ? { "Accept-Encoding": "gzip" } : {};
  const result = await runWrk(baseUrl, mix, { connections, seconds, headers });
  const errors = Object.values(result.errors).reduce((a, b) => a + b, 0);
  const { p50, p90, p99, max } = result.latencyMs;
  log(`${result.requests} requests in ${result.seconds.toFixed(1)} s = ${(result.requests / result.seconds).toFixed(0)}/s; latency p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms`);
  log(`errors ${errors} (${Object.entries(result.errors).map(([k, v]) => `${k} ${v}`).join(", ")})`);

  let memoryOk = true;
  if (serverPid) {
    const after = await settledMemory(serverPid, RSS_LIMIT_MB, 30_000);
    memoryOk = after.rssMb < RSS_LIMIT_MB;
    log(`server resident memory after the run ${after.rssMb} MB (peak ${after.peakMb} MB; limit ${RSS_LIMIT_MB} MB)`);
  } else {
    log("server memory not measured: the runner did not start the server (pass --pid)");
  }
  const ok = errors === 0 && p99 <= P99_LIMIT_MS && memoryOk;
  log(ok ? "readers: PASS" : `readers: FAIL (need 0 errors, p99 ≤ ${P99_LIMIT_MS} ms, memory < ${RSS_LIMIT_MB} MB)`);
  return { ok };
}

/** Opens each path once, `parallel` at a time; returns those that did not answer 200, and the bytes read. */
async function openEach(baseUrl: string, paths: string[], parallel: number): Promise<{ failures: string[]; bytes: number }> {
  const failures: string[] = [];
  let bytes = 0;
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await fetch(new URL(path, baseUrl));
        bytes += (await response.arrayBuffer()).byteLength;
        if (response.status !== 200) failures.push(`${path} ${response.status}`);
      }
    }),
  );
  return { failures, bytes };
}
