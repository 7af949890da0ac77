import { describe, expect, it } from "vitest";
import { roughly } from "./estimate";

describe("roughly", () => {
  it("keeps two significant figures", () => {
    expect(roughly(2184)).toBe(2200);
    expect(roughly(99_840)).toBe(100_000);
    expect(roughly(11_520)).toBe(12_000);
    expect(roughly(128)).toBe(130);
    expect(roughly(100)).toBe(100);
  });

  it("leaves small counts alone", () => {
    expect(roughly(0)).toBe(0);
    expect(roughly(32)).toBe(32);
    expect(roughly(99)).toBe(99);
  });
});
