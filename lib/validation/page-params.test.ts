import { describe, expect, it } from "vitest";
import { firstParam, nameFilterSchema, pageNumberSchema, pagesInQuery, pageWithin, slugSchema } from "./page-params";

describe("page parameters", () => {
  it("accepts slugs the database can hold and nothing else", () => {
    expect(slugSchema.safeParse("yermek-kosherbayev").success).toBe(true);
    for (const bad of ["", "Yermek", "a--b", "-a", "a-", "кошербаев", "a/b", "a".repeat(201)]) {
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("reads page numbers leniently: anything unreadable or out of range is page 1", () => {
    expect(pageNumberSchema.parse("3")).toBe(3);
    for (const bad of [undefined, "", "0", "-2", "1.5", "abc", "99999999"]) expect(pageNumberSchema.parse(bad), String(bad)).toBe(1);
  });

  it("normalises the name filter and treats blanks as no filter", () => {
    expect(nameFilterSchema.parse("  Ермек   Кошербаев ")).toBe("Ермек Кошербаев");
    expect(nameFilterSchema.parse("   ")).toBeUndefined();
    expect(nameFilterSchema.parse(undefined)).toBeUndefined();
    expect(nameFilterSchema.parse("x".repeat(300))).toHaveLength(100);
  });

  it("takes the first of repeated query parameters", () => {
    expect(firstParam(["2", "3"])).toBe("2");
    expect(firstParam("4")).toBe("4");
    expect(firstParam(undefined)).toBeUndefined();
  });

  it("brings a requested page within the pages there are", () => {
    expect(pageWithin(1, 0, 20)).toEqual({ page: 1, pages: 1 });
    expect(pageWithin(2, 40, 20)).toEqual({ page: 2, pages: 2 });
    expect(pageWithin(3, 41, 20)).toEqual({ page: 3, pages: 3 });
    expect(pageWithin(9, 41, 20)).toEqual({ page: 3, pages: 3 });
  });

  it("keeps only the lists that are past their first page in the query", () => {
    expect(pagesInQuery({ meetings: 1, articles: 3 })).toEqual({ articles: "3" });
    expect(pagesInQuery({ meetings: 1 })).toEqual({});
  });
});
