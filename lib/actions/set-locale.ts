"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { returnPath } from "@/lib/http/return-path";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language and returns the reader to the page they were on. */
export async function setLocale(formData: FormData): Promise<void> {
  const to = formData.get("to");
  if (isLocale(to)) {
    (await cookies()).set(LOCALE_COOKIE, to, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  }
  const h = await headers();
  redirect(returnPath(h.get("referer"), h.get("x-forwarded-host") ?? h.get("host")));
}
