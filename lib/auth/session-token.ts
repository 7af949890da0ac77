import { createHash, randomBytes } from "node:crypto";

/** A session lives this long after sign-in unless used; each use extends it, up to SESSION_MAX_AGE. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
/** How often a used session's expiry is pushed forward (not on every request: one write per hour). */
export const SESSION_REFRESH_MS = 60 * 60 * 1000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isSessionTokenShaped(token: string): boolean {
  return TOKEN.test(token);
}

/** The row id is the token's sha256: the table alone cannot be replayed as cookies. */
export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** When a session used `now` should expire: idle timeout, capped by the absolute maximum. */
export function extendedExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_AGE_MS));
}
