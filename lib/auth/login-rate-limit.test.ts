import { describe, expect, it } from "vitest";
import { LOGIN_WINDOW_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS, retryAfterSeconds } from "./login-rate-limit";

const now = new Date("2026-03-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("retryAfterSeconds", () => {
  it("allows attempts below both limits", () => {
    expect(retryAfterSeconds({ account: { count: MAX_FAILURES_PER_ACCOUNT - 1, oldest: ago(1) }, address: { count: 0, oldest: null } }, now)).toBe(0);
  });

  it("waits until the oldest counted failure leaves the window", () => {
    expect(retryAfterSeconds({ account: { count: MAX_FAILURES_PER_ACCOUNT, oldest: ago(5) }, address: { count: 0, oldest: null } }, now)).toBe(LOGIN_WINDOW_MS / 1000 - 300);
    expect(retryAfterSeconds({ account: { count: 0, oldest: null }, address: { count: MAX_FAILURES_PER_ADDRESS, oldest: ago(14) } }, now)).toBe(60);
  });

  it("takes the longer wait when both limits are reached", () => {
    const f = { account: { count: MAX_FAILURES_PER_ACCOUNT, oldest: ago(10) }, address: { count: MAX_FAILURES_PER_ADDRESS, oldest: ago(2) } };
    expect(retryAfterSeconds(f, now)).toBe(13 * 60);
  });
});
