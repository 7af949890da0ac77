import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  applyMigrations,
  createMigration,
  DatabaseUnreachableError,
  MigrationError,
  MigrationFailedError,
} from "@/lib/db/migrations";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from "@/lib/db/migrations/migrations-folder";

const serverUrl = process.env.DATABASE_URL;
const scratch: string[] = [];
const tempDirs: string[] = [];

function urlFor(database: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server, dropped after the file. */
async function scratchDatabase(): Promise<string> {
  const name = `chronicle_migrations_${randomBytes(6).toString("hex")}`;
  await withClient(serverUrl!, (client) => client.query(`CREATE DATABASE "${name}"`));
  scratch.push(name);
  return urlFor(name);
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "chronicle-migrations-"));
  tempDirs.push(dir);
  return dir;
}

async function tableNames(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((row) => row.table_name);
  });
}

async function migrationRows(url: string) {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ migration_name: string; finished: boolean; rolled_back: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
         FROM _prisma_migrations ORDER BY started_at`,
    );
    return rows;
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(() => {
  if (!serverUrl) throw new Error("DATABASE_URL is not set: the integration setup provides a PostgreSQL server");
});

afterAll(async () => {
  if (serverUrl) {
    await withClient(serverUrl, async (client) => {
      for (const name of scratch) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("applyMigrations", () => {
  let url: string;
  let committed: string[];

  beforeAll(async () => {
    url = await scratchDatabase();
    committed = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  });

  it("creates every table of the schema and records each migration in _prisma_migrations", async () => {
    const lines: string[] = [];
    const { applied } = await applyMigrations({ databaseUrl: url, log: (line) => lines.push(line) });

    expect(applied).toEqual(committed);
    const schema = await readFile(DEFAULT_SCHEMA_PATH, "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!);
    expect(models.length).toBeGreaterThan(10);
    expect(await tableNames(url)).toEqual([...models, "_prisma_migrations"].sort());
    expect(await migrationRows(url)).toEqual(
      committed.map((name) => ({ migration_name: name, finished: true, rolled_back: false })),
    );
    expect(lines).toContain(`Applying ${committed[0]}`);
  });

  it("does nothing when run again", async () => {
    const before = await migrationRows(url);
    const { applied } = await applyMigrations({ databaseUrl: url });
    expect(applied).toEqual([]);
    expect(await migrationRows(url)).toEqual(before);
  });

  it("names the seeded outlets in English where they sign so (Outlet.nameEn)", async () => {
    const names = await withClient(url, async (client) =>
      (await client.query<{ name: string; nameEn: string | null }>(`SELECT name, "nameEn" FROM "Outlet" WHERE name IN ('Казинформ', 'Посольство США в Казахстане', 'Tengrinews') ORDER BY name`)).rows,
    );
    expect(names).toEqual([
      { name: "Tengrinews", nameEn: null },
      { name: "Казинформ", nameEn: "Kazinform" },
      { name: "Посольство США в Казахстане", nameEn: "US Embassy in Kazakhstan" },
    ]);
  });

  it("rejects rows that break the hand-written CHECK constraints, and accepts good ones", async () => {
    await withClient(url, async (client) => {
      /** The constraint that refused the row, or "accepted". */
      const insert = (sql: string, values: unknown[] = []) =>
        client.query(sql, values).then(
          () => "accepted",
          (error: pg.DatabaseError) => error.constraint ?? error.message,
        );
      const article = `INSERT INTO "Article" (slug, title, body, "rawText", "contentHash", "updatedAt")
                       VALUES ($1, $2, 'Текст.', 'Текст.', $3, now()) RETURNING id`;
      const hash = (c: string) => c.repeat(64);

      expect(await insert(article, ["good-slug", "Заголовок", hash("a")])).toBe("accepted");
      expect(await insert(article, ["Bad Slug", "Заголовок", hash("b")])).toBe("Article_slug_check");
      expect(await insert(article, ["other", "  ", hash("c")])).toBe("Article_title_check");
      expect(await insert(article, ["other", "Заголовок", hash("A")])).toBe("Article_contentHash_check");

      expect(await insert(`INSERT INTO "Country" (code, "nameRu", "nameEn") VALUES ('KZ', 'Казахстан', 'Kazakhstan')`)).toBe("accepted");
      expect(await insert(`INSERT INTO "Country" (code, "nameRu", "nameEn") VALUES ('us', 'США', 'USA')`)).toBe("Country_code_check");

      const meeting = `INSERT INTO "Meeting" (kind, status, date, "datePrecision", "updatedAt")
                       VALUES ('talks', 'held', $1, $2, now()) RETURNING id`;
      expect(await insert(meeting, ["2026-02-05", "day"])).toBe("accepted");
      expect(await insert(meeting, ["2026-02-01", "month"])).toBe("accepted");
      expect(await insert(meeting, ["2026-02-05", "month"])).toBe("Meeting_date_month_check");
      expect(await insert(meeting, ["2026-02-01", "year"])).toBe("Meeting_date_year_check");
      expect(await insert(meeting, ["2026-02-05", null])).toBe("Meeting_datePrecision_check");

      const { rows } = await client.query<{ article: number; meeting: number }>(
        `SELECT (SELECT min(id) FROM "Article") AS article, (SELECT min(id) FROM "Meeting") AS meeting`,
      );
      const { article: articleId, meeting: meetingId } = rows[0]!;
      const topicId = (
        await client.query<{ id: number }>(
          `INSERT INTO "Topic" (slug, "labelRu", "labelEn", phrasings, "updatedAt")
           VALUES ('energy', 'Энергетика', 'Energy', '{}', now()) RETURNING id`,
        )
      ).rows[0]!.id;
      const evidence = `INSERT INTO "Evidence" (fact, "articleId", "meetingId", "topicId", sentence, paragraph, "offset")
                        VALUES ($1, $2, $3, $4, 'Стороны обсудили энергетику.', $5, 0)`;
      expect(await insert(evidence, ["date", articleId, meetingId, null, 0])).toBe("accepted");
      expect(await insert(evidence, ["topic", articleId, meetingId, topicId, 0])).toBe("accepted");
      expect(await insert(evidence, ["topic", articleId, null, null, 0])).toBe("Evidence_subject_check");
      expect(await insert(evidence, ["date", articleId, null, topicId, 0])).toBe("Evidence_meeting_fact_check");
      expect(await insert(evidence, ["topic", articleId, null, topicId, -3])).toBe("Evidence_paragraph_check");

      expect(
        await insert(`INSERT INTO "Editor" (email, name, "passwordHash") VALUES ('Editor@Example.org', 'Editor', 'x')`),
      ).toBe("Editor_email_check");
      expect(await insert(`INSERT INTO "ImportRun" (trigger, failed) VALUES ('cli', -1)`)).toBe("ImportRun_counts_check");
    });
  });

  it("keeps a generated Russian search vector that a query in another grammatical case finds", async () => {
    await withClient(url, async (client) => {
      await client.query(
        `INSERT INTO "Article" (slug, title, lead, body, "rawText", "contentHash", "searchNames", "updatedAt")
         VALUES ('kosherbayev-landau', 'Кошербаев и Ландау обсудили критические минералы', NULL,
                 'Министр иностранных дел Казахстана Ермек Кошербаев встретился в Вашингтоне с Кристофером Ландау.',
                 'raw', $1, 'Кошербаев Кошербаева Кошербаеву Кошербаевым Кошербаеве Yermek Kosherbayev', now())`,
        ["d".repeat(64)],
      );
      const matches = async (query: string) =>
        (
          await client.query<{ slug: string }>(
            `SELECT slug FROM "Article" WHERE "searchVector" @@ plainto_tsquery('russian', chronicle_fold($1))`,
            [query],
          )
        ).rows.map((row) => row.slug);

      expect(await matches("Кошербаевым")).toEqual(["kosherbayev-landau"]);
      expect(await matches("минералов")).toEqual(["kosherbayev-landau"]);
      expect(await matches("Kosherbayev")).toEqual(["kosherbayev-landau"]);
      expect(await matches("Токаев")).toEqual([]);
    });
  });
});

describe("a migration that fails", () => {
  it("is rolled back whole, keeps the earlier ones, and applies once fixed", async () => {
    const url = await scratchDatabase();
    const dir = await tempDir();
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "29991231235959_broken");
    const script = (tail: string) => `-- The function body's semicolons must not split the script.
CREATE FUNCTION probe() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;
CREATE TABLE "Broken" (id integer PRIMARY KEY);
ALTER TABLE "Article" ADD COLUMN "extra" integer;
${tail}
`;
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), script("SELECT 1 / 0;"));

    const failure = await applyMigrations({ databaseUrl: url, migrationsDir: dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationFailedError);
    expect((failure as Error).message).toMatch(/^Migration 29991231235959_broken failed and was rolled back.*division by zero/);
    expect((failure as Error).message).not.toContain("\n");

    const tables = await tableNames(url);
    expect(tables).toContain("Article");
    expect(tables).not.toContain("Broken");
    await withClient(url, async (client) => {
      const leftovers = await client.query(
        `SELECT (SELECT count(*) FROM information_schema.columns WHERE table_name = 'Article' AND column_name = 'extra')
              + (SELECT count(*) FROM pg_proc WHERE proname = 'probe') AS n`,
      );
      expect(Number(leftovers.rows[0].n)).toBe(0);
    });
    const rows = await migrationRows(url);
    expect(rows.filter((row) => row.finished).map((row) => row.migration_name)).not.toContain("29991231235959_broken");
    expect(rows.at(-1)).toEqual({ migration_name: "29991231235959_broken", finished: false, rolled_back: true });

    await writeFile(path.join(broken, "migration.sql"), script("SELECT 1;"));
    expect(await applyMigrations({ databaseUrl: url, migrationsDir: dir })).toEqual({ applied: ["29991231235959_broken"] });
    expect(await tableNames(url)).toContain("Broken");
  });

  it("left recorded as failed by a killed run, it blocks with a clear message until retried", async () => {
    const url = await scratchDatabase();
    const dir = await tempDir();
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231235959_probe"));
    await writeFile(path.join(dir, "29991231235959_probe", "migration.sql"), `CREATE TABLE "Probe" (id integer);\n`);
    await applyMigrations({ databaseUrl: url, migrationsDir: dir });
    // What a run killed mid-migration leaves: the row started, never finished, the transaction gone.
    await withClient(url, (client) =>
      client.query(`DROP TABLE "Probe"; UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '29991231235959_probe'`),
    );

    const blocked = await applyMigrations({ databaseUrl: url, migrationsDir: dir }).catch((error: unknown) => error);
    expect(blocked).toBeInstanceOf(MigrationError);
    expect((blocked as Error).message).toMatch(/^Migration 29991231235959_probe is recorded as failed.*--retry-failed/);

    const retried = await applyMigrations({ databaseUrl: url, migrationsDir: dir, retryFailed: true });
    expect(retried).toEqual({ applied: ["29991231235959_probe"] });
    expect(await tableNames(url)).toContain("Probe");
  });
});

describe("an unreachable database", () => {
  it("throws DatabaseUnreachableError with a one-line message", async () => {
    const port = await freePort();
    const error = await applyMigrations({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/chronicle` }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(`Cannot reach PostgreSQL at 127.0.0.1:${port}: connection refused`);
  });
});

describe("createMigration", () => {
  it("writes nothing when the schema matches the last snapshot", async () => {
    const dir = await tempDir();
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const before = await readdir(dir);
    expect(await createMigration({ name: "nothing", databaseUrl: serverUrl!, migrationsDir: dir })).toEqual({ created: null });
    expect(await readdir(dir)).toEqual(before);
  });

  it("writes the SQL of a schema change and the new snapshot beside it", async () => {
    const dir = await tempDir();
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const schemaPath = path.join(await tempDir(), "schema.prisma");
    const schema = `${await readFile(DEFAULT_SCHEMA_PATH, "utf8")}\nmodel Probe {\n  id    Int    @id\n  label String\n}\n`;
    await writeFile(schemaPath, schema);

    const { created } = await createMigration({
      name: "Add probe",
      databaseUrl: serverUrl!,
      migrationsDir: dir,
      schemaPath,
      now: new Date("2999-12-31T23:59:59Z"),
    });
    expect(created).toBe("29991231235959_add_probe");
    const sql = await readFile(path.join(dir, created!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "Probe"`);
    expect(sql).not.toContain(`CREATE TABLE "Article"`);
    expect(await readFile(path.join(dir, created!, "schema.prisma"), "utf8")).toBe(schema);
    await expect(readFile(path.join(dir, "migration_lock.toml"), "utf8")).resolves.toContain('provider = "postgresql"');

    // The new migration applies on top of the committed ones.
    const url = await scratchDatabase();
    const { applied } = await applyMigrations({ databaseUrl: url, migrationsDir: dir });
    expect(applied.at(-1)).toBe(created);
    expect(await tableNames(url)).toContain("Probe");
  });
});
