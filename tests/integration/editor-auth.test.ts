import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disableEditor } from "../../lib/auth/editors";
import { FREE_FAILURES, MAX_FAILURES_PER_ADDRESS } from "../../lib/auth/login-rate-limit";
import { sessionIdOf } from "../../lib/auth/session-token";
import { endSession, findSessionEditor } from "../../lib/auth/sessions";
import { signIn } from "../../lib/auth/sign-in";
import { createDb, type Db } from "../../lib/db";
import { makeEditor } from "../support/editor-fixtures";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let editor: Awaited<ReturnType<typeof makeEditor>>;
const meta = { ip: "203.0.113.7", userAgent: "vitest" };

beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase(db);
  editor = await makeEditor(db);
});

describe("signing in", () => {
  it("opens a session stored as a hash of the cookie token, found again from the token, ended by sign-out", async () => {
    const result = await signIn(db, { email: " ANN@example.org ", password: editor.password, ...meta });
    if (!result.ok) throw new Error("sign-in refused");
    const stored = await db.session.findFirstOrThrow({ select: { id: true, ip: true } });
    expect(stored.id).toBe(sessionIdOf(result.token));
    expect(stored.id).not.toContain(result.token);
    expect(stored.ip).toBe(meta.ip);
    expect(await findSessionEditor(db, result.token)).toMatchObject({ id: editor.id, name: editor.name });

    await endSession(db, result.token);
    expect(await findSessionEditor(db, result.token)).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("says the same about an unknown email, a wrong password and a disabled account", async () => {
    expect(await signIn(db, { email: "nobody@example.org", password: editor.password, ...meta })).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(db, { email: editor.email, password: "wrong password!", ...meta })).toEqual({ ok: false, reason: "invalid" });
    await disableEditor(db, editor.email);
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses expired, forged and malformed sessions, and those of a disabled editor", async () => {
    const result = await signIn(db, { email: editor.email, password: editor.password, ...meta });
    if (!result.ok) throw new Error("sign-in refused");
    expect(await findSessionEditor(db, result.token, new Date(result.expiresAt.getTime() + 1000))).toBeNull();
    expect(await findSessionEditor(db, "A".repeat(43))).toBeNull();
    expect(await findSessionEditor(db, `${result.token}x`)).toBeNull();
    expect(await findSessionEditor(db, sessionIdOf(result.token))).toBeNull(); // the stored id is not a token
    expect(await findSessionEditor(db, undefined)).toBeNull();
    await disableEditor(db, editor.email);
    expect(await findSessionEditor(db, result.token)).toBeNull();
    expect(await db.session.count()).toBe(0);
  });
});

describe("the sign-in rate limit (stored in the database)", () => {
  const attacker = { ip: "198.51.100.9", userAgent: null };
  const expire = () => db.loginThrottle.updateMany({ data: { blockedUntil: new Date(Date.now() - 1000) } });

  it("a guesser at one address cannot lock the editor at another out", async () => {
    for (let i = 0; i < 12; i++) {
      await signIn(db, { email: editor.email, password: `wrong-${i}`, ...attacker });
      await expire();
    }
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toMatchObject({ ok: true });
  });

  it(`slows one account at one address down after ${FREE_FAILURES} failures, doubling the wait, even for the right password`, async () => {
    const waits: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 3; i++) {
      if (i > 0) await expire();
      expect(await signIn(db, { email: editor.email, password: `wrong-${i}`, ...attacker })).toEqual({ ok: false, reason: "invalid" });
      const row = await db.loginThrottle.findUniqueOrThrow({ where: { email_ip: { email: editor.email, ip: attacker.ip } } });
      waits.push(Math.max(0, Math.round((row.blockedUntil!.getTime() - Date.now()) / 1000)));
    }
    expect(waits).toEqual([0, 0, 2, 4, 8, 16]);
    const right = await signIn(db, { email: editor.email, password: editor.password, ...attacker });
    expect(right).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!right.ok && right.reason === "rate-limited") expect(right.retryAfterSeconds).toBeGreaterThan(10);
    // Refused attempts are neither checked nor counted.
    expect(await db.loginAttempt.count({ where: { email: editor.email } })).toBe(FREE_FAILURES + 3);
  });

  it("lets one of several simultaneous attempts through (the claim is a compare-and-set)", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(db, { email: editor.email, password: `wrong-${i}`, ...attacker })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "rate-limited")).toHaveLength(7);
  });

  it("locks an address spraying many accounts, and treats unknown emails like known ones", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await signIn(db, { email: `guess${i}@example.org`, password: "x", ...meta });
    }
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toMatchObject({ ok: false, reason: "rate-limited" });
    // Another address is not affected.
    expect(await signIn(db, { email: editor.email, password: editor.password, ip: "192.0.2.44", userAgent: null })).toMatchObject({ ok: true });
  });

  it("lets an address in again once its window has passed, and forgets a pair's failures on success", async () => {
    const old = new Date(Date.now() - 16 * 60 * 1000);
    await db.loginAttempt.createMany({ data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, () => ({ email: editor.email, ip: meta.ip, success: false, at: old })) });
    await db.loginThrottle.create({ data: { email: editor.email, ip: meta.ip, failures: 2, lastFailureAt: old, blockedUntil: old } });
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toMatchObject({ ok: true });
    expect(await db.loginThrottle.count()).toBe(0);
  });
});
