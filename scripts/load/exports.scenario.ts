/**
 * Export load: 16 concurrent whole-timeline CSV exports (100,000 rows on the benchmark archive) while `/`
 * is sampled one request after another. Passes when every export either finishes (the stream ends
 * cleanly) or is refused with 429 and a Retry-After, no sample fails, and the samples' p99 is ≤ 1 s.
 * Run by `npm run test:load`, or alone: `npx tsx scripts/load/exports.scenario.ts --url http://127.0.0.1:3610`.
 * Load goes only to the URL given (this machine); everything stops after five minutes at most.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const EXPORTS = 16;
const P99_LIMIT_MS = 1_000;
const DEADLINE_MS = 5 * 60_000;
const SAMPLE_PAUSE_MS = 50;

type Download = { outcome: "finished"; rows: number; ms: number } | { outcome: "refused"; retryAfter: string | null; ms: number } | { outcome: "failed"; why: string; ms: number };

async function download(url: string, signal: AbortSignal): Promise<Download> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    const response = await fetch(url, { signal });
    if (response.status === 429) {
      await response.arrayBuffer();
      return { outcome: "refused", retryAfter: response.headers.get("retry-after"), ms: ms() };
    }
    if (response.status !== 200 || !response.body) return { outcome: "failed", why: `status ${response.status}`, ms: ms() };
    let rows = 0;
    const decoder = new TextDecoder();
    // A stream the server cut (database gone mid-way) rejects here: only a clean end counts as finished.
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      for (const c of decoder.decode(next.value, { stream: true })) if (c === "\n") rows++;
    }
    return { outcome: "finished", rows: rows - 1, ms: ms() };
  } catch (error) {
    return { outcome: "failed", why: error instanceof Error ? error.message : String(error), ms: ms() };
  }
}

async function sample(url: string, running: () => boolean, signal: AbortSignal): Promise<{ times: number[]; errors: string[] }> {
  const times: number[] = [];
  const errors: string[] = [];
  while (running() && !signal.aborted) {
    const started = performance.now();
    try {
      const response = await fetch(url, { signal, headers: { "cache-control": "no-cache" } });
      await response.arrayBuffer();
      if (response.status !== 200) errors.push(`status ${response.status}`);
    } catch (error) {
      if (!signal.aborted) errors.push(error instanceof Error ? error.message : String(error));
    }
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_PAUSE_MS));
  }
  return { times, errors };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

export default async function run(o: { baseUrl: string; log: (line: string) => void }): Promise<{ ok: boolean }> {
  const signal = AbortSignal.timeout(DEADLINE_MS);
  let exporting = true;
  const samples = sample(`${o.baseUrl}/`, () => exporting, signal);
  const started = performance.now();
  const downloads = await Promise.all(Array.from({ length: EXPORTS }, () => download(`${o.baseUrl}/export/meetings.csv`, signal)));
  exporting = false;
  const { times, errors } = await samples;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);

  const finished = downloads.filter((d) => d.outcome === "finished");
  const refused = downloads.filter((d) => d.outcome === "refused");
  const failed = downloads.filter((d) => d.outcome === "failed");
  o.log(`${EXPORTS} exports in ${seconds(performance.now() - started)} s: ${finished.length} finished, ${refused.length} refused with 429, ${failed.length} failed`);
  if (finished.length) o.log(`finished: ${finished.map((d) => `${d.rows} rows in ${seconds(d.ms)} s`).join("; ")}`);
  if (refused.length) o.log(`refused after ${refused.map((d) => `${d.ms.toFixed(0)} ms (Retry-After ${d.retryAfter})`).join(", ")}`);
  for (const d of failed) o.log(`failed after ${seconds(d.ms)} s: ${d.why}`);
  const sorted = [...times].sort((a, b) => a - b);
  const p99 = quantile(sorted, 0.99);
  o.log(`/ meanwhile: ${times.length} requests, p50 ${quantile(sorted, 0.5).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms, ${errors.length} errors${errors.length ? ` (${[...new Set(errors)].join("; ")})` : ""}`);

  const ok = failed.length === 0 && refused.every((d) => d.retryAfter !== null) && finished.length > 0 && errors.length === 0 && times.length > 0 && p99 <= P99_LIMIT_MS;
  return { ok };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:3610" } } });
  const { ok } = await run({ baseUrl: values.url!, log: (line) => console.log(`  [exports] ${line}`) });
  console.log(ok ? "✓ exports" : "✗ exports");
  process.exit(ok ? 0 : 1);
}
