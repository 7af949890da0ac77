import { execFile } from "node:child_process";
import { chmod, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { RunAs } from "./run-as";

const run = promisify(execFile);

/**
 * As root, the server runs as `postgres`, which must pass through every folder above its data folder
 * (a clone under /root or a mktemp folder is 0700). Grants search-only passage (x, never read) where it
 * is missing: an ACL entry for that user when setfacl exists, else the others-x bit. Says what it did.
 */
export async function ensureReachable(dataDir: string, ids: RunAs, log: (line: string) => void): Promise<void> {
  const ancestors: string[] = [];
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    ancestors.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const dir of ancestors) {
    const info = await stat(dir);
    const passable = info.mode & 0o001 || (info.uid === ids.uid && info.mode & 0o100) || (info.gid === ids.gid && info.mode & 0o010);
    if (passable) continue;
    try {
      await run("setfacl", ["-m", `u:${ids.uid}:x`, dir]);
    } catch {
      await chmod(dir, info.mode | 0o001);
    }
    log(`let the postgres user pass through ${dir} (search only) to reach the data folder`);
  }
}
