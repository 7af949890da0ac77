import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySqlObjects, DEFAULT_SQL_OBJECTS_DIR, readSqlObjects } from "@/lib/db/migrations/sql-objects";

const url = process.env.DATABASE_URL as string;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(() => client.end());

const FUNCTIONS = `SELECT p.proname AS name, pg_get_functiondef(p.oid) AS definition
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  ORDER BY 1`;
const TRIGGERS = `SELECT tgname AS name, pg_get_triggerdef(oid) AS definition FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`;

async function definitions(): Promise<Map<string, string>> {
  const functions = await client.query<{ name: string; definition: string }>(FUNCTIONS);
  const triggers = await client.query<{ name: string; definition: string }>(TRIGGERS);
  return new Map([
    ...functions.rows.map((row) => [`functions/${row.name}.sql`, row.definition] as const),
    ...triggers.rows.map((row) => [`triggers/${row.name}.sql`, row.definition] as const),
  ]);
}

describe("prisma/sql-objects", () => {
  it("holds every function and trigger of the database, one file each", async () => {
    const files = await readSqlObjects();
    expect(files.map((file) => file.name).sort()).toEqual([...(await definitions()).keys()].sort());
  });

  it("defines each exactly as the database has it: applying a file changes nothing", async () => {
    const before = await definitions();
    await client.query("BEGIN");
    try {
      for (const file of await readSqlObjects()) await client.query(file.sql);
      expect(await definitions()).toEqual(before);
    } finally {
      await client.query("ROLLBACK");
    }
  });

  it("applies a file again when it changes, and only then", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "chronicle-sql-objects-"));
    try {
      await cp(DEFAULT_SQL_OBJECTS_DIR, dir, { recursive: true });
      expect(await applySqlObjects(url, dir)).toEqual([]);

      const file = path.join(dir, "functions", "chronicle_chart_month.sql");
      await writeFile(file, `-- edited\n${await readFile(file, "utf8")}`);
      expect(await applySqlObjects(url, dir)).toEqual(["functions/chronicle_chart_month.sql"]);
      expect(await applySqlObjects(url, dir)).toEqual([]);
      expect(await applySqlObjects(url)).toEqual(["functions/chronicle_chart_month.sql"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
