import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface RunAs {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. As root (containers, CI) the server runs as the system user
 * `postgres`, created when missing; as anyone else it runs as that user.
 */
export async function postgresUserIds(): Promise<RunAs | null> {
  if (process.getuid?.() !== 0) return null;
  const ids = await lookup();
  if (ids) return ids;
  await run("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
  const created = await lookup();
  if (!created) throw new Error("Could not create the system user 'postgres' to run the embedded PostgreSQL.");
  return created;
}

async function lookup(): Promise<RunAs | null> {
  try {
    const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
    const gid = Number((await run("id", ["-g", "postgres"])).stdout.trim());
    return { uid, gid };
  } catch {
    return null;
  }
}
