import type { Db } from "@/lib/db";
import { loginRetryAfter, recordLoginAttempt } from "./login-rate-limit";
import { verifyDecoy, verifyPassword } from "./password";
import { createSession, deleteExpiredSessions, type SessionMeta } from "./sessions";

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; editorId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/**
 * Checks an email and password and opens a session. Unknown email, disabled account and wrong password
 * give the same answer after the same work; too many failures for the account or the address refuse
 * even a right password until the window has passed.
 */
export async function signIn(db: Db, input: { email: string; password: string } & SessionMeta): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? "unknown";
  const wait = await loginRetryAfter(db, email, ip);
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };

  const editor = await db.editor.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  let valid = false;
  if (editor) valid = (await verifyPassword(editor.passwordHash, input.password)) && !editor.disabledAt;
  else await verifyDecoy(input.password);
  await recordLoginAttempt(db, email, ip, valid);
  if (!valid || !editor) return { ok: false, reason: "invalid" };

  await deleteExpiredSessions(db);
  const session = await createSession(db, editor.id, input);
  return { ok: true, ...session, editorId: editor.id };
}
