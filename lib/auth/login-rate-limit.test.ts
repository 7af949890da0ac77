import { describe, expect, it } from "vitest";
import { delayAfter, FREE_FAILURES, MAX_DELAY_SECONDS } from "./login-rate-limit";

describe("delayAfter", () => {
  it("lets a few typos through, then doubles the wait up to its ceiling", () => {
    const waits = Array.from({ length: 16 }, (_, failures) => delayAfter(failures));
    expect(waits.slice(0, FREE_FAILURES)).toEqual([0, 0, 0]);
    expect(waits.slice(FREE_FAILURES, FREE_FAILURES + 5)).toEqual([2, 4, 8, 16, 32]);
    expect(waits.at(-1)).toBe(MAX_DELAY_SECONDS);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
  });
});
