import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHttp } from "../../lib/startup/wait-for-http";
import { createTestDatabase, sql, withDatabase, type TestDatabase } from "../support/test-database";

/**
 * A download whose database goes away half-way, over real HTTP: the client must be able to tell a cut
 * file from a complete one (no clean end of the chunked body). An instance of the built app of its own,
 * on a database of its own with more meetings than a socket buffers.
 */
const PORT = (Number(process.env.E2E_PORT) || 3100) + 2;
const root = path.resolve(import.meta.dirname, "../..");
let database: TestDatabase;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createTestDatabase();
  await sql(
    database.url,
    `INSERT INTO "Meeting" (kind, status, date, "datePrecision", "updatedAt", summary)
     SELECT 'call', 'held', DATE '1900-01-01' + n, 'day', now(), repeat('Встреча министров ', 20) FROM generate_series(1, 40000) AS n`,
  );
  server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, PORT: String(PORT), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: database.url },
  });
  await waitForHttp(`http://localhost:${PORT}/robots.txt`, 45_000);
});
test.afterAll(async () => {
  server?.kill("SIGTERM");
  const name = new URL(database.url).pathname.slice(1);
  await sql(withDatabase(database.url, "postgres"), `ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
  await database?.drop();
});

test("an export cut by the database mid-way ends the connection without the final chunk", async () => {
  test.setTimeout(60_000);
  const name = new URL(database.url).pathname.slice(1);
  const outcome = await new Promise<{ status: number; bytes: number; complete: boolean }>((resolve, reject) => {
    get(`http://localhost:${PORT}/export/meetings.csv`, (response) => {
      let bytes = 0;
      response.once("data", async (chunk: Buffer) => {
        bytes += chunk.length;
        response.pause();
        // The database goes away while the reader is still reading.
        await sql(withDatabase(database.url, "postgres"), `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await sql(withDatabase(database.url, "postgres"), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
        response.on("data", (more: Buffer) => (bytes += more.length));
        response.resume();
      });
      response.on("error", () => undefined);
      response.on("close", () => resolve({ status: response.statusCode ?? 0, bytes, complete: response.complete }));
    }).on("error", reject);
  });
  expect(outcome.status).toBe(200);
  expect(outcome.bytes).toBeGreaterThan(0);
  expect(outcome.complete).toBe(false);
});
