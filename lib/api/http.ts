import { createHash } from "node:crypto";

/**
 * HTTP behaviour shared by every open-data response: CORS for reading from any origin, caching with
 * validators, and the 304 answer to a matching If-None-Match.
 */

export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, Content-Disposition",
};

/** Preflight for cross-origin GETs that send If-None-Match (not a CORS-safelisted header). */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** The archive changes when articles are imported or edited: a minute fresh, then revalidated with the ETag. */
export function cacheControl(maxAge = 60): string {
  return `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 10}`;
}

export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** RFC 9110 §13.1.2: If-None-Match compares weakly; `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * A complete body with CORS, Cache-Control and an ETag; 304 without a body when the client already has it.
 */
export function cachedResponse(
  request: Request,
  body: string,
  { contentType, status = 200, maxAge = 60, headers = {} }: { contentType: string; status?: number; maxAge?: number; headers?: Record<string, string> },
): Response {
  const etag = strongEtag(body);
  const common = { ...CORS_HEADERS, "Cache-Control": cacheControl(maxAge), ETag: etag, Vary: "Accept-Encoding", ...headers };
  if (status === 200 && matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { status, headers: { ...common, "Content-Type": contentType } });
}
