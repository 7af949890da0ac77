import { describe, expect, it } from "vitest";
import { clientAddress, isHttps, isSameOriginRequest } from "./same-origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("isSameOriginRequest", () => {
  it("accepts a post from this host", () => {
    expect(isSameOriginRequest(h({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(h({ origin: "https://chronicle.example", "x-forwarded-host": "chronicle.example", host: "10.0.0.5:3000" }))).toBe(true);
  });

  it("refuses other sites, missing or opaque origins and cross-site fetch metadata", () => {
    expect(isSameOriginRequest(h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "null", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest(h({ origin: "not a url", host: "localhost:3000" }))).toBe(false);
  });
});

describe("request facts", () => {
  it("reads the first forwarded address and protocol", () => {
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddress(h({}))).toBe("unknown");
    expect(isHttps(h({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(h({ "x-forwarded-proto": "http" }))).toBe(false);
  });
});
