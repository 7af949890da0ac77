import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createEditor } from "../../../lib/auth/editors";
import { createDb } from "../../../lib/db";
import { applyMigrations } from "../../../lib/db/migrations";
import { waitForHttp } from "../../../lib/startup/wait-for-http";
import { buildIfNeeded, spawnProductionServer, waitForExit } from "../../../scripts/load/production-server";
import { freePort } from "./free-port";
import { startPostgresPair, type PostgresPair } from "./postgres-pair";
import { startRoundRobin, type RoundRobin } from "./round-robin";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

export const SCALE_EDITOR = { email: "scale-editor@example.org", name: "Редактор Масштаба", password: "scale-password-1" };

export interface Instance {
  name: string;
  port: number;
  url: string;
  pid: number;
}

export interface ScaleCluster {
  postgres: PostgresPair;
  a: Instance;
  b: Instance;
  proxy: RoundRobin;
  /** With `solo`: a third instance on the primary alone (no replica, no proxy), to compare against. */
  solo: Instance | null;
  stop(): Promise<void>;
}

/**
 * Past one machine, on one: a primary and its streaming replica with the seed archive, two app
 * instances (the production build, `scripts/serve.ts` as `npm start` runs it) reading from the replica
 * and writing to the primary, and a round-robin proxy in front. Everything on 127.0.0.1.
 */
export async function startScaleCluster(o: { env?: Record<string, string>; solo?: boolean; log?: (line: string) => void } = {}): Promise<ScaleCluster> {
  const log = o.log ?? (() => {});
  const postgres = await startPostgresPair("chronicle_scale");
  const children: ChildProcess[] = [];
  let proxy: RoundRobin | null = null;
  const stop = async () => {
    await proxy?.close();
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await postgres.stop();
  };
  try {
    log(`primary ${postgres.primaryUrl}, replica ${postgres.replicaUrl}`);
    await applyMigrations({ databaseUrl: postgres.primaryUrl });
    await waitForExit(spawn(process.execPath, [tsx, path.join(root, "scripts", "import.ts"), path.join(root, "seeds")], { cwd: root, stdio: "ignore", env: { ...process.env, DATABASE_URL: postgres.primaryUrl } }), "seed import");
    const db = createDb(postgres.primaryUrl);
    try {
      await createEditor(db, SCALE_EDITOR);
    } finally {
      await db.$disconnect();
    }
    log("building the web app when the sources changed (next build)");
    await buildIfNeeded("ignore");
    const startInstance = async (name: string, replica = true): Promise<Instance> => {
      const port = await freePort();
      const child = spawnProductionServer(
        {
          ...o.env,
          DATABASE_URL: postgres.primaryUrl,
          DATABASE_REPLICA_URL: replica ? postgres.replicaUrl : undefined,
          PORT: String(port),
          // The proxy (and the tests, naming a client) speak from loopback.
          TRUSTED_PROXIES: "127.0.0.1,::1",
        },
        ["ignore", "ignore", "inherit"],
      );
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      await waitForHttp(`${url}/api/v1/openapi.json`, 120_000);
      return { name, port, url, pid: child.pid! };
    };
    const [a, b] = await Promise.all([startInstance("A"), startInstance("B")]);
    proxy = await startRoundRobin([a, b]);
    const solo = o.solo ? await startInstance("solo", false) : null;
    log(`instances A ${a.url} (pid ${a.pid}), B ${b.url} (pid ${b.pid}); proxy ${proxy.url}${solo ? `; solo on the primary ${solo.url} (pid ${solo.pid})` : ""}`);
    return { postgres, a, b, proxy, solo, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
