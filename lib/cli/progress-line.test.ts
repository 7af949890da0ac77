import { describe, expect, it } from "vitest";
import { duration, progressLine } from "./progress-line";

describe("progressLine", () => {
  it("shows count, percentage, rate and remaining time", () => {
    expect(progressLine(50, 200, 1000)).toBe("[######..................] 50/200  25.0%  50.0 art/s  ETA 3s");
  });

  it("has no ETA before anything is done", () => {
    expect(progressLine(0, 10, 0)).toContain("ETA —");
  });
});

describe("duration", () => {
  it("reads as a person would say it", () => {
    expect(duration(59_000)).toBe("59s");
    expect(duration(125_000)).toBe("2m 5s");
    expect(duration(3_720_000)).toBe("1h 2m");
  });
});
