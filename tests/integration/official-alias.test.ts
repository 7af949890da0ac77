import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mergeOfficials } from "../../lib/actions/officials/merge-officials";
import { createDb, type Db } from "../../lib/db";
import { sameOfficialKey } from "../../lib/importer/extract/people";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { mergeOfficialsSchema } from "../../lib/validation/official";
import { errors, makeEditor } from "../support/editor-fixtures";
import { importText } from "../support/import-archive";
import { resetDatabase } from "../support/reset-database";

let db: Db;

// "Тилеуберди" is a spelling the identity key does not join with "Тлеуберди": the importer makes two people.
const A = ` date 2022-06-01 
Министр иностранных дел Казахстана Мухтар Тлеуберди провел встречу с первым заместителем госсекретаря США Венди Шерман в Нур-Султане.

Стороны обсудили вопросы стратегического партнерства.`;
const B = ` date 2022-07-15 
Глава МИД РК Мухтар Тилеуберди провел переговоры с послом США в Казахстане Дэниелом Розенблюмом в Нур-Султане.

Стороны обсудили вопросы торгово-экономического сотрудничества.`;
const C = ` date 2022-09-20 
Министр иностранных дел Казахстана Мухтар Тилеуберди встретился в Нью-Йорке с государственным секретарем США Энтони Блинкеном.

Стороны обсудили вопросы региональной безопасности и энергетики.`;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
});
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(db));

const official = (nameRu: string) => db.official.findUniqueOrThrow({ where: { nameRu }, select: { id: true, version: true, matchKey: true } });

async function merge(source: { id: number; version: number }, target: { id: number; version: number }) {
  const editor = await db.editor.findFirst({ select: { id: true } }) ?? (await makeEditor(db));
  const input = mergeOfficialsSchema.parse({ sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version });
  await mergeOfficials(db, input, editor.id, errors);
}

describe("officials merged by an editor", () => {
  it("stay merged: an article spelling the name the merged-away way joins the survivor", async () => {
    expect(sameOfficialKey("Мухтар Тилеуберди")).not.toBe(sameOfficialKey("Мухтар Тлеуберди"));
    await importText(db, A, "a.txt");
    await importText(db, B, "b.txt");
    const survivor = await official("Мухтар Тлеуберди");
    const duplicate = await official("Мухтар Тилеуберди");
    await merge(duplicate, survivor);
    expect(await db.officialAlias.findMany({ select: { matchKey: true, officialId: true } })).toEqual([{ matchKey: duplicate.matchKey, officialId: survivor.id }]);

    const officials = await db.official.count();
    expect(await importText(db, C, "c.txt")).toBe("created");
    expect(await db.official.count()).toBe(officials + 1); // Blinken only
    expect(await db.official.findUnique({ where: { nameRu: "Мухтар Тилеуберди" } })).toBeNull();

    const article = await db.article.findUniqueOrThrow({ where: { fileName: "c.txt" }, select: { id: true, officials: { select: { officialId: true } } } });
    expect(article.officials.map((o) => o.officialId)).toContain(survivor.id);
    const meeting = await db.meeting.findFirstOrThrow({
      where: { sources: { some: { articleId: article.id } } },
      select: { participants: { select: { officialId: true, position: { select: { officialId: true, organisation: { select: { nameRu: true } } } } } } },
    });
    const participant = meeting.participants.find((p) => p.officialId === survivor.id);
    expect(participant?.position).toEqual({ officialId: survivor.id, organisation: { nameRu: "Министерство иностранных дел Казахстана" } });
    // The spelling is kept for search on the survivor.
    expect(await db.officialName.count({ where: { officialId: survivor.id, form: "Мухтар Тилеуберди" } })).toBe(1);
  });

  it("keep every merged key on the latest survivor, and lose them with it", async () => {
    await importText(db, A, "a.txt");
    await importText(db, B, "b.txt");
    const first = await official("Мухтар Тилеуберди");
    const second = await official("Мухтар Тлеуберди");
    const third = await db.official.create({ data: { slug: "tleuberdi-3", nameRu: "М. Тлеуберди", matchKey: "м тлеуберди", surname: "тлеуберди" }, select: { id: true, version: true } });
    await merge(first, second);
    await merge(await official("Мухтар Тлеуберди"), third);
    const aliases = await db.officialAlias.findMany({ orderBy: { matchKey: "asc" }, select: { matchKey: true, officialId: true } });
    expect(aliases).toEqual([first.matchKey, second.matchKey].sort().map((matchKey) => ({ matchKey, officialId: third.id })));

    await db.official.delete({ where: { id: third.id } });
    expect(await db.officialAlias.count()).toBe(0);
  });
});
