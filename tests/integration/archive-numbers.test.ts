import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, prismaTx, sql, type Db } from "../../lib/db";
import { yearlyNumbers } from "../../lib/queries/meetings/yearly-numbers";
import { resetDatabase } from "../support/reset-database";

let db: Db;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await resetDatabase(db);
});
afterAll(() => db.$disconnect());

describe("the level of a post (chronicle_post_level, the one mapping /numbers counts by)", () => {
  it("reads heads of state, ministers, parliament and ambassadors from posts as written", async () => {
    const posts: Record<string, string> = {
      "Президент Казахстана": "head",
      "Премьер-министр РК": "head",
      "вице-президент США": "head",
      "президент компании Chevron": "other",
      "экс-президент США": "other",
      "Вице-премьер — министр иностранных дел Казахстана": "minister",
      "министр иностранных дел Казахстана": "minister",
      "первый заместитель госсекретаря США": "minister",
      "Государственный секретарь США": "minister",
      "заместитель министра энергетики": "minister",
      "глава МИД РК": "minister",
      "сенатор": "parliament",
      "член Палаты представителей Конгресса США": "parliament",
      "председатель комитета Сената по иностранным делам": "parliament",
      "депутат Мажилиса": "parliament",
      "Посол США в Казахстане": "ambassador",
      "временный поверенный в делах США": "ambassador",
      "аким Алматы": "other",
      "советник президента": "other",
    };
    const rows = await prismaTx(db).rows<{ post: string; level: string }>(
      sql`SELECT p AS post, chronicle_post_level(p) AS level FROM unnest(${Object.keys(posts)}::text[]) p`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.post, r.level]))).toEqual(posts);
  });
});

describe("the archive in numbers", () => {
  it("counts each year's meetings by status, kind and highest level, and its top topics", async () => {
    const official = async (slug: string, title: string) => {
      const o = await db.official.create({ data: { slug, nameRu: slug, matchKey: slug, surname: slug } });
      const p = await db.position.create({ data: { officialId: o.id, title, titleKey: slug } });
      return { officialId: o.id, positionId: p.id };
    };
    const president = await official("p", "Президент Казахстана");
    const minister = await official("m", "министр иностранных дел Казахстана");
    const senator = await official("s", "сенатор");
    const [energy, minerals] = await Promise.all(
      ["energy", "minerals"].map((slug) => db.topic.create({ data: { slug, labelRu: slug, labelEn: slug, phrasings: [] } })),
    );
    const meeting = (date: string | null, kind: "talks" | "visit" | "call", status: "held" | "planned", people: { officialId: number; positionId: number; title?: string }[], topics: number[]) =>
      db.meeting.create({
        data: {
          kind,
          status,
          date: date ? new Date(date) : null,
          datePrecision: date ? "day" : null,
          participants: { create: people },
          topics: { create: topics.map((topicId) => ({ topicId })) },
        },
      });
    await meeting("2025-03-01", "talks", "held", [president, minister], [energy!.id, minerals!.id]);
    await meeting("2025-05-01", "visit", "planned", [minister, senator], [energy!.id]);
    // The participant's own wording outranks the post's: here the senator was named as a minister.
    await meeting("2025-06-01", "call", "held", [{ ...senator, title: "министр энергетики" }], []);
    await meeting("2024-01-01", "talks", "held", [senator], [minerals!.id]);
    await meeting("2024-02-01", "talks", "held", [], []);
    await meeting(null, "talks", "held", [minister], []);

    const { years, undated } = await yearlyNumbers();
    expect(undated).toBe(1);
    expect(years.map((y) => y.year)).toEqual([2025, 2024]);
    const [y2025, y2024] = years;
    expect(y2025).toMatchObject({ total: 3, status: { held: 2, planned: 1 }, kind: { talks: 1, visit: 1, call: 1 }, level: { head: 1, minister: 2 } });
    expect(y2025!.topics.map((t) => [t.slug, t.meetings])).toEqual([["energy", 2], ["minerals", 1]]);
    expect(y2024).toMatchObject({ total: 2, status: { held: 2 }, kind: { talks: 2 }, level: { parliament: 1, other: 1 } });
  });
});
