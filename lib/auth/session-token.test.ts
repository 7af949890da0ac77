import { describe, expect, it } from "vitest";
import { extendedExpiry, isSessionTokenShaped, newSessionToken, SESSION_IDLE_MS, SESSION_MAX_AGE_MS, sessionIdOf } from "./session-token";
import { generatePassword } from "./password";

describe("session tokens", () => {
  it("are 256 random bits, stored only as their sha256", () => {
    const a = newSessionToken();
    expect(isSessionTokenShaped(a)).toBe(true);
    expect(a).not.toBe(newSessionToken());
    expect(sessionIdOf(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(isSessionTokenShaped(sessionIdOf(a))).toBe(false);
    expect(isSessionTokenShaped("short")).toBe(false);
  });

  it("extend with use up to the maximum age", () => {
    const created = new Date("2026-03-01T00:00:00Z");
    const soon = new Date(created.getTime() + 60_000);
    expect(extendedExpiry(created, soon).getTime()).toBe(soon.getTime() + SESSION_IDLE_MS);
    const late = new Date(created.getTime() + SESSION_MAX_AGE_MS - 1000);
    expect(extendedExpiry(created, late).getTime()).toBe(created.getTime() + SESSION_MAX_AGE_MS);
  });
});

describe("generatePassword", () => {
  it("gives 24 letters and digits, different each time", () => {
    const p = generatePassword();
    expect(p).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(p).not.toBe(generatePassword());
  });
});
