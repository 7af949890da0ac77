import { describe, expect, it } from "vitest";
import { isRetryable } from "./retryable-error";

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
