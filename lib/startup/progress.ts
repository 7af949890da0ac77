/** Prints what start-up is doing and how long each step took. */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`… ${label}\n`);
  const result = await work();
  process.stdout.write(`✓ ${label} (${seconds(started)})\n`);
  return result;
}

export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
