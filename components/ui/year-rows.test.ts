import { describe, expect, it } from "vitest";
import { yearRows } from "./year-rows";

describe("yearRows", () => {
  it("puts series on one axis of consecutive years, zero where a series is silent, undated last", () => {
    const meetings = [{ year: 2024, count: 2 }, { year: 2026, count: 5 }, { year: null, count: 1 }];
    const articles = [{ year: 2025, count: 3 }, { year: 2026, count: 4 }];
    expect(yearRows([meetings, articles])).toEqual([
      { year: 2024, counts: [2, 0] },
      { year: 2025, counts: [0, 3] },
      { year: 2026, counts: [5, 4] },
      { year: null, counts: [1, 0] },
    ]);
  });

  it("is empty without data and has no undated row when everything is dated", () => {
    expect(yearRows([[], []])).toEqual([]);
    expect(yearRows([[{ year: 2020, count: 1 }]])).toEqual([{ year: 2020, counts: [1] }]);
  });
});
