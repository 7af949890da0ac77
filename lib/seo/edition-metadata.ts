import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { PAGE_PATH_HEADER } from "@/lib/i18n/edition-routing";
import { getLocale } from "@/lib/i18n/locale";
import { localePath } from "@/lib/i18n/locale-path";
import { locales, type Locale } from "@/lib/i18n/messages";
import { siteOrigin } from "./site-origin";

const OG_LOCALE: Record<Locale, string> = { ru: "ru_RU", en: "en_GB" };

/**
 * The absolute addresses of this page in each edition: `canonical` (this edition), `hreflang`
 * alternates for ru, en and x-default (the unprefixed address, which sends an English-speaking first
 * visitor to /en), and the Open Graph url and locales. `path` is the page's unprefixed path; by default
 * the one the proxy passed on. A page's `alternates` and `openGraph` replace the layout's, so a page
 * that sets either spreads these in.
 */
export async function editionMetadata(path?: string): Promise<{ alternates: NonNullable<Metadata["alternates"]>; openGraph: NonNullable<Metadata["openGraph"]> }> {
  const [origin, locale, h] = await Promise.all([siteOrigin(), getLocale(), headers()]);
  const page = path ?? h.get(PAGE_PATH_HEADER) ?? "/";
  const url = (l: Locale) => origin + localePath(l, page);
  return {
    alternates: {
      canonical: url(locale),
      languages: { ...Object.fromEntries(locales.map((l) => [l, url(l)])), "x-default": url("ru") },
    },
    openGraph: { url: url(locale), locale: OG_LOCALE[locale], alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]) },
  };
}
