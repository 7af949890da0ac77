/** Runs `task` over `items` with `clients` concurrent workers; returns each call's duration in ms. */
export async function measure<T>(items: readonly T[], clients: number, task: (item: T) => Promise<number | void>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      const started = performance.now();
      const reported = await task(item);
      times.push(typeof reported === "number" ? reported : performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return times;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function summary(values: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: Math.max(...values) };
}
