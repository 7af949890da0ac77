import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("transliterates Russian with press spellings", () => {
    expect(slugify("Ермек Кошербаев")).toBe("yermek-kosherbayev");
    expect(slugify("Касым-Жомарт Токаев")).toBe("kasym-zhomart-tokayev");
  });

  it("drops punctuation and cuts long text at a word boundary", () => {
    const slug = slugify("Казахстан и США нацелены на дальнейшее развитие стратегического партнерства «С5+1»", 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toMatch(/^kazakhstan-i-ssha-[a-z-]+[a-z]$/);
  });

  it("never returns an empty slug", () => {
    expect(slugify("«—»")).toBe("untitled");
  });
});
