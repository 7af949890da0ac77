import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import path from "node:path";
import { needsBuild } from "../../lib/startup/needs-build";
import { serverProcessEnv } from "../../lib/startup/server-process-env";

const root = path.resolve(import.meta.dirname, "..", "..");

/** `next build` when there is no build or the sources changed since (as `npm start` decides). */
export async function buildIfNeeded(stdio: StdioOptions = "inherit"): Promise<void> {
  if (!(await needsBuild(root))) return;
  await waitForExit(spawn(path.join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }), "next build");
}

/**
 * The production web server (`scripts/serve.ts` with the memory settings `npm start` gives it) for load
 * and scale runs. node itself runs it (tsx as a loader, not its wrapper process), so its pid is the
 * server's. All their traffic comes from one address: per-client allowances are off unless `env` sets
 * them; the shared cap on export streams still holds.
 */
export function spawnProductionServer(env: Record<string, string | undefined>, stdio: StdioOptions = ["ignore", "inherit", "inherit"]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
    cwd: root,
    stdio,
    env: serverProcessEnv({ HEAVY_ROUTE_LIMITS: "export=0,calendar=0,search=0,extraction=0", ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }),
  });
}

export function waitForExit(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`)))));
}
