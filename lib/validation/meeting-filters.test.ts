import { describe, expect, it } from "vitest";
import { meetingFiltersSchema } from "./meeting-filters";
import { parameterIssues, queryRecord } from "./url-params";

const parse = (query: string) => meetingFiltersSchema.safeParse(queryRecord(new URLSearchParams(query)));

describe("meeting filters from the URL", () => {
  it("reads repeated and comma-separated values as lists without duplicates", () => {
    const result = parse("official=ermek-kosherbayev&official=christopher-landau&kind=talks,visit&kind=talks&country=kz");
    expect(result.success && result.data).toEqual({
      official: ["ermek-kosherbayev", "christopher-landau"],
      kind: ["talks", "visit"],
      country: ["KZ"],
    });
  });

  it("widens partial dates to the whole year or month", () => {
    expect(parse("from=2025&to=2026-02").data).toMatchObject({ from: "2025-01-01", to: "2026-02-28" });
    expect(parse("from=2024-02&to=2024-02").data).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(parse("from=2026-02-05").data).toMatchObject({ from: "2026-02-05" });
  });

  it("treats empty parameters (an untouched form field) as absent", () => {
    expect(parse("official=&status=&from=").data).toEqual({});
  });

  it("names the parameter and the problem when a value is wrong", () => {
    const cases: [string, string][] = [
      ["kind=lunch", "kind"],
      ["status=maybe", "status"],
      ["from=05.02.2026", "from"],
      ["to=2026-02-30", "to"],
      ["official=Ермек", "official"],
      ["country=KAZ", "country"],
      ["from=2026&to=2025", "from"],
    ];
    for (const [query, parameter] of cases) {
      const result = parse(query);
      expect(result.success, query).toBe(false);
      if (!result.success) expect(parameterIssues(result.error)[0]?.parameter, query).toBe(parameter);
    }
  });
});
