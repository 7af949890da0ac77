import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { importPaths } from "../../lib/importer/import-paths";
import { resetDatabase } from "../support/reset-database";

const root = path.resolve(import.meta.dirname, "../..");
const seeds = path.join(root, "seeds");
let db: Db;
let corpus: string;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  // Enough distinct articles that an import is still running when it is killed.
  corpus = await mkdtemp(path.join(tmpdir(), "chronicle-runs-"));
  const wire = await readFile(path.join(seeds, "000_c61c0215de82188b.txt"), "utf8");
  for (let i = 0; i < 300; i++) await writeFile(path.join(corpus, `${String(i).padStart(3, "0")}.txt`), `${wire.trimEnd()}\nСтороны провели ${i + 2}-й раунд консультаций.\n`);
});
afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
  await db.$disconnect();
});
beforeEach(() => resetDatabase(db));

async function until<T>(probe: () => Promise<T | null>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("import runs", () => {
  it("a run whose process was killed is marked interrupted by the next run", async () => {
    // One process (tsx's own CLI would run the script in a child that outlives a SIGKILL to it).
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", corpus], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const killed = await until(() => db.importRun.findFirst({ where: { finishedAt: null } }), 60_000);
    child.kill("SIGKILL");
    await exited;

    const summary = await importPaths(db, [seeds], { trigger: "cli" });
    const runs = await db.importRun.findMany({ orderBy: { id: "asc" }, select: { id: true, finishedAt: true, interruptedAt: true } });
    expect(runs.map((r) => r.id)).toEqual([killed.id, summary.runId]);
    expect(runs[0]).toMatchObject({ finishedAt: null, interruptedAt: expect.any(Date) });
    expect(runs[1]).toMatchObject({ finishedAt: expect.any(Date), interruptedAt: null });
  }, 90_000);

  it("a run still going in another process is left alone", async () => {
    const other = await db.importRun.create({ data: { trigger: "cli" } });
    const session = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await session.connect();
    try {
      await session.query("SELECT pg_advisory_lock($1, $2)", [0x1a7e, other.id]);
      await importPaths(db, [seeds], { trigger: "cli" });
      expect(await db.importRun.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ finishedAt: null, interruptedAt: null });
    } finally {
      await session.end();
    }
  }, 60_000);
});
