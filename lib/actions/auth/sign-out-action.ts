"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SIGN_IN_PATH } from "@/lib/auth/current-editor";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { clearSessionCookie, readSessionToken } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";

/** Ends the session in the database (a copied cookie stops working too) and forgets the cookie. */
export async function signOutAction(): Promise<void> {
  // A cross-site page must not be able to sign an editor out either.
  if (!isSameOriginRequest(await headers())) return;
  await endSession(getDb(), await readSessionToken());
  await clearSessionCookie();
  redirect(`${SIGN_IN_PATH}?signedOut=1`);
}
