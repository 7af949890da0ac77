import { describe, expect, it } from "vitest";
import { cachedResponse, matchesIfNoneMatch, strongEtag } from "./http";

describe("conditional requests", () => {
  const etag = strongEtag("{}");

  it("match weakly, in lists and with *", () => {
    expect(matchesIfNoneMatch(etag, etag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
  });

  it("answer 304 without a body when the client has the current version", async () => {
    const first = cachedResponse(new Request("http://x.test/"), '{"a":1}', { contentType: "application/json" });
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/max-age=60/);
    const again = cachedResponse(new Request("http://x.test/", { headers: { "If-None-Match": first.headers.get("etag")! } }), '{"a":1}', {
      contentType: "application/json",
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = cachedResponse(new Request("http://x.test/", { headers: { "If-None-Match": first.headers.get("etag")! } }), '{"a":2}', {
      contentType: "application/json",
    });
    expect(changed.status).toBe(200);
  });
});
