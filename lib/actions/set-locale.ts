"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language and returns the reader to the page they were on. */
export async function setLocale(formData: FormData): Promise<void> {
  const to = formData.get("to");
  if (isLocale(to)) {
    (await cookies()).set(LOCALE_COOKIE, to, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  }
  redirect(backTo((await headers()).get("referer")));
}

function backTo(referer: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return url.pathname + url.search;
  } catch {
    return "/";
  }
}
