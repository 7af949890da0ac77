/**
 * The server the Playwright tests run against: `npm start` on a fresh database made for this run,
 * dropped when Playwright stops the server.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareE2eEditors } from "../tests/support/e2e-editors";
import { createTestDatabase } from "../tests/support/test-database";

const database = await createTestDatabase();
await prepareE2eEditors(database.url, Number(process.env.PORT));
const app = spawn(process.execPath, [path.join(import.meta.dirname, "..", "node_modules", "tsx", "dist", "cli.mjs"), path.join(import.meta.dirname, "start.ts")], {
  stdio: "inherit",
  // The tests stand in for a reverse proxy on loopback: their X-Forwarded-For names the client. The
  // whole suite is one reader searching and downloading far faster than a person: per-client
  // allowances are off (their own tests are tests/integration/heavy-route-limits.test.ts).
  // Add by URL fetches the fixture pages the editor specs serve on 127.0.0.1 (tests/support/page-fixture-server.ts).
  // Its jobs worker polls the fixture sources the editor specs serve, at once and without a host delay.
  env: { HEAVY_ROUTE_LIMITS: "export=0,calendar=0,search=0,extraction=0", FETCH_ALLOW_PRIVATE: "1", SOURCES_TICK_SECONDS: "1", SOURCES_HOST_DELAY_MS: "0", ...process.env, DATABASE_URL: database.url, TRUSTED_PROXIES: "127.0.0.1,::1" },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null) {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
  await database.drop();
  process.exit(code);
}

app.once("exit", (code) => void stop(code ?? 1));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
