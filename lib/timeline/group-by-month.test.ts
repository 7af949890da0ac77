import { describe, expect, it } from "vitest";
import { groupByMonth } from "./group-by-month";

describe("groupByMonth", () => {
  it("groups consecutive rows by year and month, year-only and undated apart", () => {
    const rows = [
      { id: 1, date: "2026-03-01", datePrecision: "month" },
      { id: 2, date: "2026-02-05", datePrecision: "day" },
      { id: 3, date: "2026-02-01", datePrecision: "day" },
      { id: 4, date: "2026-01-01", datePrecision: "year" },
      { id: 5, date: "2025-11-20", datePrecision: "day" },
      { id: 6, date: null, datePrecision: null },
    ];
    const groups = groupByMonth(rows).map((y) => [y.year, y.months.map((m) => [m.month, m.entries.map((e) => e.id)])]);
    expect(groups).toEqual([
      ["2026", [["2026-03", [1]], ["2026-02", [2, 3]], [null, [4]]]],
      ["2025", [["2025-11", [5]]]],
      [null, [[null, [6]]]],
    ]);
  });
});
