import { describe, expect, it } from "vitest";
import { meetingFiltersSchema } from "@/lib/validation/meeting-filters";
import { activeFilters, monthRange, timelineHref, withFilters, type TimelineQuery } from "./timeline-query";

const base: TimelineQuery = { filters: {}, order: "desc", page: 1 };

describe("timelineHref", () => {
  it("leaves defaults out and repeats list parameters", () => {
    expect(timelineHref(base)).toBe("/");
    expect(timelineHref({ filters: { kind: ["talks", "visit"], status: "held", from: "2026-02-01" }, order: "asc", page: 3 })).toBe(
      "/?kind=talks&kind=visit&status=held&from=2026-02-01&order=asc&page=3",
    );
  });

  it("round-trips through the URL schema", () => {
    const filters = meetingFiltersSchema.parse({ official: ["a-b", "c"], topic: "g20", country: "KZ", to: "2026-03-31" });
    const href = timelineHref({ ...base, filters });
    const params = new URL(href, "http://x").searchParams;
    const record = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)]));
    expect(meetingFiltersSchema.parse(record)).toEqual(filters);
  });

  it("a changed filter goes back to page 1", () => {
    expect(withFilters({ ...base, page: 4 }, { status: "planned" })).toBe("/?status=planned");
  });
});

describe("activeFilters", () => {
  it("offers each value alone for removal, and the date range as one", () => {
    const query: TimelineQuery = { filters: { official: ["a", "b"], from: "2026-01-01", to: "2026-01-31" }, order: "asc", page: 2 };
    expect(activeFilters(query).map((f) => [f.key, f.href])).toEqual([
      ["official", "/?official=b&from=2026-01-01&to=2026-01-31&order=asc"],
      ["official", "/?official=a&from=2026-01-01&to=2026-01-31&order=asc"],
      ["from", "/?official=a&official=b&order=asc"],
    ]);
  });
});

describe("monthRange", () => {
  it("ends on the month's last day", () => {
    expect(monthRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });
});
