import "server-only";
import { cookies, headers } from "next/headers";
import { isHttps } from "./same-origin";
import { SESSION_COOKIE } from "./session-cookie-name";

export async function readSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** httpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure over HTTPS. */
export async function writeSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const secure = isHttps(await headers());
  (await cookies()).set(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", secure, expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
