import "server-only";
import { headers } from "next/headers";
import { LOCALE_HEADER } from "./edition-routing";
import { defaultLocale, locales, messages, type Locale, type Messages } from "./messages";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as string[]).includes(value);
}

/** The language of this request's page: the edition in its URL (`/en/…`), or for the editors' area the
 *  `lang` cookie — as the proxy decided and passed on (proxy.ts, lib/i18n/edition-routing.ts). */
export async function getLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : defaultLocale;
}

export async function getMessages(): Promise<{ locale: Locale; t: Messages }> {
  const locale = await getLocale();
  return { locale, t: messages[locale] };
}
