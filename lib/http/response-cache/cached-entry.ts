import { randomBytes } from "node:crypto";
import type { OutgoingHttpHeaders } from "node:http";
import type { CapturedResponse } from "./capture-response";
import { gzipCopy, gzipSegments, type GzipSegments } from "./gzip-segments";

/** proxy.ts makes each nonce from 16 random bytes: always 24 base64 characters. */
const NONCE_BYTES = 16;
const NONCE_LENGTH = 24;

/** Smaller answers go out as they are: compressing them saves less than its headers cost. */
const GZIP_MIN_BYTES = 1024;

/** Headers that describe one transmission, not the answer: set afresh for every copy sent. */
const PER_SEND = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

export interface CachedEntry {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  /** The page's nonce as rendered; the body's text between its occurrences (views of `body`). */
  nonce: string | null;
  texts: Buffer[];
  /** The same texts deflated once, for readers that accept gzip (gzip-segments.ts). */
  gzip: GzipSegments | null;
  size: number;
}

/** Answers that are a function of the request alone: a page, or a redirect to its canonical URL. */
const KEPT_STATUS = new Set([200, 301, 302, 307, 308]);

/**
 * A rendered answer as the cache keeps it, or null when it must not be kept: anything but 200 or a
 * redirect (errors and not-found pages are rendered each time), an answer that sets a cookie (it belongs to one visitor), a compressed body (the nonce could not be
 * replaced in it) or a Content-Security-Policy whose nonce is not proxy.ts's.
 */
export function toCachedEntry(captured: CapturedResponse): CachedEntry | null {
  const { status, headers, body } = captured;
  if (!KEPT_STATUS.has(status) || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return null;
  const policy = headers["content-security-policy"];
  const nonce = typeof policy === "string" ? (/'nonce-([^']+)'/.exec(policy)?.[1] ?? null) : null;
  if (nonce !== null && nonce.length !== NONCE_LENGTH) return null;
  const texts: Buffer[] = [];
  let from = 0;
  if (nonce) {
    for (let at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, from)) {
      texts.push(body.subarray(from, at));
      from = at + NONCE_LENGTH;
    }
  }
  texts.push(body.subarray(from));
  const kept = Object.entries(headers as OutgoingHttpHeaders)
    .filter(([name, value]) => value !== undefined && !PER_SEND.has(name) && name !== "vary")
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]);
  kept.push(["vary", withAcceptEncoding(headers.vary)]);
  const gzip = body.length >= GZIP_MIN_BYTES ? gzipSegments(texts) : null;
  const gzipBytes = gzip?.parts.reduce((sum, part) => sum + part.length, 0) ?? 0;
  const size = body.length + gzipBytes + kept.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0) + 256;
  return { status, headers: kept, body, nonce, texts, gzip, size };
}

/** Copies differ by Accept-Encoding now, whatever the render said. */
function withAcceptEncoding(vary: OutgoingHttpHeaders[string]): string {
  const names = (Array.isArray(vary) ? vary.join(",") : String(vary ?? "")).split(",").map((n) => n.trim()).filter(Boolean);
  return names.some((n) => n.toLowerCase() === "accept-encoding") ? names.join(", ") : [...names, "Accept-Encoding"].join(", ");
}

/** Whether Accept-Encoding allows gzip (named, or `*`, with a weight above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((entry) => {
    const [coding = "", ...params] = entry.trim().toLowerCase().split(";");
    const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    return (coding.trim() === "gzip" || coding.trim() === "*") && q > 0;
  });
}

/**
 * The headers and body to send for one hit: a fresh nonce in the policy and at every place the rendered
 * one stood, so no two answers share a nonce (a nonce that repeats is one an attacker can learn). The
 * body is views of the kept texts around the new nonce, not a copy: a copy per hit is garbage at the
 * rate pages are read, and its collection showed in the latency. Gzip when the reader accepts it,
 * from the kept deflated texts.
 */
export function freshCopy(entry: CachedEntry, gzip: boolean): { headers: [string, string | string[]][]; body: Buffer[] } {
  const old = entry.nonce;
  const nonce = old ? randomBytes(NONCE_BYTES).toString("base64") : "";
  const headers = entry.headers.map(([name, value]): [string, string | string[]] => [name, old && name === "content-security-policy" && typeof value === "string" ? value.replaceAll(old, nonce) : value]);
  const fresh = Buffer.from(nonce, "latin1");
  if (gzip && entry.gzip) {
    headers.push(["content-encoding", "gzip"]);
    return { headers, body: gzipCopy(entry.gzip, entry.texts, fresh) };
  }
  return { headers, body: entry.texts.flatMap((text, i) => (i === 0 ? [text] : [fresh, text])) };
}
