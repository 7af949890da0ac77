import { spawn, execFile, type ChildProcess } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { postgresUserIds } from "../../../lib/embedded-postgres/run-as";
import { freePort } from "./free-port";

const run = promisify(execFile);

/**
 * Debian's PostgreSQL 15 binaries: the embedded package has no pg_basebackup, and a base backup must be
 * made by the server's own major version.
 */
export const PG_BIN = process.env.SCALE_PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PostgresPair {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops replaying WAL on the replica (it falls behind), or resumes it. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Stops the replica server (fast shutdown), or starts it again on the same folder and port. */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A primary and a streaming replica made from it with pg_basebackup, each a throw-away cluster in a
 * temporary folder on a free port of 127.0.0.1, run as `postgres` when this process is root.
 */
export async function startPostgresPair(database: string): Promise<PostgresPair> {
  const runAs = await postgresUserIds();
  const root = await mkdtemp(path.join(tmpdir(), "chronicle-scale-"));
  await chmod(root, 0o755);
  if (runAs) await chown(root, runAs.uid, runAs.gid);
  const as = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
  const servers: ChildProcess[] = [];

  const start = async (dataDir: string, port: number): Promise<ChildProcess> => {
    const server = spawn(path.join(PG_BIN, "postgres"), ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${root}`, "-c", "fsync=off", "-c", "max_connections=60"], { ...as, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    server.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    servers.push(server);
    await waitForServer(`postgresql://postgres@127.0.0.1:${port}/postgres`, () => log);
    return server;
  };
  const halt = async (server: ChildProcess) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill("SIGINT"); // fast shutdown
    await new Promise((resolve) => server.once("exit", resolve));
  };

  const stop = async () => {
    for (const server of servers.reverse()) await halt(server);
    await rm(root, { recursive: true, force: true });
  };

  try {
    const primaryDir = path.join(root, "primary");
    const replicaDir = path.join(root, "replica");
    await mkdir(primaryDir);
    await mkdir(replicaDir, { mode: 0o700 });
    if (runAs) for (const dir of [primaryDir, replicaDir]) await chown(dir, runAs.uid, runAs.gid);
    await run(path.join(PG_BIN, "initdb"), ["-D", primaryDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], as);
    const primaryPort = await freePort();
    await start(primaryDir, primaryPort);
    const primaryUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/${database}`;
    await query(`postgresql://postgres@127.0.0.1:${primaryPort}/postgres`, `CREATE DATABASE ${database}`);

    // -R writes standby.signal and primary_conninfo: the copy starts as a hot standby streaming from the primary.
    await run(path.join(PG_BIN, "pg_basebackup"), ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", replicaDir, "-R", "-X", "stream", "-c", "fast"], as);
    const replicaPort = await freePort();
    let replica = await start(replicaDir, replicaPort);
    const replicaUrl = `postgresql://postgres@127.0.0.1:${replicaPort}/${database}`;

    return {
      primaryUrl,
      replicaUrl,
      pauseReplay: async () => void (await query(replicaUrl, "SELECT pg_wal_replay_pause()")),
      resumeReplay: async () => void (await query(replicaUrl, "SELECT pg_wal_replay_resume()")),
      stopReplica: () => halt(replica),
      startReplica: async () => void (replica = await start(replicaDir, replicaPort)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One statement on a connection of its own; its rows. */
export async function query(url: string, statement: string, values: unknown[] = []): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows;
  } finally {
    await client.end();
  }
}

async function waitForServer(url: string, log: () => string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    try {
      await query(url, "SELECT 1");
      return;
    } catch {
      // not accepting connections yet
    }
  }
  throw new Error(`PostgreSQL did not start: ${log()}`);
}
