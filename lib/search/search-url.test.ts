import { describe, expect, it } from "vitest";
import { searchParamsSchema } from "@/lib/validation/search-params";
import { searchFeedUrl, searchUrl, toggleFacet } from "./search-url";

const base = searchParamsSchema.parse({ q: "Ландау & Рубио", official: "christopher-landau", page: "3" });

describe("searchUrl", () => {
  it("keeps the state in the URL, encoded, and starts from page 1 when anything changes", () => {
    expect(searchUrl(base)).toBe("/search?q=%D0%9B%D0%B0%D0%BD%D0%B4%D0%B0%D1%83+%26+%D0%A0%D1%83%D0%B1%D0%B8%D0%BE&official=christopher-landau");
    expect(searchUrl(base, { page: 2, sort: "date" })).toContain("sort=date&page=2");
  });

  it("adds and removes facet values", () => {
    expect(searchUrl(base, toggleFacet(base, "official", "christopher-landau"))).not.toContain("official=");
    expect(searchUrl(base, toggleFacet(base, "topic", "energy"))).toContain("topic=energy");
    const withYear = { ...base, ...toggleFacet(base, "year", "2026") };
    expect(searchUrl(withYear)).toContain("year=2026");
    expect(searchUrl(withYear, toggleFacet(withYear, "year", "2026"))).not.toContain("year=");
  });
});

describe("searchFeedUrl", () => {
  it("carries the query and filters, not the order or page, and asks for English on the English edition", () => {
    const sorted = { ...base, sort: "date" as const };
    expect(searchFeedUrl(sorted, "ru")).toBe(`/search/feed.xml?${searchUrl(base).split("?")[1]}`);
    expect(searchFeedUrl(sorted, "en")).toMatch(/^\/search\/feed\.xml\?q=.*&official=christopher-landau&lang=en$/);
  });
});
