/**
 * The site's public origin, for the absolute links feeds, calendars, sitemaps and API bodies need.
 * Taken from the request (behind a proxy, X-Forwarded-Host/Proto) so one build serves any host name.
 */
export function originFromHeaders(headers: Headers, fallback = "http://localhost:3000"): string {
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host");
  if (!host) return fallback;
  const proto = first(headers.get("x-forwarded-proto")) ?? (fallback.startsWith("https:") ? "https" : "http");
  return `${proto}://${host}`;
}

export function requestOrigin(request: Request): string {
  return originFromHeaders(request.headers, new URL(request.url).origin);
}

function first(value: string | null): string | null {
  return value?.split(",")[0]?.trim() || null;
}
