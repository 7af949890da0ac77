import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, freshCopy, toCachedEntry } from "./cached-entry";

const nonce = "AAAAAAAAAAAAAAAAAAAAAA==";
const page = (headers: Record<string, unknown> = {}, status = 200) => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${nonce}'`, "content-length": 99, ...headers },
  body: Buffer.from(`<html><script nonce="${nonce}">1</script><p>Кошербаев</p>${"<p>встреча</p>".repeat(200)}<script nonce="${nonce}">self.__n=["${nonce}"]</script></html>`),
});

describe("a kept answer", () => {
  it("is sent with a nonce of its own each time, in the policy and at every place the rendered one stood", () => {
    const entry = toCachedEntry(page())!;
    expect(entry.texts).toHaveLength(4);
    const first = freshCopy(entry, false);
    const second = freshCopy(entry, false);
    const nonceOf = (copy: typeof first) => /'nonce-([^']+)'/.exec(String(new Map(copy.headers).get("content-security-policy")))![1]!;
    expect(nonceOf(first)).not.toBe(nonce);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    for (const copy of [first, second]) {
      const html = Buffer.concat(copy.body).toString();
      expect(html).not.toContain(nonce);
      expect(html.split(nonceOf(copy)).length - 1).toBe(3);
      expect(html).toContain("<p>Кошербаев</p>");
      expect(Buffer.concat(copy.body).length).toBe(entry.body.length);
    }
    expect(entry.body.toString()).toContain(nonce); // the kept body is never changed in place
  });

  it("goes out gzipped to a reader that accepts it, with its own nonce inside", () => {
    const entry = toCachedEntry(page())!;
    const copy = freshCopy(entry, true);
    const headers = new Map(copy.headers);
    expect(headers.get("content-encoding")).toBe("gzip");
    expect(headers.get("vary")).toBe("Accept-Encoding");
    const fresh = /'nonce-([^']+)'/.exec(String(headers.get("content-security-policy")))![1]!;
    expect(gunzipSync(Buffer.concat(copy.body)).toString()).toBe(entry.body.toString().replaceAll(nonce, fresh));
    expect(Buffer.concat(copy.body).length).toBeLessThan(entry.body.length / 4);
  });

  it("drops the headers of one transmission and keeps the rest", () => {
    const names = toCachedEntry(page({ date: "x", connection: "keep-alive", vary: "rsc" }))!.headers.map(([name]) => name);
    expect(names).toEqual(["content-type", "content-security-policy", "vary"]);
  });

  it("is kept for a redirect, the timeline's to its canonical URL", () => {
    expect(toCachedEntry({ ...page({ location: "/?from=2025-01-01" }), status: 307 })?.headers).toContainEqual(["location", "/?from=2025-01-01"]);
  });

  it("is not kept when it is not a page or a redirect for everyone", () => {
    expect(toCachedEntry(page({}, 404))).toBeNull();
    expect(toCachedEntry(page({}, 500))).toBeNull();
    expect(toCachedEntry(page({ "set-cookie": ["lang=en"] }))).toBeNull();
    expect(toCachedEntry(page({ "content-encoding": "gzip" }))).toBeNull();
    expect(toCachedEntry(page({ "content-security-policy": "script-src 'nonce-short'" }))).toBeNull();
  });

  it("without a nonce (API answers, feeds) goes out as kept", () => {
    const entry = toCachedEntry({ status: 200, headers: { "content-type": "application/json" }, body: Buffer.from("{}") })!;
    expect(freshCopy(entry, true).body).toEqual([entry.body]); // too small to be worth compressing
  });

  it("reads Accept-Encoding: gzip or * with a weight above 0", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
