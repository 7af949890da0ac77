import { describe, expect, it } from "vitest";
import { readSearchParams, SEARCH_QUERY_MAX, searchParamsSchema } from "./search-params";
import { queryRecord } from "./url-params";

const parse = (query: string) => searchParamsSchema.safeParse(queryRecord(new URLSearchParams(query)));

describe("search parameters from the URL", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("").data).toEqual({ q: "", official: [], topic: [], sort: "relevance", page: 1 });
  });

  it("reads repeated filters as lists and the first of a repeated single value", () => {
    expect(parse("q=Ландау&q=Рубио&official=christopher-landau&official=marco-rubio&topic=energy&year=2026&year=2025&page=2").data).toEqual({
      q: "Ландау",
      official: ["christopher-landau", "marco-rubio"],
      topic: ["energy"],
      year: 2026,
      sort: "relevance",
      page: 2,
    });
  });

  it("treats empty values (untouched form fields) as absent", () => {
    expect(parse("q=&source=&year=&sort=&page=&official=").data).toEqual({ q: "", official: [], topic: [], sort: "relevance", page: 1 });
  });

  it("refuses what is not a filter value, naming the parameter", () => {
    for (const [query, parameter] of [
      ["official=Ландау", "official"],
      ["topic=a&topic=b&topic=c&topic=d&topic=e&topic=f", "topic"],
      ["year=1800", "year"],
      ["source=-1", "source"],
      ["sort=best", "sort"],
      ["page=501", "page"],
    ] as const) {
      const result = parse(query);
      expect(result.success, query).toBe(false);
      expect(result.error?.issues[0]?.path[0], query).toBe(parameter);
    }
  });

  it("keeps any text as a query, cut far beyond the parser's cap", () => {
    expect(parse(`q=${"а".repeat(1000)}`).data?.q).toHaveLength(SEARCH_QUERY_MAX * 2);
  });

  it("for the page, drops and names bad parameters instead of failing", () => {
    expect(readSearchParams({ q: "Ландау", page: "abc", year: "x", sort: "date" })).toEqual({
      params: { q: "Ландау", official: [], topic: [], sort: "date", page: 1 },
      ignored: ["year", "page"],
    });
  });
});
