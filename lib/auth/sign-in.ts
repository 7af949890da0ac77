import type { Db } from "@/lib/db";
import { claimLoginAttempt, settleLoginAttempt } from "./login-rate-limit";
import { verifyDecoy, verifyPassword } from "./password";
import { createSession, deleteExpiredSessions, type SessionMeta } from "./sessions";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; editorId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Checks an email and password and opens a session. Unknown email, disabled account and wrong password
 * give the same answer after the same work. Repeated failures of this account from this address, or
 * many from this address, make the next attempt wait (see login-rate-limit.ts), even with the right
 * password; other addresses are not slowed down.
 */
export async function signIn(db: Db, input: { email: string; password: string } & SessionMeta): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? "unknown";
  const claim = await claimLoginAttempt(db, email, ip);
  if (!claim.ok) return { ok: false, reason: "rate-limited", retryAfterSeconds: claim.retryAfterSeconds };

  const editor = await db.editor.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  let valid = false;
  if (editor) valid = (await verifyPassword(editor.passwordHash, input.password)) && !editor.disabledAt;
  else await verifyDecoy(input.password);
  await settleLoginAttempt(db, { email, ip, failures: claim.failures }, valid);
  if (!valid || !editor) return { ok: false, reason: "invalid" };

  await deleteExpiredSessions(db);
  const session = await createSession(db, editor.id, input);
  return { ok: true, ...session, editorId: editor.id };
}
