import { describe, expect, it } from "vitest";
import { jsonLdText } from "./json-ld";

describe("jsonLdText", () => {
  it("never lets a string close the script element, and parses back to the same data", () => {
    const data = { "@type": "NewsArticle", headline: "</script><script>alert(1)</script> & <!-- «Кошербаев»\u2028" };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
