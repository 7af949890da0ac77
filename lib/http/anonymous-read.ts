import type { IncomingMessage } from "node:http";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-name";

/** The editors' area, in either edition. */
const ADMIN_PATH = /^\/(?:en\/)?admin(?:\/|$)/;

export function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * An anonymous reader's GET or HEAD outside the editors' area: what the response cache may keep
 * (cache-key.ts) and what may read from a replica (scripts/serve.ts). Anything else — a write, a
 * server action, /admin, anyone with a session cookie (an editor sees their own save at once) — is
 * served from the primary and never from the cache.
 */
export function isAnonymousRead(request: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (ADMIN_PATH.test(request.url ?? "/")) return false;
  return cookie(request.headers.cookie, SESSION_COOKIE) === undefined;
}
