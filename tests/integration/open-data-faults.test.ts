import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as allCalendar from "../../app/calendar.ics/route";
import * as csvRoute from "../../app/export/meetings.csv/route";
import * as jsonRoute from "../../app/export/meetings.json/route";
import { createDb, getDb, type Db } from "../../lib/db";
import { callRoute } from "../support/call-route";
import { resetDatabase } from "../support/reset-database";

/**
 * Downloads when PostgreSQL is gone: before it answers (no 200 with an empty file) and between two
 * batches (the body errors instead of ending as if complete). "Gone" is a real client pointed at a port
 * nothing listens on, put where the app looks for its client.
 */
const holder = globalThis as unknown as { chronicleDb?: Db };
let db: Db;
let live: Db;
const dead = createDb("postgresql://postgres@127.0.0.1:9/chronicle_gone");
const downloads = [
  ["/export/meetings.csv", csvRoute.GET],
  ["/export/meetings.json", jsonRoute.GET],
  ["/calendar.ics", allCalendar.GET],
] as const;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await resetDatabase(db);
  // More than one batch (1,000 rows), so a download reads the database again after its first chunk.
  await db.$executeRaw`
    INSERT INTO "Meeting" (kind, status, date, "datePrecision", "updatedAt")
    SELECT 'call', 'held', DATE '2020-01-01' + n, 'day', now() FROM generate_series(1, 1500) AS n`;
  live = getDb();
});
afterEach(() => {
  holder.chronicleDb = live;
});
afterAll(async () => {
  await resetDatabase(db);
  await db.$disconnect();
  await dead.$disconnect();
});

function loggedErrors(): string {
  const spy = vi.mocked(console.error);
  const lines = spy.mock.calls.map((args) => args.map(String).join(" ")).join("\n");
  spy.mockClear();
  return lines;
}

describe("downloads with the database down", () => {
  it.each(downloads)("%s answers an error status, not a 200 with an empty file", async (path, GET) => {
    holder.chronicleDb = dead;
    const response = await callRoute(GET, path);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await response.json()).error.message).toMatch(/could not answer/);
    expect(loggedErrors()).toContain(path);
  });

  it.each(downloads)("%s is cut (the body errors) when the database goes away between batches", async (path, GET) => {
    const response = await callRoute(GET, path);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    holder.chronicleDb = dead;
    const rest = (async () => {
      for (;;) if ((await reader.read()).done) return "ended cleanly";
    })();
    await expect(rest).rejects.toThrow();
    expect(loggedErrors()).toContain("failed mid-stream");
  });

  it("a complete download still ends with its closing line", async () => {
    const ics = await (await callRoute(allCalendar.GET, "/calendar.ics")).text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1500);
  });
});
