import { describe, expect, it } from "vitest";
import { tripRuns } from "./trip-runs";

const e = (id: number) => ({ id });
const trip = (key: string, meetingIds: number[]) => ({ key, meetingIds });

describe("tripRuns", () => {
  it("groups neighbours of one trip and leaves other meetings alone", () => {
    const a = trip("1-kz", [1, 2, 3]);
    expect(tripRuns([e(9), e(3), e(2), e(1), e(8)], [a])).toEqual([
      { trip: null, entries: [e(9)] },
      { trip: a, entries: [e(3), e(2), e(1)] },
      { trip: null, entries: [e(8)] },
    ]);
  });

  it("keeps the list's order: a trip interrupted by another meeting is two groups", () => {
    const a = trip("1-kz", [1, 2]);
    expect(tripRuns([e(1), e(5), e(2)], [a]).map((r) => [r.trip?.key ?? null, r.entries.map((x) => x.id)])).toEqual([
      ["1-kz", [1]],
      [null, [5]],
      ["1-kz", [2]],
    ]);
  });

  it("does not join two trips that follow each other", () => {
    expect(tripRuns([e(1), e(2)], [trip("1-kz", [1, 7]), trip("2-us", [2, 8])]).map((r) => r.trip?.key)).toEqual(["1-kz", "2-us"]);
  });
});
