import { describe, expect, it } from "vitest";
import type { DatePrecision, MeetingKind } from "@/lib/importer/types";
import { meetingLocks, mergeLocks, type MeetingLock } from "./meeting-locks";
import { sameMeeting, type MeetingShape } from "./same-meeting";

const conflict = (a: MeetingLock[], b: MeetingLock[]) => a.some((x) => b.some((y) => x.key === y.key && !(x.shared && y.shared)));
const who = (s: MeetingShape) => (s.participants.length ? s.participants : [`place:${s.place?.toLowerCase()}`]);

function shapes(): MeetingShape[] {
  const out: MeetingShape[] = [];
  const dates: [string | null, DatePrecision | null][] = [
    [null, null], ["2025-12-31", "day"], ["2026-01-01", "day"], ["2026-01-02", "day"], ["2026-01-31", "day"], ["2026-02-01", "day"],
    ["2026-01-01", "month"], ["2026-02-01", "month"], ["2025-12-01", "month"], ["2026-01-01", "year"], ["2025-01-01", "year"],
  ];
  const kinds: MeetingKind[] = ["meeting", "talks", "call"];
  const people = [["a"], ["a", "b"], ["b", "c"], []];
  for (const [date, datePrecision] of dates)
    for (const kind of kinds)
      for (const participants of people)
        for (const place of ["Астана", "астана", null])
          out.push({ kind, status: "held", date, datePrecision, place, participants });
  return out;
}

describe("meetingLocks", () => {
  it("makes any two reports sameMeeting joins take conflicting locks", () => {
    const all = shapes();
    for (const a of all)
      for (const b of all)
        if (sameMeeting(a, b)) expect(conflict(meetingLocks(a, who(a)), meetingLocks(b, who(b))), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(true);
  });

  it("lets unrelated meetings proceed side by side", () => {
    const a: MeetingShape = { kind: "meeting", status: "held", date: "2026-02-05", datePrecision: "day", place: null, participants: ["a"] };
    expect(conflict(meetingLocks(a, ["a"]), meetingLocks({ ...a, date: "2026-06-05" }, ["a"]))).toBe(false);
    expect(conflict(meetingLocks(a, ["a"]), meetingLocks(a, ["b"]))).toBe(false);
    expect(conflict(meetingLocks(a, ["a"]), meetingLocks({ ...a, kind: "call" }, ["a"]))).toBe(false);
  });

  it("merges to one lock per key, exclusive over shared, in a fixed order", () => {
    const merged = mergeLocks([{ key: 5, shared: true }, { key: 2, shared: true }, { key: 5, shared: false }]);
    expect(merged).toEqual([{ key: 2, shared: true }, { key: 5, shared: false }]);
  });
});
