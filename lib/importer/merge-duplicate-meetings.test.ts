import { describe, expect, it } from "vitest";
import { mergeDuplicateMeetings } from "./merge-duplicate-meetings";
import type { MeetingFull } from "./types";

function meeting(sentence: number, over: Partial<MeetingFull> = {}): MeetingFull {
  return {
    kind: "talks",
    status: "held",
    date: "2026-02-05",
    datePrecision: "day",
    dateSource: "explicit",
    place: "Вашингтон",
    participants: [
      { name: "Ермек Кошербаев", position: "Министр иностранных дел Казахстана", country: "KZ" },
      { name: "Кристофер Ландау", position: null, country: "US" },
    ],
    topics: ["critical-minerals"],
    summary: null,
    evidence: [{ fact: "kind", sentence }],
    ...over,
  };
}

describe("mergeDuplicateMeetings", () => {
  it("makes one meeting of 1,001 identical ones, with every sentence as its evidence", () => {
    const merged = mergeDuplicateMeetings(Array.from({ length: 1001 }, (_, i) => meeting(i, i === 7 ? { topics: ["energy"] } : {})));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.evidence.map((e) => e.sentence)).toEqual(Array.from({ length: 1001 }, (_, i) => i));
    expect(merged[0]!.topics).toEqual(["critical-minerals", "energy"]);
  });

  it("keeps meetings apart that differ in kind, status, date, place or participants; participant order does not matter", () => {
    const base = meeting(0);
    const others = [
      meeting(1, { kind: "call" }),
      meeting(2, { status: "planned" }),
      meeting(3, { date: "2026-02-06" }),
      meeting(4, { place: "Астана" }),
      meeting(5, { participants: base.participants.slice(0, 1) }),
    ];
    const reordered = meeting(6, { participants: [...base.participants].reverse() });
    const merged = mergeDuplicateMeetings([base, ...others, reordered]);
    expect(merged).toHaveLength(6);
    expect(merged[0]!.evidence.map((e) => e.sentence)).toEqual([0, 6]);
  });

  it("does not repeat an evidence reference both copies carry, nor change its input", () => {
    const a = meeting(0);
    const merged = mergeDuplicateMeetings([a, meeting(0)]);
    expect(merged[0]!.evidence).toEqual([{ fact: "kind", sentence: 0 }]);
    expect(a.evidence).toHaveLength(1);
  });
});
