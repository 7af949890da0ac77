import { quantile } from "../measure-pages";

/** Runs `task` over `items` with `clients` concurrent workers; returns each call's duration in ms. */
export async function measure<T>(items: readonly T[], clients: number, task: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      const started = performance.now();
      await task(item);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  return times;
}

/** The p-th percentile (0–100) by the nearest rank; NaN when nothing was measured. */
export function percentile(values: number[], p: number): number {
  return values.length === 0 ? NaN : quantile(values, p / 100);
}

export function summary(values: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  return { n: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: Math.max(...values) };
}
