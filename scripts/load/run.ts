/**
 * `npm run test:load [-- --url http://127.0.0.1:3000] [--pid N] [--port 3620] [--only readers,…]`: runs every
 * `scripts/load/*.scenario.ts` in turn against a running archive (`--url`; `--pid` names its server
 * process for the memory checks) or, without `--url`, against one it starts here on DATABASE_URL
 * (built first when the sources changed) and stops at the end. Exit 1 when a scenario fails. Load goes
 * to this machine only; each scenario is bounded in time. Not part of `npm test`.
 */
import type { ChildProcess } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { requireDatabaseUrl } from "../../lib/env";
import type { Scenario } from "../../lib/load/scenario";
import { portInUse } from "../../lib/startup/port-in-use";
import { waitForHttp } from "../../lib/startup/wait-for-http";
import { buildIfNeeded, spawnProductionServer } from "./production-server";

const { values } = parseArgs({
  options: { url: { type: "string" }, pid: { type: "string" }, port: { type: "string", default: "3620" }, only: { type: "string" } },
});

async function startServer(port: number): Promise<ChildProcess> {
  const databaseUrl = requireDatabaseUrl();
  if (await portInUse(port)) throw new Error(`port ${port} is in use: pass --port or --url`);
  await buildIfNeeded();
  const server = spawnProductionServer({ DATABASE_URL: databaseUrl, PORT: String(port) });
  await waitForHttp(`http://127.0.0.1:${port}/`, 120_000);
  return server;
}

async function scenarios(): Promise<{ name: string; run: Scenario }[]> {
  const only = values.only?.split(",").map((n) => n.trim());
  const files = (await readdir(import.meta.dirname)).filter((f) => f.endsWith(".scenario.ts")).sort();
  const chosen = files.filter((f) => !only || only.includes(f.replace(/\.scenario\.ts$/, "")));
  if (only && chosen.length !== only.length) throw new Error(`no such scenario among ${files.join(", ")}: ${values.only}`);
  return Promise.all(chosen.map(async (f) => ({ name: f.replace(/\.scenario\.ts$/, ""), run: ((await import(path.join(import.meta.dirname, f))) as { default: Scenario }).default })));
}

const server = values.url ? null : await startServer(Number(values.port));
const baseUrl = values.url ?? `http://127.0.0.1:${values.port}`;
const serverPid = server?.pid ?? (values.pid ? Number(values.pid) : undefined);
let failed = 0;
try {
  for (const scenario of await scenarios()) {
    const started = performance.now();
    console.log(`▶ ${scenario.name} against ${baseUrl}`);
    const log = (line: string) => console.log(`  [${scenario.name}] ${line}`);
    const { ok } = await scenario.run({ baseUrl, log, serverPid }).catch((error: unknown) => {
      log(`crashed: ${error instanceof Error ? error.message : String(error)}`);
      return { ok: false };
    });
    if (!ok) failed++;
    console.log(`${ok ? "✓" : "✗"} ${scenario.name} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
}
process.exit(failed ? 1 : 0);
