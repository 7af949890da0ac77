import { describe, expect, it } from "vitest";
import { sameMeeting, type MeetingShape } from "./same-meeting";

const base: MeetingShape = {
  kind: "meeting",
  status: "held",
  date: "2026-02-05",
  datePrecision: "day",
  place: "Вашингтон",
  participants: ["кошербаев ермек", "ландау кристофер"],
};

describe("sameMeeting", () => {
  it("joins two outlets' reports of one meeting, even when one calls it talks and dates it a day later", () => {
    expect(sameMeeting(base, { ...base, kind: "talks", date: "2026-02-06" })).toBe(true);
  });

  it("joins when one report names an extra participant", () => {
    expect(sameMeeting(base, { ...base, participants: [...base.participants, "рубио марко"] })).toBe(true);
  });

  it("joins when one report does not know the place", () => {
    expect(sameMeeting(base, { ...base, place: null })).toBe(true);
  });

  it("keeps apart meetings of the same people on different days, places, kinds or statuses", () => {
    expect(sameMeeting(base, { ...base, date: "2026-02-09" })).toBe(false);
    expect(sameMeeting(base, { ...base, place: "Астана" })).toBe(false);
    expect(sameMeeting(base, { ...base, kind: "call" })).toBe(false);
    expect(sameMeeting(base, { ...base, status: "planned" })).toBe(false);
  });

  it("keeps apart one minister's meetings with different counterparts on the same day", () => {
    expect(sameMeeting(base, { ...base, participants: ["кошербаев ермек", "маст брайан"] })).toBe(false);
  });

  it("joins a conference report naming two of its six participants, but not a bilateral meeting so reported", () => {
    const six = ["кошербаев", "ландау", "саидов", "кулубаев", "мухриддин", "мередов"];
    const conference: MeetingShape = { ...base, kind: "conference", place: "Астана", participants: six };
    expect(sameMeeting(conference, { ...conference, participants: ["кошербаев", "ландау"] })).toBe(true);
    expect(sameMeeting(conference, { ...conference, participants: ["кошербаев", "блинкен", "лэмми"] })).toBe(false);
    expect(sameMeeting({ ...conference, kind: "meeting" }, { ...conference, kind: "meeting", participants: ["кошербаев", "ландау"] })).toBe(false);
  });

  it("compares at the coarser precision when one date is only a month", () => {
    const planned: MeetingShape = { ...base, kind: "visit", status: "planned", date: "2026-03-01", datePrecision: "month", place: "Казахстан", participants: [] };
    expect(sameMeeting(planned, { ...planned, date: "2026-03-17", datePrecision: "day" })).toBe(true);
    expect(sameMeeting(planned, { ...planned, date: "2026-04-01" })).toBe(false);
  });

  it("never joins on an unknown date unless everything else is exact", () => {
    expect(sameMeeting({ ...base, date: null, datePrecision: null }, { ...base, date: null, datePrecision: null })).toBe(true);
    expect(sameMeeting({ ...base, date: null, datePrecision: null }, base)).toBe(false);
  });

  it("never joins participant-less reports without a shared place", () => {
    const anon: MeetingShape = { ...base, participants: [], place: null };
    expect(sameMeeting(anon, anon)).toBe(false);
  });
});
