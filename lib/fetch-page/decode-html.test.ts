import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decode-html";

const TEXT = "Кошербаев встретился с Ландау";
const cp1251 = (s: string) => Uint8Array.from([...s].map((c) => (c >= "А" && c <= "я" ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));

describe("decodeHtml", () => {
  it("takes the charset from the Content-Type header", () => {
    expect(decodeHtml(cp1251(`<p>${TEXT}</p>`), "text/html; charset=windows-1251")).toBe(`<p>${TEXT}</p>`);
  });
  it("takes it from <meta charset> or <meta http-equiv> when the header has none", () => {
    expect(decodeHtml(cp1251(`<meta charset="windows-1251"><p>${TEXT}</p>`), "text/html")).toContain(TEXT);
    expect(decodeHtml(cp1251(`<meta http-equiv="Content-Type" content="text/html; charset=cp1251"><p>${TEXT}</p>`), "text/html")).toContain(TEXT);
  });
  it("reads UTF-8 otherwise, and an unknown label as UTF-8", () => {
    expect(decodeHtml(new TextEncoder().encode(`<p>${TEXT}</p>`), "")).toBe(`<p>${TEXT}</p>`);
    expect(decodeHtml(new TextEncoder().encode(`<p>${TEXT}</p>`), "text/html; charset=x-unknown")).toBe(`<p>${TEXT}</p>`);
  });
});
