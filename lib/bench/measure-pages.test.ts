import { describe, expect, it } from "vitest";
import { cacheStates, formatTimings, quantile } from "./measure-pages";

describe("quantile", () => {
  it("takes the nearest rank, so p95 of 50 samples is the 48th smallest and the median of an even count the lower middle", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => 50 - i);
    expect(quantile(fifty, 0.95)).toBe(48);
    expect(quantile(fifty, 0.5)).toBe(25);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });

  it("refuses an empty sample", () => {
    expect(() => quantile([], 0.5)).toThrow("quantile of no values");
  });
});

describe("formatTimings", () => {
  it("aligns one line per page under a header", () => {
    const table = formatTimings([
      { path: "/officials", status: 200, bytes: 20480, requests: 50, medianMs: 12.34, p95Ms: 20, maxMs: 31.5, cache: "bypass" },
      { path: "/topics/x", status: 404, bytes: 512, requests: 1, medianMs: 3, p95Ms: 3, maxMs: 3, cache: "-" },
    ]);
    expect(table.split("\n")).toEqual([
      "page        status  KB   n  median ms  p95 ms  max ms  cache",
      "/officials     200  20  50       12.3    20.0    31.5  bypass",
      "/topics/x      404   1   1        3.0     3.0     3.0  -",
    ]);
  });
});

describe("cacheStates", () => {
  it("names the one state of every request, or each state with its count, most first", () => {
    expect(cacheStates(new Map([["hit", 200]]))).toBe("hit");
    expect(cacheStates(new Map([["miss", 3], ["hit", 197]]))).toBe("hit 197, miss 3");
  });
});
