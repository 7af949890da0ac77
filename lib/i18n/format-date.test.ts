import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  it("shows a day-precision date in Russian and English", () => {
    expect(formatDate("2026-02-05", "day", "ru")).toBe("5 февраля 2026 г.");
    expect(formatDate("2026-02-05", "day", "en")).toBe("5 February 2026");
  });

  it("shows only the month or the year when that is all that is known", () => {
    expect(formatDate("2026-03-01", "month", "en")).toBe("March 2026");
    expect(formatDate("2026-03-01", "month", "ru")).toMatch(/^март[ья]? 2026/);
    expect(formatDate("2025-01-01", "year", "ru")).toBe("2025");
  });
});
