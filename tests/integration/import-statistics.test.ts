import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateArticle } from "../../lib/bench/generate-article";
import { createDb, type Db } from "../../lib/db";
import { importPaths } from "../../lib/importer/import-paths";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let folder: string;
beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await resetDatabase(db);
  folder = await mkdtemp(path.join(tmpdir(), "chronicle-statistics-"));
  for (let i = 0; i < 150; i++) await writeFile(path.join(folder, `${i}.txt`), generateArticle(i));
});
afterAll(async () => {
  await db.$disconnect();
  await rm(folder, { recursive: true, force: true });
});

const analyses = async () => {
  const [row] = await db.$queryRaw<{ n: number; rows: number }[]>`
    SELECT s.analyze_count::int AS n, c.reltuples::int AS rows
    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'Meeting'`;
  return row ?? { n: 0, rows: 0 };
};

it("refreshes the planner's statistics while a bulk import grows the archive", async () => {
  const before = await analyses();
  const summary = await importPaths(db, [folder], { trigger: "cli" });
  // The generator writes from sentence templates: some of its texts are judged reprints of earlier ones
  // (docs/reprints.md) and store nothing; well over 100 are new articles.
  expect(summary.created + summary.reprint).toBe(150);
  expect(summary.created).toBeGreaterThan(100);
  // The stats collector reports with a delay: wait for it rather than for a fixed time.
  await expect.poll(async () => (await analyses()).n, { timeout: 5000 }).toBeGreaterThan(before.n);
  // Analysed once the run had written 100 articles: the planner knows the meetings are there.
  expect((await analyses()).rows).toBeGreaterThan(50);
});
