import { preferredLocale } from "./accept-language";
import { hasEditions, localePath, splitLocalePath } from "./locale-path";
import { defaultLocale, locales, type Locale } from "./messages";

/** The cookie that remembers the reader's choice of language (set by the language switch). */
export const LOCALE_COOKIE = "lang";
/** The request header through which the proxy tells pages their edition; it always overwrites it. */
export const LOCALE_HEADER = "x-chronicle-locale";
/** …and the page's unprefixed path and query, which its canonical and hreflang links name. */
export const PAGE_PATH_HEADER = "x-chronicle-page";

export type EditionRoute =
  /** Send the reader to their edition of the page they asked for. */
  | { kind: "redirect"; to: string }
  /** Serve the page at `path` (the unprefixed route) in `locale`. */
  | { kind: "serve"; path: string; locale: Locale };

/**
 * How the proxy routes one request. The URL alone decides a page's language: `/en/…` is English,
 * everything else Russian. The cookie and Accept-Language only decide whether an unprefixed page is
 * answered at all or redirected — a reader whose cookie says English, or a first visitor (no cookie)
 * whose browser prefers English. So a response cache may key pages on the URL; only the redirect of an
 * unprefixed URL also depends on the cookie and Accept-Language. Pages without editions (admin, API,
 * files) take the cookie's language, as they always did.
 */
export function routeEdition(request: { method: string; pathname: string; search: string; cookie: string | undefined; acceptLanguage: string | null }): EditionRoute {
  const chosen = (locales as string[]).includes(request.cookie ?? "") ? (request.cookie as Locale) : undefined;
  const { locale, path } = splitLocalePath(request.pathname);
  if (!hasEditions(path)) return { kind: "serve", path: request.pathname, locale: chosen ?? defaultLocale };
  if (locale !== defaultLocale) return { kind: "serve", path, locale };
  const wanted = chosen ?? preferredLocale(request.acceptLanguage) ?? defaultLocale;
  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && wanted !== defaultLocale) return { kind: "redirect", to: localePath(wanted, path + request.search) };
  return { kind: "serve", path, locale: defaultLocale };
}
