import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { listMeetings } from "../../lib/queries/meetings/list-meetings";
import { meetingFiltersSchema } from "../../lib/validation/meeting-filters";
import { resetDatabase } from "../support/reset-database";

let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
});
afterAll(() => db.$disconnect());

async function matching(query: Record<string, string>) {
  const { entries, total } = await listMeetings(meetingFiltersSchema.parse(query), { pageSize: 1000 });
  expect(total).toBe(entries.length);
  return entries.map((m) => m.participants.map((p) => p.nameRu).sort());
}

describe("timeline filters on the seeds", () => {
  it("without filters returns every meeting", async () => {
    expect((await matching({})).length).toBe(await db.meeting.count());
  });

  it("several officials mean meetings where all of them took part", async () => {
    const slugOf = (nameRu: string) => db.official.findUniqueOrThrow({ where: { nameRu }, select: { slug: true } });
    const [kosherbayev, landau] = await Promise.all([slugOf("Ермек Кошербаев"), slugOf("Кристофер Ландау")]);
    const both = await matching({ official: `${kosherbayev.slug},${landau.slug}` });
    expect(both).toEqual([["Ермек Кошербаев", "Кристофер Ландау"]]);
    expect((await matching({ official: kosherbayev.slug })).length).toBeGreaterThan(both.length);
  });

  it("pages through the newest first, or the oldest first", async () => {
    const all = await listMeetings({}, { pageSize: 1000 });
    const first = await listMeetings({}, { pageSize: 2, page: 1 });
    const second = await listMeetings({}, { pageSize: 2, page: 2 });
    expect([...first.entries, ...second.entries].map((m) => m.id)).toEqual(all.entries.slice(0, 4).map((m) => m.id));
    const oldest = await listMeetings({}, { order: "asc", pageSize: 1000 });
    const dated = (entries: typeof all.entries) => entries.filter((m) => m.date).map((m) => m.id);
    expect(dated(oldest.entries)).toEqual(dated(all.entries).reverse());
  });

  it("narrows by status, kind, topic and date range", async () => {
    const planned = await matching({ status: "planned" });
    expect(planned.length).toBeGreaterThanOrEqual(1);
    expect(await matching({ kind: "conference" })).toEqual(expect.arrayContaining([expect.arrayContaining(["Марко Рубио"])]));
    expect(await matching({ from: "2026-02-05", to: "2026-02-05" })).toEqual(expect.arrayContaining([["Ермек Кошербаев", "Кристофер Ландау"]]));
    expect(await matching({ to: "1999" })).toEqual([]);
    const topic = await db.meetingTopic.findFirstOrThrow({ select: { topic: { select: { slug: true } } } });
    expect((await matching({ topic: topic.topic.slug })).length).toBeGreaterThan(0);
  });
});
