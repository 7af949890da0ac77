import { describe, expect, it } from "vitest";
import { countPairs } from "./count-pairs";

describe("countPairs", () => {
  it("counts each pair of a meeting's participants once, with the latest date", () => {
    expect(
      countPairs([
        { officials: [2, 1, 3], date: "2026-02-05" },
        { officials: [1, 2], date: "2025-01-01" },
        { officials: [1, 2, 2], date: null },
        { officials: [3], date: "2026-03-01" },
      ]),
    ).toEqual([
      { a: 1, b: 2, meetings: 3, latest: "2026-02-05" },
      { a: 1, b: 3, meetings: 1, latest: "2026-02-05" },
      { a: 2, b: 3, meetings: 1, latest: "2026-02-05" },
    ]);
  });
});
