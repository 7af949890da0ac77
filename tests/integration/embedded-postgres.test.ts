import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres/server";
import { portInUse } from "../../lib/startup/port-in-use";

const PORT = 54371;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freshDir() {
  // mkdtemp makes a 0700 folder, as a clone under /root would be: the server must still reach it.
  const parent = await mkdtemp(path.join(tmpdir(), "chronicle-pg-"));
  return path.join(parent, "pg");
}

describe("embedded PostgreSQL", () => {
  it("initialises, serves, stops cleanly, and a restart keeps the data", async () => {
    const dataDir = await freshDir();
    const first = await startEmbeddedPostgres({ dataDir, port: PORT });
    expect(first.started).toBe(true);
    expect((await query(first.url, "SHOW server_version"))[0].server_version).toMatch(/^18\./);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    expect(await portInUse(PORT)).toBe(false);

    const began = performance.now();
    const second = await startEmbeddedPostgres({ dataDir, port: PORT });
    expect(performance.now() - began).toBeLessThan(5000);
    expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
    await second.stop();
  });

  it("refuses a data folder made by another PostgreSQL version, saying what to do", async () => {
    const dataDir = await freshDir();
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "PG_VERSION"), "15\n");
    await expect(startEmbeddedPostgres({ dataDir, port: PORT })).rejects.toThrow(/made by PostgreSQL 15.*embeds PostgreSQL 18.*move it away/);
  });

  it("refuses a busy port with a one-line message", async () => {
    const blocker = createServer().listen(PORT, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir: await freshDir(), port: PORT })).rejects.toThrow(/^Port 54371 is already in use/);
    } finally {
      blocker.close();
    }
  });
});
