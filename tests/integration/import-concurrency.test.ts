import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { storeArticle } from "../../lib/importer/store/store-article";
import type { Extraction, MeetingFull, OfficialFull } from "../../lib/importer/types";
import { resetDatabase } from "../support/reset-database";

let db: Db;
beforeAll(() => {
  db = createDb(process.env.DATABASE_URL as string);
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

const person = (name: string, country: string | null = "KZ"): OfficialFull => ({ name, nameLatin: null, country, forms: [name], positions: [], sentences: [0] });

function meeting(names: string[], date: string, place = "Вашингтон"): MeetingFull {
  return {
    kind: "meeting",
    status: "held",
    date,
    datePrecision: "day",
    dateSource: "header",
    place,
    participants: names.map((name) => ({ name, position: null, country: "KZ" })),
    topics: [],
    summary: null,
    evidence: names.map((official) => ({ fact: "participant" as const, sentence: 0, official })),
  };
}

/** A minimal extraction of a distinct article: its own text, hash and file name. */
function article(id: string, officials: OfficialFull[], meetings: MeetingFull[] = []): Extraction {
  const text = `Статья ${id}: ${officials.map((o) => o.name).join(", ")}.`;
  return {
    article: {
      title: `Статья ${id}`,
      titleDerived: false,
      lead: null,
      paragraphs: [text],
      datelinePlace: null,
      publishedOn: "2026-02-05",
      publishedOnSource: "header",
      source: null,
      photoCredit: null,
      url: null,
      outlet: null,
      fetchedAt: null,
      rawText: text,
      contentHash: createHash("sha256").update(text).digest("hex"),
    },
    sentences: [{ part: "body", paragraph: 0, start: 0, text }],
    officials,
    meetings,
    topics: [],
  };
}

describe("surname-only officials", () => {
  it("joins the one stored official of that surname", async () => {
    await storeArticle(db, article("a", [person("Ермек Кошербаев")]), "a.txt");
    await storeArticle(db, article("b", [person("Кошербаев")]), "b.txt");
    const officials = await db.official.findMany({ select: { nameRu: true, needsReview: true, _count: { select: { articles: true } } } });
    expect(officials).toEqual([{ nameRu: "Ермек Кошербаев", needsReview: false, _count: { articles: 2 } }]);
    expect(await db.officialName.count({ where: { form: "Кошербаев" } })).toBe(1);
  });

  it("is stored for review when no official, or several, have that surname", async () => {
    await storeArticle(db, article("a", [person("Ермек Кошербаев"), person("Асхат Кошербаев")]), "a.txt");
    await storeArticle(db, article("b", [person("Кошербаев"), person("Ландау", "US")]), "b.txt");
    const review = await db.official.findMany({ where: { needsReview: true }, select: { nameRu: true }, orderBy: { nameRu: "asc" } });
    expect(review.map((o) => o.nameRu)).toEqual(["Кошербаев", "Ландау"]);
  });

  it("does not join an official of another country", async () => {
    await storeArticle(db, article("a", [person("Кристофер Ландау", "US")]), "a.txt");
    await storeArticle(db, article("b", [person("Ландау", "KZ")]), "b.txt");
    expect(await db.official.count()).toBe(2);
  });
});

describe("concurrent import", () => {
  it("two articles about the same meeting, stored at once, make ONE meeting with two sources", async () => {
    const days = ["2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16"];
    await storeArticle(db, article("seed", [person("Ермек Кошербаев"), person("Кристофер Ландау", "US")]), "seed.txt");
    const reports = days.flatMap((day) =>
      ["x", "y"].map((outlet) => article(`${day}-${outlet}`, [person("Ермек Кошербаев"), person("Кристофер Ландау", "US")], [meeting(["Ермек Кошербаев", "Кристофер Ландау"], day)])),
    );
    const outcomes = await Promise.all(reports.map((x, i) => storeArticle(db, x, `${i}.txt`)));
    expect(outcomes.every((o) => o.outcome === "created")).toBe(true);
    const meetings = await db.meeting.findMany({ select: { date: true, _count: { select: { sources: true, participants: true } } }, orderBy: { date: "asc" } });
    expect(meetings.map((m) => [m.date?.toISOString().slice(0, 10), m._count.sources, m._count.participants])).toEqual(days.map((d) => [d, 2, 2]));
  });

  it("the same new official named by articles stored at once is ONE official, and no article fails", async () => {
    const reports = Array.from({ length: 8 }, (_, i) => article(`n${i}`, [person("Нурлан Жаксыбеков"), person(`Иван Петров${"а".repeat(i)}`)]));
    const outcomes = await Promise.all(reports.map((x, i) => storeArticle(db, x, `${i}.txt`)));
    expect(outcomes.map((o) => o.outcome)).toEqual(Array(8).fill("created"));
    expect(await db.official.count({ where: { nameRu: "Нурлан Жаксыбеков" } })).toBe(1);
    expect(await db.articleOfficial.count({ where: { official: { nameRu: "Нурлан Жаксыбеков" } } })).toBe(8);
  });
});
