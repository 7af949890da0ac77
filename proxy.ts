import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-name";
import { LOCALE_COOKIE, LOCALE_HEADER, PAGE_PATH_HEADER, routeEdition } from "@/lib/i18n/edition-routing";
import { messages } from "@/lib/i18n/messages";
import { isNonPage, NON_PAGE_POLICY, pagePolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

/**
 * Runs before every request: a fresh nonce and Content-Security-Policy per page (Next reads the policy
 * from the request headers and puts the nonce on its scripts), and a quick turn-away from the admin
 * pages for a browser without any session cookie. That turn-away is only a convenience: every admin
 * page and action checks the session against the database itself. A POST (every one is a server
 * action: the API is read-only) from another site is refused here with 403; Next's own check would
 * answer 500 and log an error. Answers to https requests carry Strict-Transport-Security; the front
 * door (scripts/serve.ts) has made X-Forwarded-Proto trustworthy. It also routes the editions: `/en/…`
 * is served by the unprefixed route in English, and the page learns its language from a request header
 * set here (lib/i18n/edition-routing.ts).
 */
export function proxy(request: NextRequest) {
  const https = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
  const response = respond(request, https);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function respond(request: NextRequest, https: boolean): NextResponse {
  const { pathname, search } = request.nextUrl;
  const edition = routeEdition({
    method: request.method,
    pathname,
    search,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (edition.kind === "redirect") {
    const response = NextResponse.redirect(new URL(edition.to, request.url), 307);
    response.headers.set("Vary", "Cookie, Accept-Language");
    return response;
  }
  if (request.method === "POST" && !isSameOriginRequest(request.headers)) {
    return new NextResponse(messages[edition.locale].admin.errors.crossSite, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const isAdminPage = pathname.startsWith("/admin") && pathname !== "/admin/login";
  if (isAdminPage && (request.method === "GET" || request.method === "HEAD") && !request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.redirect(new URL("/admin/login", request.url));
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, edition.locale);
  headers.set(PAGE_PATH_HEADER, edition.path + search);
  if (isNonPage(pathname)) {
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", NON_PAGE_POLICY);
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pagePolicy({ nonce, dev: process.env.NODE_ENV === "development", https });
  headers.set("Content-Security-Policy", policy);
  headers.set("x-nonce", nonce);
  const response =
    edition.path === pathname
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(edition.path + search, request.url), { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Built assets carry no HTML; everything else (pages, actions, route handlers) passes through.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
