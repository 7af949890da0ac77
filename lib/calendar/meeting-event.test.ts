import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { MeetingSummary } from "@/lib/api/schemas/meeting";
import { messages } from "@/lib/i18n/messages";
import { meetingEvent } from "./meeting-event";

const base: MeetingSummary = {
  id: 1,
  url: "https://chronicle.example/meetings/1",
  kind: "talks",
  status: "held",
  date: "2026-02-05",
  datePrecision: "day",
  place: { nameRu: "Вашингтон", nameEn: "Washington" },
  participants: [
    { slug: "yermek-kosherbayev", nameRu: "Ермек Кошербаев", nameLatin: "Yermek Kosherbayev", position: "министр иностранных дел Казахстана", country: "KZ" },
    { slug: "christopher-landau", nameRu: "Кристофер Ландау", nameLatin: "Christopher Landau", position: "первый заместитель госсекретаря США", country: "US" },
  ],
  topics: [{ slug: "c5-plus-1", labelRu: "Формат C5+1, G20", labelEn: "C5+1, G20" }],
  sourceCount: 2,
  sourceUrls: [],
  heldAs: null,
  announcedAs: [],
  unconfirmed: false,
};

function parse(events: (string | null)[]) {
  const text = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//RU\r\n${events.join("")}END:VCALENDAR\r\n`;
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

const context = { host: "chronicle.example", locale: "ru" as const, t: messages.ru, stamp: new Date("2026-11-01T12:00:00Z") };

describe("meetings as calendar events", () => {
  it("a day-precision meeting is an all-day event on that day", () => {
    const [event] = parse([meetingEvent(base, context)]);
    expect(event!.uid).toBe("meeting-1@chronicle.example");
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe("2026-02-05");
    expect(event!.endDate.toString()).toBe("2026-02-06");
    expect(event!.summary).toBe("Переговоры: Ермек Кошербаев — Кристофер Ландау");
    expect(event!.location).toBe("Вашингтон");
    expect(event!.description).toContain("Кристофер Ландау, первый заместитель госсекретаря США (US)");
    expect(event!.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    // The escaped comma inside a topic label stays inside that category.
    expect(event!.component.getFirstProperty("categories")!.getValues()).toEqual(["переговоры", "Формат C5+1, G20"]);
    expect(event!.component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-01T12:00:00Z");
  });

  it("a planned meeting is tentative and says so in its title; a month-precision one spans the month", () => {
    const [event] = parse([meetingEvent({ ...base, id: 5, status: "planned", kind: "visit", date: "2026-03-01", datePrecision: "month", participants: [] }, context)]);
    expect(event!.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
    expect(event!.summary).toBe("[запланирована] Визит: Вашингтон (день не известен: март 2026 г.)");
    expect(event!.startDate.toString()).toBe("2026-03-01");
    expect(event!.endDate.toString()).toBe("2026-04-01");
  });

  it("links a plan and the meeting that came of it both ways, and says when a plan went unconfirmed", () => {
    const held = { id: 9, url: "https://chronicle.example/meetings/9", date: "2026-03-12", datePrecision: "day" as const };
    const [planned] = parse([meetingEvent({ ...base, status: "planned", heldAs: held }, context)]);
    expect(planned!.description).toContain("Объявленное состоялось: 12 марта 2026 г.: https://chronicle.example/meetings/9");
    const [confirmed] = parse([meetingEvent({ ...base, announcedAs: [{ ...held, id: 3, url: "https://chronicle.example/meetings/3", date: "2026-03-01", datePrecision: "month" }] }, context)]);
    expect(confirmed!.description).toContain("Объявлено заранее:\nмарт 2026 г.: https://chronicle.example/meetings/3");
    const [lapsed] = parse([meetingEvent({ ...base, status: "planned", unconfirmed: true }, { ...context, locale: "en", t: messages.en })]);
    expect(lapsed!.description).toContain("Its date has passed and the archive has no report of it taking place.");
  });

  it("English names and labels with lang=en; year-precision and undated meetings are left out", () => {
    const [event] = parse([meetingEvent(base, { ...context, locale: "en", t: messages.en })]);
    expect(event!.summary).toBe("Talks: Yermek Kosherbayev — Christopher Landau");
    expect(meetingEvent({ ...base, date: "2026-01-01", datePrecision: "year" }, context)).toBeNull();
    expect(meetingEvent({ ...base, date: null, datePrecision: null }, context)).toBeNull();
  });
});
