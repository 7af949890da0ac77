/** Server response times of web pages, for `npm run bench:pages`. */

export interface PageTiming {
  path: string;
  status: number;
  bytes: number;
  requests: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** How the front door's response cache answered the timed requests (`X-Chronicle-Cache`): "hit",
   *  "miss", "bypass", several with their counts ("hit 190, miss 10"), or "-" when the header was absent. */
  cache: string;
}

/** The q-th quantile (0–1) of `values` by the nearest-rank method: p95 of 50 samples is the 48th smallest. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error("quantile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}

/**
 * Requests `path` on `base` `warmup` times (discarded: compilation, caches, connection set-up), then
 * `requests` times one after another, timing each from sending to the last byte of the body. A page that
 * does not answer 200 is reported with its status after the first request. Each timing's cache state is
 * kept: with the response cache on, the warm-up fills it and every timed request is a hit — the time to
 * copy a kept page, not to render one.
 */
export async function measurePage(base: string, path: string, { requests, warmup, headers = {} }: { requests: number; warmup: number; headers?: Record<string, string> }): Promise<PageTiming> {
  const url = new URL(path, base).toString();
  const fetchOnce = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers, redirect: "manual" });
    const body = await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status, bytes: body.byteLength, cache: response.headers.get("x-chronicle-cache") ?? "-" };
  };
  let last = await fetchOnce();
  if (last.status !== 200) return { path, status: last.status, bytes: last.bytes, requests: 1, medianMs: last.ms, p95Ms: last.ms, maxMs: last.ms, cache: last.cache };
  for (let i = 1; i < warmup; i++) await fetchOnce();
  const times: number[] = [];
  const states = new Map<string, number>();
  for (let i = 0; i < requests; i++) {
    last = await fetchOnce();
    states.set(last.cache, (states.get(last.cache) ?? 0) + 1);
    if (last.status !== 200) return { path, status: last.status, bytes: last.bytes, requests: i + 1, medianMs: NaN, p95Ms: NaN, maxMs: NaN, cache: cacheStates(states) };
    times.push(last.ms);
  }
  return { path, status: 200, bytes: last.bytes, requests, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times), cache: cacheStates(states) };
}

/** "hit" when every request was a hit, else each state with its count, most first. */
export function cacheStates(states: Map<string, number>): string {
  const sorted = [...states].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.length === 1 ? (sorted[0]?.[0] ?? "-") : sorted.map(([state, n]) => `${state} ${n}`).join(", ");
}

/** A fixed-width table of timings, one page per line. */
export function formatTimings(rows: PageTiming[]): string {
  const header = ["page", "status", "KB", "n", "median ms", "p95 ms", "max ms", "cache"];
  const lines = rows.map((r) => [r.path, String(r.status), (r.bytes / 1024).toFixed(0), String(r.requests), r.medianMs.toFixed(1), r.p95Ms.toFixed(1), r.maxMs.toFixed(1), r.cache]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const last = header.length - 1;
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 || i === last ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ").trimEnd();
  return [row(header), ...lines.map(row)].join("\n");
}
