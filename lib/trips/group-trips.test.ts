import { describe, expect, it } from "vitest";
import { groupTrips, parseTripKey, type TripLeg } from "./group-trips";

const leg = (meetingId: number, date: string, travellers: number[], over: Partial<TripLeg> = {}): TripLeg => ({
  meetingId,
  date,
  destination: "US",
  side: "KZ",
  travellers,
  ...over,
});

describe("groupTrips", () => {
  it("joins one side's meetings in one country on near dates that share a traveller", () => {
    const trips = groupTrips([leg(3, "2026-02-05", [1]), leg(1, "2026-02-05", [1, 2]), leg(7, "2026-02-07", [2])]);
    expect(trips).toEqual([{ key: "1-kz", side: "KZ", destination: "US", from: "2026-02-05", to: "2026-02-07", meetingIds: [1, 3, 7], travellers: [1, 2] }]);
  });

  it("chains meetings each within two days of the last into one trip", () => {
    const trips = groupTrips([leg(1, "2026-03-01", [1]), leg(2, "2026-03-03", [1]), leg(3, "2026-03-05", [1])]);
    expect(trips.map((t) => [t.from, t.to, t.meetingIds])).toEqual([["2026-03-01", "2026-03-05", [1, 2, 3]]]);
  });

  it("splits at a gap of more than two days", () => {
    const trips = groupTrips([leg(1, "2026-03-01", [1]), leg(2, "2026-03-02", [1]), leg(3, "2026-03-05", [1]), leg(4, "2026-03-06", [1])]);
    expect(trips.map((t) => t.meetingIds)).toEqual([[1, 2], [3, 4]]);
  });

  it("keeps apart officials who share no meeting, other countries and other sides", () => {
    expect(groupTrips([leg(1, "2026-03-01", [1]), leg(2, "2026-03-01", [2])])).toEqual([]);
    expect(groupTrips([leg(1, "2026-03-01", [1]), leg(2, "2026-03-01", [1], { destination: "CH" })])).toEqual([]);
    expect(groupTrips([leg(1, "2026-03-01", [1]), leg(2, "2026-03-01", [1], { side: "US", destination: "KZ" })])).toEqual([]);
  });

  it("is no trip when the one meeting is seen twice, or at home", () => {
    expect(groupTrips([leg(1, "2026-03-01", [1]), leg(1, "2026-03-01", [1])])).toEqual([]);
    expect(groupTrips([leg(1, "2026-03-01", [1], { destination: "KZ" }), leg(2, "2026-03-01", [1], { destination: "KZ" })])).toEqual([]);
  });

  it("lets a meeting in a third country belong to each side's trip", () => {
    const geneva = { destination: "CH" };
    const trips = groupTrips([
      leg(1, "2026-03-01", [1], geneva),
      leg(2, "2026-03-02", [1], geneva),
      leg(2, "2026-03-02", [9], { ...geneva, side: "US" }),
      leg(3, "2026-03-02", [9], { ...geneva, side: "US" }),
    ]);
    expect(trips.map((t) => t.key)).toEqual(["1-kz", "2-us"]);
  });
});

describe("parseTripKey", () => {
  it("reads a meeting id and a side, and nothing else", () => {
    expect(parseTripKey("12-kz")).toEqual({ meetingId: 12, side: "KZ" });
    for (const bad of ["12", "0-kz", "012-kz", "12-KZ", "12-kaz", "99999999999-kz", "x-kz"]) expect(parseTripKey(bad), bad).toBeNull();
  });
});
