import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { importPaths } from "../../lib/importer/import-paths";
import { resetDatabase } from "../support/reset-database";

// The evaluation set's pairs: one real meeting, reported by two outlets in different layouts and words
// (tests/fixtures/eval/README.md). Each pair must store ONE meeting with both articles as its sources.
const eval_ = (file: string) => path.resolve(import.meta.dirname, "../fixtures/eval", file);
let db: Db;

beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

async function meetingsOf(nameRu: string, kind?: "call" | "conference" | "meeting" | "talks") {
  return db.meeting.findMany({
    where: { participants: { some: { official: { nameRu } } }, ...(kind ? { kind } : {}), status: "held" },
    select: { kind: true, date: true, _count: { select: { sources: true } } },
  });
}

describe("the same meeting from two outlets", () => {
  it("joins the Kosherbayev–Rubio call reported by a wire and the ministry's page", async () => {
    await importPaths(db, [eval_("001_kosherbaev-rubio-call-kazinform.txt"), eval_("002_kosherbaev-rubio-call-mfa-page.txt")], { trigger: "cli" });
    const calls = await meetingsOf("Марко Рубио", "call");
    expect(calls).toHaveLength(1);
    expect(calls[0]?._count.sources).toBe(2);
  });

  it("keeps, for each participant, the title as the first report of them wrote it", async () => {
    await importPaths(db, [eval_("002_kosherbaev-rubio-call-mfa-page.txt")], { trigger: "cli" });
    await importPaths(db, [eval_("001_kosherbaev-rubio-call-kazinform.txt")], { trigger: "cli" });
    const participants = await db.meetingParticipant.findMany({
      where: { meeting: { kind: "call" } },
      select: { title: true, official: { select: { nameRu: true } }, position: { select: { titleKey: true } } },
      orderBy: { officialId: "asc" },
    });
    expect(participants.map((p) => [p.official.nameRu, p.title])).toEqual([
      ["Ермек Кошербаев", "глава МИД РК"],
      ["Марко Рубио", "Государственный секретарь США"],
    ]);
    // Both wordings are one post; the wording stays the article's own.
    const posts = await db.position.findMany({ where: { official: { nameRu: "Ермек Кошербаев" } }, select: { titleKey: true } });
    expect(posts).toHaveLength(1);
  });

  it("joins Tokayev receiving Sergio Gor, written «Гора» by one outlet and «Гором» by the other", async () => {
    await importPaths(db, [eval_("010_tokayev-receives-sergio-gor-tass.txt"), eval_("011_tokayev-receives-sergio-gor-akorda.txt")], { trigger: "cli" });
    expect(await db.official.count({ where: { nameRu: { startsWith: "Серджио" } } })).toBe(1);
    const withTokayev = await db.meeting.findMany({
      where: { AND: [{ participants: { some: { official: { nameRu: "Серджио Гор" } } } }, { participants: { some: { official: { nameRu: "Касым-Жомарт Токаев" } } } }] },
      select: { _count: { select: { sources: true } } },
    });
    expect(withTokayev).toEqual([{ _count: { sources: 2 } }]);
  });

  it("joins the C5+1 ministerial naming six participants with the report naming three", async () => {
    await importPaths(db, [eval_("015_c5-plus-1-ministerial-astana-wire.txt"), eval_("016_c5-plus-1-ministerial-astana-mfa-page.txt")], { trigger: "cli" });
    const conferences = await meetingsOf("Ермек Кошербаев", "conference");
    expect(conferences).toHaveLength(1);
    expect(conferences[0]?._count.sources).toBe(2);
  });
});
