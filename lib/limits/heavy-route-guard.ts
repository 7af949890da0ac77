import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddress } from "@/lib/auth/same-origin";
import type { Tx } from "@/lib/db";
import { messages, type Locale } from "@/lib/i18n/messages";
import { admitRequest } from "./request-quota";
import { routeClassOf, type RouteLimits } from "./route-classes";
import { releaseStreamSlot, renewStreamSlot, RENEW_EVERY_MS, takeStreamSlot } from "./stream-slots";

export interface GuardSettings {
  limits: RouteLimits;
  /** Export streams served at once by all instances together. */
  exportStreams: number;
}

/** What a refused client is told to wait when every export stream is taken: a stream rarely lasts longer. */
const STREAMS_BUSY_RETRY_SECONDS = 10;

/**
 * The front door's check of heavy requests (scripts/serve.ts), before Next renders anything: each
 * client's allowance per route class, then for exports one of the shared stream slots, held until the
 * response closes (renewed while it streams). A refusal is a 429 with Retry-After and a line in the
 * interface language. The client is the address the front door vouched for — the same one sign-in
 * throttling counts (`clientAddress`). Resolves true when it answered the request itself.
 */
export function heavyRouteGuard(rows: Tx["rows"], settings: GuardSettings) {
  return async function guard(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? "/", "http://front.door");
    const routeClass = routeClassOf(request.method, url.pathname);
    if (!routeClass) return false;
    const client = clientAddress({ get: (name) => headerOf(request, name) });
    const t = messages[localeOf(request, url.pathname)].limits;
    try {
      const admission = await admitRequest(rows, client, routeClass, settings.limits[routeClass]);
      if (!admission.ok) return refuse(request, response, url.pathname, admission.retryAfterSeconds, t.tooMany(admission.retryAfterSeconds));
      if (routeClass !== "export") return false;
      const slot = await takeStreamSlot(rows, "export", settings.exportStreams, client);
      if (!slot) return refuse(request, response, url.pathname, STREAMS_BUSY_RETRY_SECONDS, t.streamsBusy(STREAMS_BUSY_RETRY_SECONDS));
      const renewal = setInterval(() => void renewStreamSlot(rows, slot).catch(() => undefined), RENEW_EVERY_MS);
      response.once("close", () => {
        clearInterval(renewal);
        void releaseStreamSlot(rows, slot).catch(() => undefined);
      });
      return false;
    } catch (error) {
      // The database is down or slow: the route itself will say so (500); limits must not hide that.
      console.error(`[limits] ${routeClass} ${url.pathname}: not checked:`, error instanceof Error ? error.message : error);
      return false;
    }
  };
}

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return (Array.isArray(value) ? value.join(",") : value) ?? null;
}

/** The English edition's paths, else the reader's `lang` cookie, else Russian. */
function localeOf(request: IncomingMessage, pathname: string): Locale {
  if (/^\/en(?:\/|$)/.test(pathname)) return "en";
  return /(?:^|;\s*)lang=en(?:;|$)/.test(request.headers.cookie ?? "") ? "en" : "ru";
}

function refuse(request: IncomingMessage, response: ServerResponse, pathname: string, retryAfter: number, message: string): true {
  const api = pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: { status: 429, message } }) : `${message}\n`;
  response.writeHead(429, {
    "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Retry-After": String(retryAfter),
    "Cache-Control": "no-store",
    ...(api ? { "Access-Control-Allow-Origin": "*" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}
