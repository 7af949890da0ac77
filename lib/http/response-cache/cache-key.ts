import type { IncomingMessage } from "node:http";
import { cookie, isAnonymousRead } from "@/lib/http/anonymous-read";

/** Paths never cached besides the editors' area: Next's own assets (already cached by browsers) and the streamed exports. */
const UNCACHED_PATH = /^\/_next\/|^\/export\//;

/** Request headers Next varies a page's answer on (its RSC payload for client navigation). */
const NEXT_VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/** The reader's first choice between the two editions by Accept-Language weight, or "" when neither is named. */
export function preferredEdition(acceptLanguage: string | undefined): "ru" | "en" | "" {
  let best: { edition: "ru" | "en"; q: number } | null = null;
  for (const entry of (acceptLanguage ?? "").split(",")) {
    const [tag = "", ...params] = entry.trim().toLowerCase().split(";");
    const edition = tag.split("-")[0];
    if (edition !== "ru" && edition !== "en") continue;
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { edition, q };
  }
  return best?.edition ?? "";
}

/**
 * The cache key of an anonymous reader's GET or HEAD of a public path, or null when the answer must not
 * come from (or go to) the cache: another method, a private path, or a session cookie (an editor sees
 * pages as they are). The answer depends on the URL, the scheme and host it was asked under (absolute
 * links, Strict-Transport-Security), the `lang` cookie and the preferred edition (which the proxy
 * redirects on), and Next's RSC headers — and on nothing else a reader sends.
 */
export function cacheKey(request: IncomingMessage): string | null {
  const url = request.url ?? "/";
  if (!isAnonymousRead(request) || UNCACHED_PATH.test(url)) return null;
  const cookies = request.headers.cookie;
  const header = (name: string) => String(request.headers[name] ?? "");
  return [
    header("x-forwarded-proto"),
    header("x-forwarded-host") || header("host"),
    url,
    cookie(cookies, "lang") ?? "",
    preferredEdition(request.headers["accept-language"]),
    ...NEXT_VARY.map(header),
  ].join("\n");
}
