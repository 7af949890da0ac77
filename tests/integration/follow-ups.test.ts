import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import type { DatePrecision, MeetingKind, MeetingStatus } from "../../lib/generated/prisma/enums";
import { loadMeetingList } from "../../lib/api/load/meetings";
import { getMeeting } from "../../lib/queries/meetings/get-meeting";
import { listMeetings } from "../../lib/queries/meetings/list-meetings";
import { resetDatabase } from "../support/reset-database";

let db: Db;
const ids: Record<string, number> = {};

async function official(key: string) {
  const o = await db.official.create({ data: { slug: key, nameRu: `Лицо ${key}`, matchKey: key, surname: key } });
  return o.id;
}

async function meeting(key: string, kind: MeetingKind, status: MeetingStatus, date: string | null, precision: DatePrecision | null, people: number[]) {
  const m = await db.meeting.create({
    data: {
      kind,
      status,
      date: date ? new Date(date) : null,
      datePrecision: precision,
      participants: { create: people.map((officialId) => ({ officialId })) },
    },
  });
  ids[key] = m.id;
  return m.id;
}

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await resetDatabase(db);
  const [a, b, c, d, e, f] = await Promise.all(["a", "b", "c", "d", "e", "f"].map(official));
  // A visit announced for March 2025 (month precision); talks with one of its people on the 20th and a
  // meeting on the 25th: the nearer one confirms it.
  await meeting("visitPlanned", "visit", "planned", "2025-03-01", "month", [a!, b!]);
  await meeting("talksHeld", "talks", "held", "2025-03-20", "day", [a!, c!]);
  await meeting("laterHeld", "meeting", "held", "2025-03-25", "day", [a!]);
  // A planned call followed by an in-person meeting: another kind of event, so unconfirmed.
  await meeting("callPlanned", "call", "planned", "2025-06-10", "day", [d!]);
  await meeting("meetingAfterCall", "meeting", "held", "2025-06-11", "day", [d!]);
  // A month too late: beyond the 14-day window.
  await meeting("planned31", "meeting", "planned", "2025-01-10", "day", [e!]);
  await meeting("held31", "meeting", "held", "2025-02-10", "day", [e!]);
  // Announced for 2023 (year precision) and held on 12 January 2024: 376 days later, within the year and its 14 days.
  await meeting("yearPlanned", "visit", "planned", "2023-01-01", "year", [f!]);
  await meeting("yearHeld", "talks", "held", "2024-01-12", "day", [f!]);
  // Still ahead, and undated: neither can be overdue.
  await meeting("future", "visit", "planned", "2999-01-01", "year", [e!]);
  await meeting("undated", "visit", "planned", null, null, [e!]);
  const article = await db.article.create({
    data: { slug: "anons", title: "Анонс визита", body: "…", rawText: "…", contentHash: "f".repeat(64), publishedOn: new Date("2025-02-01") },
  });
  await db.meetingSource.create({ data: { meetingId: ids.visitPlanned!, articleId: article.id } });
  // A meeting held on 18 April, and a visit «this autumn» first told in the story of it, the next day: the
  // plan came after the meeting, so it announced nothing.
  const g = await official("g");
  await meeting("toldAfterHeld", "meeting", "held", "2025-04-18", "day", [g]);
  await meeting("plannedAfter", "visit", "planned", "2025-01-01", "year", [g]);
  const story = await db.article.create({
    data: { slug: "posle", title: "После встречи", body: "…", rawText: "…", contentHash: "e".repeat(64), publishedOn: new Date("2025-04-19") },
  });
  for (const key of ["toldAfterHeld", "plannedAfter"]) await db.meetingSource.create({ data: { meetingId: ids[key]!, articleId: story.id } });
});
afterAll(() => db.$disconnect());

describe("planned meetings paired with the held ones (chronicle_follow_ups)", () => {
  it("each timeline row says which held meeting confirmed a planned one, and which planned ones a held one fulfilled", async () => {
    const { entries } = await listMeetings({}, { pageSize: 100 });
    const byId = new Map(entries.map((e) => [e.id, e]));
    const row = (key: string) => byId.get(ids[key]!)!;
    expect(row("visitPlanned").heldAs).toEqual({ id: ids.talksHeld, date: "2025-03-20", datePrecision: "day" });
    expect(row("visitPlanned").unconfirmed).toBe(false);
    expect(row("talksHeld").announcedAs).toEqual([{ id: ids.visitPlanned, date: "2025-03-01", datePrecision: "month" }]);
    expect(row("laterHeld").announcedAs).toEqual([]);
    for (const key of ["callPlanned", "planned31"]) expect([key, row(key).heldAs, row(key).unconfirmed]).toEqual([key, null, true]);
    for (const key of ["future", "undated", "talksHeld"]) expect([key, row(key).unconfirmed]).toEqual([key, false]);
  });

  it("does not take a plan first reported after a held meeting for its announcement", async () => {
    expect((await getMeeting(ids.toldAfterHeld!))?.announcements).toEqual([]);
    expect((await getMeeting(ids.plannedAfter!))?.heldAs).toBeNull();
  });

  it("asked about one held meeting alone, it still finds the planned one (both directions agree)", async () => {
    const held = await getMeeting(ids.talksHeld!);
    expect(held?.announcements).toEqual([
      { id: ids.visitPlanned, date: "2025-03-01", datePrecision: "month", articles: [{ slug: "anons", title: "Анонс визита", publishedOn: "2025-02-01" }] },
    ]);
    const planned = await getMeeting(ids.visitPlanned!);
    expect(planned?.heldAs?.id).toBe(ids.talksHeld);
    expect((await getMeeting(ids.yearHeld!))?.announcements.map((a) => a.id)).toEqual([ids.yearPlanned]);
  });

  it("the API carries the link with its URL and the flag", async () => {
    const { data } = await loadMeetingList({
      query: { order: "desc", page: 1, pageSize: 100, status: "planned" },
      origin: "https://chronicle.test",
    });
    const visit = data.find((m) => m.id === ids.visitPlanned);
    expect(visit?.heldAs).toEqual({ id: ids.talksHeld, url: `https://chronicle.test/meetings/${ids.talksHeld}`, date: "2025-03-20", datePrecision: "day" });
    expect(data.find((m) => m.id === ids.callPlanned)?.unconfirmed).toBe(true);
  });
});
