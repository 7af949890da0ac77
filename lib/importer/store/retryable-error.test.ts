import { describe, expect, it } from "vitest";
import { isRetryable, retryRaces } from "./retryable-error";

describe("isRetryable", () => {
  it("retries a transaction that lost a race: unique violation, serialization failure, deadlock", () => {
    expect(isRetryable({ code: "P2002", meta: { target: ["matchKey"] } })).toBe(true);
    expect(isRetryable({ code: "P2034" })).toBe(true);
    expect(isRetryable({ code: "P2010", meta: { code: "40P01", message: "deadlock detected" } })).toBe(true);
    expect(isRetryable({ meta: { driverAdapterError: { cause: { originalCode: "40001" } } } })).toBe(true);
    expect(isRetryable(new Error("deadlock detected"))).toBe(true);
  });

  it("does not retry an article's own failure", () => {
    expect(isRetryable(new RangeError("Invalid time value"))).toBe(false);
    expect(isRetryable({ code: "P2003", meta: { code: "23503" } })).toBe(false);
    expect(isRetryable(null)).toBe(false);
  });
});

describe("retryRaces", () => {
  it("runs the transaction again after a lost race and returns its answer", async () => {
    let runs = 0;
    const answer = await retryRaces(async () => {
      runs++;
      if (runs < 3) throw { code: "P2010", meta: { code: "23505" } };
      return "stored";
    });
    expect({ answer, runs }).toEqual({ answer: "stored", runs: 3 });
  });

  it("throws an error of its own at once, and a race that keeps being lost after five runs", async () => {
    let runs = 0;
    const own = new RangeError("Invalid time value");
    await expect(retryRaces(async () => { runs++; throw own; })).rejects.toBe(own);
    expect(runs).toBe(1);
    runs = 0;
    await expect(retryRaces(async () => { runs++; throw new Error("deadlock detected"); })).rejects.toThrow("deadlock detected");
    expect(runs).toBe(5);
  });
});
