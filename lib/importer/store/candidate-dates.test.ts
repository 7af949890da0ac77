import { describe, expect, it } from "vitest";
import type { DatePrecision } from "@/lib/importer/types";
import { candidateDates } from "./candidate-dates";
import { sameMeeting, type MeetingShape } from "./same-meeting";

const base: MeetingShape = { kind: "meeting", status: "held", date: null, datePrecision: null, place: "Астана", participants: ["a b"] };
const precisions: DatePrecision[] = ["day", "month", "year"];

/** A stored date as the writer keeps it: coarse dates on the first of their month or year. */
function stored(day: string, precision: DatePrecision): string {
  return precision === "year" ? `${day.slice(0, 4)}-01-01` : precision === "month" ? `${day.slice(0, 7)}-01` : day;
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

describe("candidateDates", () => {
  it("contains every stored date sameMeeting accepts, for every pair of precisions", () => {
    const inputs = ["2025-12-31", "2026-01-01", "2026-02-28", "2024-02-29", "2026-03-01", "2026-07-15"];
    const storedDays = everyDay("2023-12-01", "2027-01-31");
    for (const input of inputs) {
      for (const p of precisions) {
        const report = { ...base, date: stored(input, p), datePrecision: p };
        const dates = new Set(candidateDates(report.date, p));
        for (const day of storedDays) {
          for (const q of precisions) {
            const row = { ...base, date: stored(day, q), datePrecision: q };
            if (sameMeeting(report, row)) expect(dates.has(row.date), `${report.date}/${p} ~ ${row.date}/${q}`).toBe(true);
          }
        }
      }
    }
  });

  it("stays narrow: a day looks at three days, its month and its year", () => {
    expect(candidateDates("2026-03-01", "day")).toEqual(["2026-02-28", "2026-03-01", "2026-03-02", "2026-01-01"]);
    expect(candidateDates("2026-02-01", "month")).toHaveLength(29);
    expect(candidateDates("2024-01-01", "year")).toHaveLength(366);
  });

  it("rejects an impossible date instead of querying garbage", () => {
    expect(() => candidateDates("2026-13-45", "day")).toThrow(RangeError);
  });
});
