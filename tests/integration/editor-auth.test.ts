import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disableEditor } from "../../lib/auth/editors";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "../../lib/auth/login-rate-limit";
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
  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures, even for the right password, whatever the address`, async () => {
    const outcomes = [];
    for (let i = 0; i < 20; i++) {
      outcomes.push((await signIn(db, { email: editor.email, password: `wrong-${i}`, ip: `198.51.100.${i}`, userAgent: null })).ok ? "ok" : "refused");
    }
    const last = await signIn(db, { email: editor.email, password: "wrong again", ...meta });
    expect(last).toMatchObject({ ok: false, reason: "rate-limited" });
    const right = await signIn(db, { email: editor.email, password: editor.password, ...meta });
    expect(right).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!right.ok && right.reason === "rate-limited") expect(right.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcomes.every((o) => o === "refused")).toBe(true);
    expect(await db.session.count()).toBe(0);
    // Recorded failures stop at the limit: refused attempts are not counted again.
    expect(await db.loginAttempt.count({ where: { email: editor.email } })).toBe(MAX_FAILURES_PER_ACCOUNT);
  });

  it("locks an address spraying many accounts, and treats unknown emails like known ones", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await signIn(db, { email: `guess${i}@example.org`, password: "x", ...meta });
    }
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toMatchObject({ ok: false, reason: "rate-limited" });
    // Another address is not affected.
    expect(await signIn(db, { email: editor.email, password: editor.password, ip: "192.0.2.44", userAgent: null })).toMatchObject({ ok: true });
  });

  it("lets an account in again once the window has passed", async () => {
    const old = new Date(Date.now() - 16 * 60 * 1000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ email: editor.email, ip: meta.ip, success: false, at: old })) });
    expect(await signIn(db, { email: editor.email, password: editor.password, ...meta })).toMatchObject({ ok: true });
  });
});
