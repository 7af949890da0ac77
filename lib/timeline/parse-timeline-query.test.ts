import { describe, expect, it } from "vitest";
import { parseTimelineQuery } from "./parse-timeline-query";

describe("parseTimelineQuery", () => {
  it("reads a valid query", () => {
    expect(parseTimelineQuery({ official: "yermek-kosherbayev", from: "2026-02", order: "asc", page: "2" })).toEqual({
      query: { filters: { official: ["yermek-kosherbayev"], from: "2026-02-01" }, order: "asc", page: 2 },
      issues: [],
    });
  });

  it("drops what it cannot read, keeps the rest and says which parameter and value", () => {
    const { query, issues } = parseTimelineQuery({ official: "Not A Slug", kind: "talks", status: "maybe", from: "2026-13", page: "-1" });
    expect(query).toEqual({ filters: { kind: ["talks"] }, order: "desc", page: 1 });
    expect(issues.map((i) => [i.parameter, i.value])).toEqual([
      ["official", "Not A Slug"],
      ["status", "maybe"],
      ["from", "2026-13"],
      ["page", "-1"],
    ]);
  });

  it("a range ending before it starts drops its start", () => {
    const { query, issues } = parseTimelineQuery({ from: "2026-03", to: "2026-01" });
    expect(query.filters).toEqual({ to: "2026-01-31" });
    expect(issues.map((i) => i.parameter)).toEqual(["from"]);
  });
});
