import { randomBytes } from "node:crypto";
import type { OutgoingHttpHeaders } from "node:http";
import type { CapturedResponse } from "./capture-response";

/** proxy.ts makes each nonce from 16 random bytes: always 24 base64 characters. */
const NONCE_BYTES = 16;
const NONCE_LENGTH = 24;

/** Headers that describe one transmission, not the answer: set afresh for every copy sent. */
const PER_SEND = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

export interface CachedEntry {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  /** The page's nonce as rendered, and where it stands in the body: replaced on every copy sent. */
  nonce: string | null;
  noncePositions: number[];
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
  const noncePositions: number[] = [];
  if (nonce) for (let at = body.indexOf(nonce); at >= 0; at = body.indexOf(nonce, at + NONCE_LENGTH)) noncePositions.push(at);
  const kept = Object.entries(headers as OutgoingHttpHeaders)
    .filter(([name, value]) => value !== undefined && !PER_SEND.has(name))
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]]);
  const size = body.length + kept.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0) + 256;
  return { status, headers: kept, body, nonce, noncePositions, size };
}

/**
 * The headers and body to send for one hit: a fresh nonce in the policy and at every place the rendered
 * one stood, so no two answers share a nonce (a nonce that repeats is one an attacker can learn). The
 * body is views of the kept one around the new nonce, not a copy: a copy per hit is garbage at the
 * rate pages are read, and its collection showed in the latency.
 */
export function freshCopy(entry: CachedEntry): { headers: [string, string | string[]][]; body: Buffer[] } {
  if (!entry.nonce) return { headers: entry.headers, body: [entry.body] };
  const old = entry.nonce;
  const nonce = randomBytes(NONCE_BYTES).toString("base64");
  const headers = entry.headers.map(([name, value]): [string, string | string[]] => [name, name === "content-security-policy" && typeof value === "string" ? value.replaceAll(old, nonce) : value]);
  const fresh = Buffer.from(nonce, "latin1");
  const body: Buffer[] = [];
  let from = 0;
  for (const at of entry.noncePositions) {
    body.push(entry.body.subarray(from, at), fresh);
    from = at + NONCE_LENGTH;
  }
  body.push(entry.body.subarray(from));
  return { headers, body };
}
