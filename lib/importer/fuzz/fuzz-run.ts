import { beforeAll, expect, it } from "vitest";
import { BUDGET_MS, fuzzExtraction, warmExtraction } from "./generated-articles";

/**
 * One share of the fuzz test as a test file of its own: vitest runs files in parallel, so the shares use
 * both cores. Each share has its own seed (`FUZZ_SEED` overrides every share's, `FUZZ_RUNS` the count).
 */
export function fuzzShare(part: number, of: number, seed: number): void {
  const runs = Number(process.env.FUZZ_RUNS) || 5_000;
  const chosen = Number(process.env.FUZZ_SEED) || seed;

  beforeAll(warmExtraction, 30_000);

  it(`fuzz ${part} of ${of}: ${runs} generated articles (seed ${chosen}) are read or refused within ${BUDGET_MS} ms of CPU each, none crashing`, () => {
    const { read, slowest } = fuzzExtraction(runs, chosen);
    console.info(`fuzz ${part}: ${runs} inputs, ${read} read, the rest refused; slowest ${slowest.ms.toFixed(0)} ms of CPU (${slowest.length} characters)`);
    // Most inputs must get past the genre check, or only the refusal path would be exercised.
    expect(read).toBeGreaterThan(runs / 3);
  }, 600_000);
}
