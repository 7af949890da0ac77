import { describe, expect, it } from "vitest";
import { isNonPage, pagePolicy } from "./content-security-policy";

describe("pagePolicy", () => {
  it("allows only this response's scripts and forbids framing", () => {
    const policy = pagePolicy({ nonce: "abc123", dev: false, https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("lets the development build evaluate and upgrades requests over HTTPS", () => {
    expect(pagePolicy({ nonce: "n", dev: true, https: false })).toContain("'unsafe-eval'");
    expect(pagePolicy({ nonce: "n", dev: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("isNonPage", () => {
  it("takes the JSON API and the feed, calendar, export and sitemap files, not the pages", () => {
    for (const path of ["/api/v1/meetings", "/api/v1/openapi.json", "/articles/feed.xml", "/topics/critical-minerals/calendar.ics", "/export/meetings.csv", "/export/meetings.json", "/sitemaps/meetings-0.xml", "/robots.txt"]) {
      expect(isNonPage(path), path).toBe(true);
    }
    for (const path of ["/", "/api", "/search", "/meetings/12", "/officials/yermek-kosherbayev", "/admin/articles/new"]) {
      expect(isNonPage(path), path).toBe(false);
    }
  });
});
