import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { meetingPlaces } from "../../lib/queries/places/meeting-places";
import { resetDatabase } from "../support/reset-database";

let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
});
afterAll(() => db.$disconnect());

describe("meeting places", () => {
  it("count the seeds' meetings per place, follow the filters and count meetings with no place", async () => {
    expect(await meetingPlaces({})).toEqual({
      places: [
        { nameRu: "Вашингтон", nameEn: "Washington", meetings: 4, latest: "2026-02-05" },
        { nameRu: "Казахстан", nameEn: "Kazakhstan", meetings: 1, latest: "2026-03-01" },
      ],
      unplaced: 0,
    });
    expect((await meetingPlaces({ status: "planned" })).places.map((p) => p.nameRu)).toEqual(["Казахстан"]);
    const talks = await db.meeting.findFirstOrThrow({ where: { kind: "talks" }, select: { id: true, placeId: true } });
    await db.meeting.update({ where: { id: talks.id }, data: { placeId: null } });
    try {
      expect(await meetingPlaces({ kind: ["talks"] })).toEqual({ places: [], unplaced: 1 });
    } finally {
      await db.meeting.update({ where: { id: talks.id }, data: { placeId: talks.placeId } });
    }
  });
});
