/**
 * Cross-site request forgery check for state-changing requests: the browser's Origin must name this
 * host (as Next's proxies and `next start` report it in x-forwarded-host / host), and Fetch Metadata,
 * when sent, must not say the request came from another site. A request without Origin is refused:
 * every browser sends it on POST, so only hand-made requests lack it.
 */
export function isSameOriginRequest(headers: Pick<Headers, "get">): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]?.trim();
  } catch {
    return false;
  }
}

/**
 * The client's address as the front door vouched for it (scripts/serve.ts rewrites X-Forwarded-For to
 * one address, believing only TRUSTED_PROXIES); used to throttle sign-ins.
 */
export function clientAddress(headers: Pick<Headers, "get">): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64) || "unknown";
}

/** Served over HTTPS (directly or behind a proxy that says so): the session cookie is then Secure. */
export function isHttps(headers: Pick<Headers, "get">): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
