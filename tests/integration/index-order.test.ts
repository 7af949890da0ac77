import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { listOfficials } from "../../lib/queries/officials/list-officials";
import { listTopics } from "../../lib/queries/topics/list-topics";
import { importArchive } from "../support/import-archive";

let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await importArchive(db, ["seeds"]);
  const daines = await db.official.findUniqueOrThrow({ where: { slug: "steve-daines" }, select: { id: true } });
  await db.meeting.create({ data: { kind: "call", status: "held", date: new Date("2026-06-01"), datePrecision: "day", participants: { create: [{ officialId: daines.id }] } } });
});
afterAll(() => db.$disconnect());

/** Whether each value is at least the next one (nulls last). */
const descending = (values: (number | string | null)[]) => values.every((v, i) => i === 0 || v === null || (values[i - 1] !== null && v <= values[i - 1]!));

describe("the officials and topics indexes, ordered as the reader asks", () => {
  it("orders each country's officials by meetings or by latest meeting, the same people either way", async () => {
    const byName = await listOfficials({ locale: "ru" });
    const byMeetings = await listOfficials({ locale: "ru", sort: "meetings" });
    const byLatest = await listOfficials({ locale: "ru", sort: "latest" });
    const kz = (items: typeof byName.items) => items.filter((o) => o.group === "KZ");
    const us = (items: typeof byName.items) => items.filter((o) => o.group === "US");
    for (const group of [kz, us]) {
      expect(descending(group(byMeetings.items).map((o) => o.meetings))).toBe(true);
      expect(descending(group(byLatest.items).map((o) => o.latest))).toBe(true);
    }
    expect(byName.items.every((o) => o.latest === null)).toBe(true);
    expect(byLatest.items.find((o) => o.slug === "christopher-landau")?.latest).toBe("2026-02-05");
    expect(new Set(byMeetings.items.map((o) => o.slug))).toEqual(new Set(byName.items.map((o) => o.slug)));
    // Daines has a second, later meeting (below): first by meetings and by latest, not by name (Вэнс).
    expect(us(byName.items)[0]?.slug).toBe("jd-vance");
    expect(us(byMeetings.items)[0]?.slug).toBe("steve-daines");
    expect(us(byLatest.items)[0]).toMatchObject({ slug: "steve-daines", latest: "2026-06-01" });
  });

  it("orders topics by meetings or by latest meeting", async () => {
    const byMeetings = await listTopics("ru", "meetings");
    expect(descending(byMeetings.map((t) => t.meetings))).toBe(true);
    const byLatest = await listTopics("ru", "latest");
    expect(descending(byLatest.map((t) => t.lastMeeting?.date ?? null))).toBe(true);
    expect(byLatest.length).toBe((await listTopics("ru")).length);
  });
});
