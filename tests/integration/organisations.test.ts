import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { importText } from "../support/import-archive";
import { resetDatabase } from "../support/reset-database";

const seeds = path.resolve(import.meta.dirname, "../../seeds");
let db: Db;

// Two foreign ministers, each under one wording of the post.
const KOSHERBAYEV = ` date 2026-01-12 
Глава МИД Казахстана Ермек Кошербаев провел встречу с послом США в Казахстане Дэниелом Розенблюмом в Астане.

Стороны обсудили вопросы торгово-экономического сотрудничества.`;
const NURTLEU = ` date 2024-03-05 
Министр иностранных дел Казахстана Мурат Нуртлеу провел телефонный разговор с государственным секретарем США Энтони Блинкеном.

Стороны обсудили вопросы региональной безопасности.`;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));


async function postOf(nameRu: string) {
  return db.position.findFirstOrThrow({
    where: { official: { nameRu } },
    select: { title: true, organisationId: true, organisation: { select: { nameRu: true, nameEn: true, countryCode: true } } },
  });
}

describe("organisations of posts", () => {
  it("stores each post's organisation once: глава МИД and министр иностранных дел are one ministry", async () => {
    await importText(db, KOSHERBAYEV, "kosherbayev.txt");
    await importText(db, NURTLEU, "nurtleu.txt");

    const kosherbayev = await postOf("Ермек Кошербаев");
    const nurtleu = await postOf("Мурат Нуртлеу");
    expect(kosherbayev.title).toBe("Глава МИД Казахстана");
    expect(nurtleu.title).toBe("Министр иностранных дел Казахстана");
    expect(kosherbayev.organisation).toEqual({ nameRu: "Министерство иностранных дел Казахстана", nameEn: "Ministry of Foreign Affairs of Kazakhstan", countryCode: "KZ" });
    expect(nurtleu.organisationId).toBe(kosherbayev.organisationId);
    expect(await db.organisation.count({ where: { nameRu: "Министерство иностранных дел Казахстана" } })).toBe(1);

    expect((await postOf("Дэниел Розенблюм")).organisation?.nameRu).toBe("Посольство США в Казахстане");
    expect((await postOf("Энтони Блинкен")).organisation).toEqual({ nameRu: "Государственный департамент США", nameEn: "U.S. Department of State", countryCode: "US" });
  });

  it("links the seeds' posts: the State Department, the Senate, and none for a vice-president", async () => {
    await importPaths(db, [seeds], { trigger: "cli" });
    expect((await postOf("Кристофер Ландау")).organisation?.nameRu).toBe("Государственный департамент США");
    expect((await postOf("Марко Рубио")).organisation?.nameRu).toBe("Государственный департамент США");
    expect((await postOf("Стив Дэйнс")).organisation?.nameRu).toBe("Сенат США");
    expect((await postOf("Джей Ди Вэнс")).organisationId).toBeNull();
    expect((await postOf("Ермек Кошербаев")).organisation?.nameRu).toBe("Министерство иностранных дел Казахстана");
    // Every organisation is in use, and each name is stored once.
    const organisations = await db.organisation.findMany({ select: { nameRu: true, _count: { select: { positions: true } } } });
    expect(organisations.every((o) => o._count.positions > 0)).toBe(true);
    expect(organisations.map((o) => o.nameRu)).toContain("Министерство иностранных дел Казахстана");
  });

  it("gives a post stored without an organisation its organisation when an article names the post again", async () => {
    await importText(db, KOSHERBAYEV, "kosherbayev.txt");
    await db.position.updateMany({ data: { organisationId: null } });
    await importPaths(db, [seeds], { trigger: "cli" });
    expect((await postOf("Ермек Кошербаев")).organisation?.nameRu).toBe("Министерство иностранных дел Казахстана");
    // A post no new article names keeps what it had.
    expect((await postOf("Дэниел Розенблюм")).organisationId).toBeNull();
  });
});
