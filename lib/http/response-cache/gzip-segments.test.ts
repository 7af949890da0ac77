import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipCopy, gzipSegments } from "./gzip-segments";

describe("a gzip body with replaceable nonces", () => {
  it("decompresses to the texts with each new nonce between them, whatever the nonce", () => {
    const texts = ["<html><script nonce=\"", "\">a()</script>".repeat(50) + "Кошербаев ".repeat(3000), "\"></html>", ""].map((t) => Buffer.from(t));
    const segments = gzipSegments(texts);
    for (const nonce of ["AAAAAAAAAAAAAAAAAAAAAA==", "q+/zz0f9KxS2vZ1xYx3l0A=="]) {
      const body = Buffer.concat(gzipCopy(segments, texts, Buffer.from(nonce)));
      expect(gunzipSync(body).toString()).toBe(texts.map((t) => t.toString()).join(nonce));
      expect(body.length).toBeLessThan(Buffer.concat(texts).length / 5);
    }
  });

  it("works with no nonce at all", () => {
    const texts = [Buffer.from("{\"data\":[]}")];
    expect(gunzipSync(Buffer.concat(gzipCopy(gzipSegments(texts), texts, Buffer.from("x".repeat(24))))).toString()).toBe("{\"data\":[]}");
  });
});
