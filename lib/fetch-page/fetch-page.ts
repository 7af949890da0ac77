import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { isHttpUrl } from "@/lib/provenance/http-url";
import { FetchPageError } from "./fetch-page-error";
import { isPublicAddress } from "./public-address";

export interface FetchOptions {
  /** Which resolved addresses may be connected to: public ones (`isPublicAddress`), or any with
   *  FETCH_ALLOW_PRIVATE=1 (tests' fixture servers). See `addressPolicy`. */
  allowAddress: (address: string) => boolean;
  /** For the whole fetch, redirects and body included: a server that trickles its body is cut off. */
  timeoutMs: number;
  /** Of the body as decoded (a compressed body is counted after decompression). */
  maxBytes: number;
  maxRedirects: number;
  /** Content types taken (default: HTML pages); a feed or robots.txt is fetched with its own. */
  accept?: { header: string; types: RegExp; label: string };
  /** The last answer's validators: a 304 then returns `notModified` with no body. */
  conditional?: { etag: string | null; lastModified: string | null };
}

export const FETCH_DEFAULTS: Omit<FetchOptions, "allowAddress"> = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** The address check for the setting: public addresses only, unless private ones are explicitly allowed. */
export function addressPolicy(allowPrivate: boolean): (address: string) => boolean {
  return allowPrivate ? () => true : isPublicAddress;
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  contentType: string;
  body: Buffer;
  fetchedAt: Date;
  /** The server answered 304 to a conditional request: `body` is empty. */
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

/** Who is asking, for the sites' logs and their robots.txt (`Chronicle` is the token matched there). */
export const USER_AGENT = "Chronicle/1.0 (archive of Kazakhstan-US diplomacy)";
export const ROBOTS_TOKEN = "Chronicle";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML = { header: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", types: /^(text\/html|application\/xhtml\+xml)\b/i, label: "an HTML page" };

/**
 * GETs an HTML page (the editor's "Add by URL", a source's item) or, with `accept`, a feed or
 * robots.txt: http(s) only, at most `maxRedirects` hops, each hop's address checked after DNS
 * resolution and at connection time (so a name that resolves elsewhere the second time gains
 * nothing), the body streamed and abandoned past `maxBytes`, all within `timeoutMs`. With
 * `conditional`, a 304 is an answer (`notModified`), not an error.
 * Throws `FetchPageError` saying why.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const deadline = Date.now() + options.timeoutMs;
  let current = address;
  for (let hop = 0; ; hop++) {
    if (!isHttpUrl(current)) throw new FetchPageError(`not an http(s) address: ${current}`, { kind: "bad-url" });
    const url = new URL(current);
    url.hash = "";
    const answer = await request(url, deadline, options);
    if (answer.redirect === undefined) return { ...answer.page, url: url.href };
    if (hop >= options.maxRedirects) throw new FetchPageError(`more than ${options.maxRedirects} redirects`, { kind: "too-many-redirects", limit: options.maxRedirects });
    current = new URL(answer.redirect, url).href;
  }
}

type Answer = { redirect: string; page?: undefined } | { redirect?: undefined; page: Omit<FetchedPage, "url"> };

function request(url: URL, deadline: number, options: FetchOptions): Promise<Answer> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // A literal address never goes through `lookup`: it is checked here.
  if (isIP(host) && !options.allowAddress(host)) {
    return Promise.reject(new FetchPageError(`${host} is not a public address`, { kind: "private-address", host }));
  }
  const client = url.protocol === "https:" ? https : http;
  const accept = options.accept ?? HTML;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.get(url, {
      lookup: guardedLookup(options.allowAddress),
      headers: {
        "user-agent": USER_AGENT,
        accept: accept.header,
        "accept-encoding": "gzip, deflate, br",
        ...(options.conditional?.etag ? { "if-none-match": options.conditional.etag } : {}),
        ...(options.conditional?.lastModified ? { "if-modified-since": options.conditional.lastModified } : {}),
      },
    });
    const fail = (error: Error) => {
      req.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new FetchPageError("timed out", { kind: "timeout", seconds: Math.round(options.timeoutMs / 1000) })),
      Math.max(0, deadline - Date.now()),
    );
    req.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchPageError ? error : networkError(error, host));
    });
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        clearTimeout(timer);
        res.resume();
        req.destroy();
        resolve({ redirect: location });
        return;
      }
      const validators = { etag: header(res, "etag"), lastModified: header(res, "last-modified") };
      if (status === 304 && options.conditional) {
        clearTimeout(timer);
        res.resume();
        resolve({ page: { contentType: "", body: Buffer.alloc(0), fetchedAt: new Date(), notModified: true, ...validators } });
        return;
      }
      if (status < 200 || status > 299) {
        clearTimeout(timer);
        fail(new FetchPageError(`the server answered ${status}`, { kind: "http-status", status }));
        return;
      }
      const contentType = res.headers["content-type"] ?? "";
      if (contentType !== "" && !accept.types.test(contentType)) {
        clearTimeout(timer);
        fail(new FetchPageError(`not ${accept.label} (${contentType})`, { kind: "not-html", contentType }));
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes && !res.headers["content-encoding"]) {
        clearTimeout(timer);
        fail(tooLarge(options.maxBytes));
        return;
      }
      readBody(res, options.maxBytes).then(
        (body) => {
          clearTimeout(timer);
          resolve({ page: { contentType, body, fetchedAt: new Date(), notModified: false, ...validators } });
        },
        (error: Error) => {
          clearTimeout(timer);
          fail(error);
        },
      );
    });
  });
}

function header(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name];
  return typeof value === "string" && value !== "" ? value : null;
}

/** The body, decompressed, counted as it arrives: abandoned at the first byte past the cap. */
function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
  const stream =
    encoding === "gzip" || encoding === "x-gzip" ? res.pipe(zlib.createGunzip())
    : encoding === "deflate" ? res.pipe(zlib.createInflate())
    : encoding === "br" ? res.pipe(zlib.createBrotliDecompress())
    : res;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Rejected first: destroying the response reports an abort of its own.
        reject(tooLarge(maxBytes));
        res.destroy();
        stream.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", (error) => reject(new FetchPageError(`the body could not be read: ${error.message}`, { kind: "network" })));
    res.on("aborted", () => reject(new FetchPageError("the connection closed before the body ended", { kind: "network" })));
  });
}

function tooLarge(maxBytes: number): FetchPageError {
  return new FetchPageError(`the page is larger than ${maxBytes} bytes`, { kind: "too-large", limitBytes: maxBytes });
}

/** DNS resolution that refuses a name when any of its addresses is not allowed. */
function guardedLookup(allowAddress: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = addresses.find((a) => !allowAddress(a.address));
      if (refused) {
        return callback(new FetchPageError(`${hostname} resolves to ${refused.address}, not a public address`, { kind: "private-address", host: hostname }), "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };
}

function networkError(error: Error & { code?: string }, host: string): FetchPageError {
  if (error.code === "ENOTFOUND" || error.code === "EAI_AGAIN") return new FetchPageError(`no such host: ${host}`, { kind: "dns", host });
  return new FetchPageError(`the connection failed: ${error.message}`, { kind: "network" });
}
