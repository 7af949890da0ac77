import type { Db } from "@/lib/db";
import { extendedExpiry, isSessionTokenShaped, newSessionToken, SESSION_IDLE_MS, SESSION_REFRESH_MS, sessionIdOf } from "./session-token";

export interface SignedInEditor {
  id: number;
  name: string;
  email: string;
}

export interface SessionMeta {
  ip: string | null;
  userAgent: string | null;
}

export async function createSession(db: Db, editorId: number, meta: SessionMeta): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await db.session.create({
    data: { id: sessionIdOf(token), editorId, createdAt: now, lastSeenAt: now, expiresAt, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null },
  });
  return { token, expiresAt };
}

/**
 * The editor a session cookie belongs to, or null when the token is malformed, unknown, expired or its
 * editor disabled. A session in use is extended (at most once an hour, up to its maximum age).
 */
export async function findSessionEditor(db: Db, token: string | undefined, now = new Date()): Promise<SignedInEditor | null> {
  if (!token || !isSessionTokenShaped(token)) return null;
  const session = await db.session.findUnique({
    where: { id: sessionIdOf(token) },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, editor: { select: { id: true, name: true, email: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.editor.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_REFRESH_MS) {
    await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now, expiresAt: extendedExpiry(session.createdAt, now) } });
  }
  return { id: session.editor.id, name: session.editor.name, email: session.editor.email };
}

/** Sign-out: the row goes, so the cookie is worthless even if it was copied. */
export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (!token || !isSessionTokenShaped(token)) return;
  await db.session.deleteMany({ where: { id: sessionIdOf(token) } });
}

/** Expired rows are of no use to anyone; cleared at each sign-in so the table stays small. */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
}
