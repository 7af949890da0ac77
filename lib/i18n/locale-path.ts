import { defaultLocale, type Locale } from "./messages";

/**
 * Where each edition lives: Russian (the default) at the unprefixed paths, English under `/en`. The one
 * place that knows it — links, redirects, the proxy, metadata and sitemaps all go through these helpers.
 */
const PREFIX: Record<Locale, string> = { ru: "", en: "/en" };

/**
 * Whether a path is a public page with an edition per language. The editors' area, the JSON API, Next's
 * own paths and files (feeds, calendars, exports, sitemaps, icons: anything with an extension) are one
 * for both languages. `/api` itself is the API's reference page, which has both editions.
 */
export function hasEditions(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  if (!pathname.startsWith("/") || pathname.startsWith("//")) return false;
  if (/^\/(admin|_next)(\/|$)/.test(pathname) || pathname.startsWith("/api/")) return false;
  return !/\.[a-z0-9]+$/i.test(pathname);
}

/** The path of a page in one edition, from its unprefixed (Russian) path: `/officials` → `/en/officials`,
 *  `/?topic=x` → `/en?topic=x`. Anything without editions comes back unchanged. */
export function localePath(locale: Locale, path: string): string {
  if (!PREFIX[locale] || !hasEditions(path)) return path;
  const rest = path.startsWith("/?") || path.startsWith("/#") || path === "/" ? path.slice(1) : path;
  return PREFIX[locale] + rest;
}

/** The edition a browser path belongs to and the path without its prefix (`/en/topics` → en, `/topics`). */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  for (const [locale, prefix] of Object.entries(PREFIX) as [Locale, string][]) {
    if (!prefix) continue;
    if (path === prefix || (path.startsWith(prefix) && /^[/?#]/.test(path.charAt(prefix.length)))) {
      const rest = path.slice(prefix.length);
      return { locale, path: rest.startsWith("/") ? rest : `/${rest}` };
    }
  }
  return { locale: defaultLocale, path };
}
