/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next puts it
 * on its own scripts when it finds it in the request's policy) or when loaded by such a script
 * ('strict-dynamic'); no inline handler, no javascript: URL, no foreign script. Styles allow inline
 * style attributes: they cannot run code and React sets them. Nothing may frame the archive.
 */
export function pagePolicy({ nonce, dev, https }: { nonce: string; dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * JSON and other non-page answers load nothing and are never framed. Inline styles and data: images
 * only, for the browser's own XML viewer when a reader opens a sitemap (neither can run code).
 */
export const NON_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/** Answers that are not HTML pages: the JSON API and the files (feeds, calendars, exports, sitemaps, robots). */
export function isNonPage(pathname: string): boolean {
  return pathname.startsWith("/api/") || /\.(xml|ics|csv|json|txt)$/.test(pathname);
}

/**
 * HTTP Strict Transport Security, sent on answers to https requests only (a browser ignores it over
 * http, and a site served only over http must not promise https): two years, subdomains included.
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Headers every response carries (set in next.config.ts, so static files have them too). */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Same-site pages still learn where the reader came from (the language switch returns there).
  { key: "Referrer-Policy", value: "same-origin" },
  // For browsers without frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
