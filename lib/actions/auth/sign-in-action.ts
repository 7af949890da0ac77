"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, isSameOriginRequest } from "@/lib/auth/same-origin";
import { writeSessionCookie } from "@/lib/auth/session-cookie";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { getMessages } from "@/lib/i18n/locale";
import { signInSchema } from "@/lib/validation/sign-in";
import type { ActionState } from "../action-state";
import { formDataToObject } from "../form-data";
import { localizeIssues } from "../localize-issues";

/**
 * The only write open to someone not signed in, so it has its own guards: same-site requests only
 * (no sign-in CSRF), the database-backed rate limit, and one answer for every kind of wrong.
 * The password never comes back in `values`.
 */
export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const { t } = await getMessages();
  const h = await headers();
  if (!isSameOriginRequest(h)) return { status: "error", message: t.admin.errors.crossSite };
  const raw = formDataToObject(form);
  const values = { email: typeof raw.email === "string" ? raw.email : "" };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { status: "error", message: t.admin.errors.fixFields, fieldErrors: localizeIssues(parsed.error.issues, t.admin.errors), values };

  const result = await signIn(getDb(), { ...parsed.data, ip: clientAddress(h), userAgent: h.get("user-agent") });
  if (!result.ok) {
    const message = result.reason === "rate-limited" ? t.admin.signIn.rateLimited(Math.ceil(result.retryAfterSeconds / 60)) : t.admin.signIn.invalid;
    return { status: "error", message, values };
  }
  await writeSessionCookie(result.token, result.expiresAt);
  redirect("/admin");
}
