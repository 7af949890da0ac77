import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { cacheKey, preferredEdition } from "./cache-key";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") =>
  ({ method, url, headers: { host: "localhost:3000", "x-forwarded-proto": "http", ...headers } }) as unknown as IncomingMessage;

describe("the response cache's key", () => {
  it("is given to an anonymous reader's GET and HEAD of public pages, API answers and feeds", () => {
    for (const url of ["/", "/?official=kosherbaev&page=2", "/meetings/4", "/en/topics/uranium", "/api/v1/meetings", "/feed.xml", "/search?q=%D0%A2"]) {
      expect(cacheKey(request(url)), url).not.toBeNull();
    }
    expect(cacheKey(request("/", {}, "HEAD"))).toBe(cacheKey(request("/")));
  });

  it("is refused to other methods, to editors' pages, Next's assets and exports, and to any request with a session", () => {
    expect(cacheKey(request("/", {}, "POST"))).toBeNull();
    for (const url of ["/admin", "/admin/login", "/admin/articles/3", "/en/admin", "/_next/static/chunks/a.js", "/export/meetings.csv"]) {
      expect(cacheKey(request(url)), url).toBeNull();
    }
    expect(cacheKey(request("/", { cookie: "lang=en; chronicle_session=abc" }))).toBeNull();
    expect(cacheKey(request("/administrators"))).not.toBeNull();
  });

  it("tells apart what the answer depends on: URL, scheme, host, lang cookie, preferred edition, Next's RSC headers", () => {
    const base = cacheKey(request("/meetings/4"));
    const variants = [
      request("/meetings/5"),
      request("/meetings/4", { "x-forwarded-proto": "https" }),
      request("/meetings/4", { "x-forwarded-host": "chronicle.example" }),
      request("/meetings/4", { cookie: "lang=en" }),
      request("/meetings/4", { "accept-language": "en-US,en;q=0.9" }),
      request("/meetings/4", { rsc: "1" }),
      request("/meetings/4", { rsc: "1", "next-router-prefetch": "1" }),
    ].map(cacheKey);
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it("ignores what the answer does not depend on: other cookies, the order of languages it does not serve", () => {
    const base = cacheKey(request("/", { cookie: "lang=en", "accept-language": "ru" }));
    expect(cacheKey(request("/", { cookie: "theme=dark; lang=en", "accept-language": "ru-RU,ru;q=0.9,de;q=0.8", "user-agent": "x" }))).toBe(base);
  });
});

describe("the preferred edition", () => {
  it("is ru or en by Accept-Language weight, whatever the region, or none", () => {
    expect(preferredEdition("en-US,en;q=0.9,ru;q=0.8")).toBe("en");
    expect(preferredEdition("de-DE,ru;q=0.7,en;q=0.5")).toBe("ru");
    expect(preferredEdition("ru;q=0.3, EN;q=0.6")).toBe("en");
    expect(preferredEdition("en;q=0, ru;q=0.1")).toBe("ru");
    expect(preferredEdition("de, fr")).toBe("");
    expect(preferredEdition(undefined)).toBe("");
  });
});
