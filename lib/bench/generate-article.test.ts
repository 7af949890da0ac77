import { describe, expect, it } from "vitest";
import { generateArticle } from "./generate-article";

describe("generateArticle", () => {
  it("is deterministic and varied", () => {
    expect(generateArticle(5)).toBe(generateArticle(5));
    const distinct = new Set(Array.from({ length: 50 }, (_, i) => generateArticle(i)));
    expect(distinct.size).toBe(50);
  });

  it("writes both layouts at a realistic length", () => {
    const texts = Array.from({ length: 40 }, (_, i) => generateArticle(i));
    expect(texts.some((t) => t.startsWith(" date "))).toBe(true);
    expect(texts.some((t) => /\n[А-ЯЁ-]+\n/.test(t))).toBe(true);
    for (const t of texts) expect(Buffer.byteLength(t)).toBeGreaterThan(1500);
  });
});
