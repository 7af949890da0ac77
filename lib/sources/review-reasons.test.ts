import { expect, it } from "vitest";
import type { Extraction, MeetingFull, OfficialFull } from "@/lib/importer/types";
import { reviewReasons } from "./review-reasons";

const official = (name: string): OfficialFull => ({ name, nameLatin: null, country: null, forms: [], positions: [], sentences: [] });
const meeting = (m: Partial<MeetingFull>): MeetingFull => ({
  kind: "meeting", status: "held", date: "2026-02-05", datePrecision: "day", dateSource: "header", place: null,
  participants: [{ name: "Ермек Кошербаев", position: null, country: "KZ" }], topics: [], summary: null, evidence: [], ...m,
});
const extraction = (officials: OfficialFull[], meetings: MeetingFull[]) => ({ officials, meetings }) as unknown as Extraction;
const lexicon = new Set(["Ермек Кошербаев", "Кристофер Ландау"]);
const known = (name: string) => lexicon.has(name);

it("has no doubt about a held meeting of known officials", () => {
  expect(reviewReasons(extraction([official("Ермек Кошербаев")], [meeting({})]), known)).toEqual([]);
});

it("doubts a story where no meeting has participants", () => {
  expect(reviewReasons(extraction([official("Ермек Кошербаев")], []), known)).toEqual(["no-participants"]);
  expect(reviewReasons(extraction([official("Ермек Кошербаев")], [meeting({ participants: [] })]), known)).toEqual(["no-participants"]);
});

it("doubts officials neither the lexicon nor the archive knows, and a planned event with no date", () => {
  const x = extraction([official("Ермек Кошербаев"), official("Иван Неизвестный")], [meeting({}), meeting({ status: "planned", date: null })]);
  expect(reviewReasons(x, known)).toEqual(["unknown-officials", "planned-undated"]);
});
