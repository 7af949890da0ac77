import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR } from "./migrations-folder";

/** The last migration written before functions and triggers moved to prisma/sql-objects (docs/database.md). */
const LAST_WITH_OBJECTS = "20261121120000_visit_stem";

describe("migrations after the SQL objects moved out", () => {
  it("change tables only: functions and triggers live in prisma/sql-objects", async () => {
    const later = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d{14}_/.test(name) && name > LAST_WITH_OBJECTS);
    for (const name of later) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, name, "migration.sql"), "utf8");
      expect(sql, name).not.toMatch(/\bCREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|TRIGGER|CONSTRAINT\s+TRIGGER)\b/i);
    }
  });
});
