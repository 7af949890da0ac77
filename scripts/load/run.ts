/**
 * `npm run test:load [-- --url http://127.0.0.1:3000] [--pid N] [--port 3620] [--only readers,…]`: runs every
 * `scripts/load/*.scenario.ts` in turn against a running archive (`--url`; `--pid` names its server
 * process for the memory checks) or, without `--url`, against one it starts here on DATABASE_URL
 * (built first when the sources changed) and stops at the end. Exit 1 when a scenario fails. Load goes
 * to this machine only; each scenario is bounded in time. Not part of `npm test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { requireDatabaseUrl } from "../../lib/env";
import type { Scenario } from "../../lib/load/scenario";
import { needsBuild } from "../../lib/startup/needs-build";
import { portInUse } from "../../lib/startup/port-in-use";
import { serverProcessEnv } from "../../lib/startup/server-process-env";
import { waitForHttp } from "../../lib/startup/wait-for-http";

const root = path.resolve(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: { url: { type: "string" }, pid: { type: "string" }, port: { type: "string", default: "3620" }, only: { type: "string" } },
});

async function startServer(port: number): Promise<ChildProcess> {
  const databaseUrl = requireDatabaseUrl();
  if (await portInUse(port)) throw new Error(`port ${port} is in use: pass --port or --url`);
  if (await needsBuild(root)) await waitForExit(spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" }));
  // node itself runs the server (tsx as a loader, not its wrapper process), so its pid is the server's.
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    // Every scenario's traffic comes from one address: per-client allowances would refuse the readers'
    // searches, so they are off unless set; the shared cap on export streams still holds.
    env: serverProcessEnv({
      HEAVY_ROUTE_LIMITS: "export=0,calendar=0,search=0,extraction=0",
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, 120_000);
  return server;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exited with ${code}`)))));
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
