import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { extractArticle, loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { storeArticle } from "../../lib/importer/store/store-article";
import { syncTopics } from "../../lib/importer/store/sync-topics";
import { resetDatabase } from "../support/reset-database";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = path.join(root, "seeds");
const pair = ["pair-a-wire.txt", "pair-b-page.txt"].map((f) => path.join(root, "tests/fixtures/articles", f));
let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

async function counts() {
  const [articles, officials, meetings, sources, evidence] = await Promise.all([
    db.article.count(),
    db.official.count(),
    db.meeting.count(),
    db.meetingSource.count(),
    db.evidence.count(),
  ]);
  return { articles, officials, meetings, sources, evidence };
}

describe("importing the seeds", () => {
  it("stores both articles, their meetings with participants and positions, and the evidence", async () => {
    const summary = await importPaths(db, [seeds], { trigger: "cli" });
    expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, failed: 0 });

    const kosherbayev = await db.official.findUniqueOrThrow({
      where: { nameRu: "Ермек Кошербаев" },
      select: { countryCode: true, nameLatin: true, names: { select: { form: true } }, _count: { select: { articles: true, participants: true } } },
    });
    expect(kosherbayev.countryCode).toBe("KZ");
    expect(kosherbayev.nameLatin).toBe("Yermek Kosherbayev");
    expect(kosherbayev._count.articles).toBe(2); // one person across both articles
    expect(kosherbayev._count.participants).toBeGreaterThanOrEqual(3);
    expect(kosherbayev.names.map((n) => n.form)).toEqual(expect.arrayContaining(["Ермека Кошербаева", "Кошербаевым"]));

    const landau = await db.meetingParticipant.findFirstOrThrow({
      where: { official: { nameRu: "Кристофер Ландау" } },
      select: { countryCode: true, position: { select: { title: true } }, meeting: { select: { date: true, status: true } } },
    });
    expect(landau.position?.title).toBe("первый заместитель госсекретаря США");
    expect(landau.countryCode).toBe("US");
    expect(landau.meeting.date?.toISOString().slice(0, 10)).toBe("2026-02-05");

    // One post for both seeds' wordings, yet each meeting shows the title its article wrote.
    const titles = await db.meetingParticipant.findMany({
      where: { official: { nameRu: "Ермек Кошербаев" } },
      select: { title: true, positionId: true, meeting: { select: { kind: true } } },
    });
    expect(new Set(titles.map((t) => t.positionId)).size).toBe(1);
    expect(titles.find((t) => t.meeting.kind === "talks")?.title).toBe("Министр иностранных дел Казахстана");
    expect(titles.find((t) => t.meeting.kind === "meeting")?.title).toBe("Министр иностранных дел РК");

    expect(await db.meeting.count({ where: { status: "planned" } })).toBeGreaterThanOrEqual(1);
    expect(await db.evidence.count({ where: { fact: "participant" } })).toBeGreaterThan(0);
    const run = await db.importRun.findUniqueOrThrow({ where: { id: summary.runId } });
    expect(run).toMatchObject({ created: 2, failed: 0 });
    expect(run.finishedAt).not.toBeNull();
  });

  it("is idempotent: the same files again change nothing", async () => {
    await importPaths(db, [seeds], { trigger: "cli" });
    const before = await counts();
    const again = await importPaths(db, [seeds], { trigger: "cli" });
    expect(again).toMatchObject({ created: 0, unchanged: 2, failed: 0 });
    expect(await counts()).toEqual(before);
  });

  it("updates a corrected version of the same file without duplicating officials or meetings", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "chronicle-"));
    const file = path.join(folder, "004_e99164ff4d74dee4.txt");
    const original = await readFile(path.join(seeds, "004_e99164ff4d74dee4.txt"), "utf8");
    await writeFile(file, original);
    await importPaths(db, [file], { trigger: "cli" });
    const before = await counts();

    await writeFile(file, original.replace("взвешенный и конструктивный", "взвешенный, последовательный и конструктивный"));
    const summary = await importPaths(db, [file], { trigger: "cli" });
    expect(summary).toMatchObject({ created: 0, updated: 1, failed: 0 });
    expect(await counts()).toEqual(before);
    const article = await db.article.findFirstOrThrow({ select: { body: true, version: true } });
    expect(article.body).toContain("последовательный");
    expect(article.version).toBe(2);
  });

  it("records an unreadable file with its reason and imports the rest of the batch", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "chronicle-"));
    const empty = path.join(folder, "empty.txt");
    const binary = path.join(folder, "binary.txt");
    await writeFile(empty, "");
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0]));
    const summary = await importPaths(db, [empty, binary, seeds], { trigger: "cli" });
    expect(summary).toMatchObject({ created: 2, failed: 2 });
    expect(summary.errors.map((e) => e.file)).toEqual([empty, binary]);
    for (const e of summary.errors) expect(e.message.length).toBeGreaterThan(5);
  });
});

describe("one transaction per article", () => {
  it("leaves nothing behind when storing fails part-way", async () => {
    await syncTopics(db);
    const x = extractArticle(await readFile(path.join(seeds, "000_c61c0215de82188b.txt")), "000.txt");
    const broken = { ...x, meetings: [...x.meetings, { ...x.meetings[0]!, date: "2026-13-45" }] };
    await expect(storeArticle(db, broken, "000.txt")).rejects.toThrow();
    expect(await counts()).toEqual({ articles: 0, officials: 0, meetings: 0, sources: 0, evidence: 0 });
  });
});

describe("one article telling a meeting twice", () => {
  it("stores the meeting as the report naming more of those present tells it, not as a lead's summary", async () => {
    await syncTopics(db);
    const x = extractArticle(await readFile(path.join(seeds, "000_c61c0215de82188b.txt")), "000.txt");
    const told = x.meetings.find((m) => m.participants.length >= 2 && m.date && m.place);
    if (!told?.date) throw new Error("the seed should hold a dated, placed meeting of two");
    const next = new Date(Date.parse(told.date) + 86_400_000).toISOString().slice(0, 10);
    // `За три дня министр успел провести переговоры …`: the lead's one-person report, a day off, nowhere.
    const summary = { ...told, kind: "talks" as const, date: next, place: null, participants: told.participants.slice(0, 1) };
    await storeArticle(db, { ...x, meetings: [summary, ...x.meetings] }, "000.txt");
    const stored = await db.meeting.findFirstOrThrow({
      where: { participants: { some: { official: { nameRu: told.participants[1]?.name } } } },
      select: { kind: true, date: true, place: { select: { nameRu: true } }, _count: { select: { participants: true } } },
    });
    expect({ kind: stored.kind, date: stored.date?.toISOString().slice(0, 10), place: stored.place?.nameRu, people: stored._count.participants }).toEqual({
      kind: told.kind,
      date: told.date,
      place: told.place,
      people: told.participants.length,
    });
    expect(await db.meeting.count()).toBe(x.meetings.length);
  });
});

describe("one real meeting reported by two outlets", () => {
  it("becomes ONE meeting with two sources", async () => {
    const summary = await importPaths(db, pair, { trigger: "cli" });
    expect(summary).toMatchObject({ created: 2, failed: 0 });
    const meetings = await db.meeting.findMany({
      where: { participants: { some: { official: { nameRu: "Дэвид Хэмми" } } } },
      select: { _count: { select: { sources: true } }, place: { select: { nameRu: true } } },
    });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?._count.sources).toBe(2);
    expect(meetings[0]?.place?.nameRu).toBe("Лондон");
  });
});
