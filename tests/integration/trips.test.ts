import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { tripSummaries } from "../../lib/queries/trips/trip-summaries";
import { tripsOfMeetings } from "../../lib/queries/trips/trips-of-meetings";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let seedHeld: number[];
let kosherbayev: number;
let washington: number;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  // The seeds: Kosherbayev's four meetings in Washington on 5 February 2026, and a planned visit.
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
  seedHeld = (await db.meeting.findMany({ where: { status: "held" }, select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
  kosherbayev = (await db.official.findUniqueOrThrow({ where: { slug: "yermek-kosherbayev" }, select: { id: true } })).id;
  washington = (await db.place.findUniqueOrThrow({ where: { nameRu: "Вашингтон" }, select: { id: true } })).id;
});
afterAll(() => db.$disconnect());

/** A meeting as lists pass it: its id and date. */
async function withDate(id: number): Promise<{ id: number; date: string | null }> {
  const { date } = await db.meeting.findUniqueOrThrow({ where: { id }, select: { date: true } });
  return { id, date: date ? date.toISOString().slice(0, 10) : null };
}

/** A held meeting of Kosherbayev's in Washington on the given day. */
async function meetingOn(date: string): Promise<number> {
  const m = await db.meeting.create({
    data: { kind: "meeting", status: "held", date: new Date(date), datePrecision: "day", placeId: washington, participants: { create: [{ officialId: kosherbayev, countryCode: "KZ" }] } },
    select: { id: true },
  });
  return m.id;
}

describe("trips", () => {
  it("make the seeds' meetings in Washington one Kazakh trip, the same whichever meeting asks", async () => {
    expect(seedHeld).toHaveLength(4);
    for (const id of seedHeld) {
      const trips = await tripsOfMeetings([await withDate(id)]);
      expect(trips).toEqual([
        { key: `${seedHeld[0]}-kz`, side: "KZ", destination: "US", from: "2026-02-05", to: "2026-02-05", meetingIds: seedHeld, travellers: [kosherbayev] },
      ]);
    }
  });

  it("chain a meeting two days later and leave out one after a longer gap, and the planned visit", async () => {
    const later = await meetingOn("2026-02-07");
    const apart = await meetingOn("2026-02-10");
    try {
      const [trip] = await tripsOfMeetings([await withDate(later)]);
      expect(trip?.key).toBe(`${seedHeld[0]}-kz`);
      expect(trip?.meetingIds).toEqual([...seedHeld, later]);
      expect(trip?.to).toBe("2026-02-07");
      expect(await tripsOfMeetings([await withDate(apart)])).toEqual([]);
      const planned = await db.meeting.findFirstOrThrow({ where: { status: "planned" }, select: { id: true } });
      expect(await tripsOfMeetings([await withDate(planned.id)])).toEqual([]);
    } finally {
      await db.meeting.deleteMany({ where: { id: { in: [later, apart] } } });
    }
  });

  it("name their travellers for the timeline", async () => {
    const [summary] = await tripSummaries([await withDate(seedHeld[0] as number)]);
    expect(summary?.travellers).toEqual([{ slug: "yermek-kosherbayev", nameRu: "Ермек Кошербаев", nameLatin: "Yermek Kosherbayev" }]);
  });
});
