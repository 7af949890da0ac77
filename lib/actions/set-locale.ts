"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { returnPath } from "@/lib/http/return-path";
import { LOCALE_COOKIE } from "@/lib/i18n/edition-routing";
import { isLocale } from "@/lib/i18n/locale";
import { localePath, splitLocalePath } from "@/lib/i18n/locale-path";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language, remembers it, and opens the other edition of the page the reader
 *  was on (the editors' area has one edition: the reader returns to the same page, now in that language). */
export async function setLocale(formData: FormData): Promise<void> {
  const to = formData.get("to");
  const h = await headers();
  const back = returnPath(h.get("referer"), h.get("x-forwarded-host") ?? h.get("host"));
  if (!isLocale(to)) redirect(back);
  (await cookies()).set(LOCALE_COOKIE, to, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true });
  redirect(localePath(to, splitLocalePath(back).path));
}
