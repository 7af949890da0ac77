import { describe, expect, it } from "vitest";
import { givenHref, viewHref } from "./view-href";

const query = { filters: { kind: ["talks" as const] }, order: "asc" as const, page: 2 };

describe("viewHref", () => {
  it("keeps order and page on the timeline only", () => {
    expect(viewHref("/", query)).toBe("/?kind=talks&order=asc&page=2");
    expect(viewHref("/network", query)).toBe("/network?kind=talks");
    expect(viewHref("/map", { filters: {}, order: "desc", page: 1 })).toBe("/map");
  });
});

describe("givenHref", () => {
  it("is the address as the form sent it", () => {
    expect(givenHref("/map", { kind: "talks", official: "" })).toBe("/map?kind=talks&official=");
    expect(givenHref("/", {})).toBe("/");
  });
});
