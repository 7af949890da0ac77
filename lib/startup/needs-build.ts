import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules"]);

/** A production build is needed when there is none, or when a source file is newer than it. */
export async function needsBuild(root: string): Promise<boolean> {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  for (const entry of SOURCES) {
    if ((await newestMtime(path.join(root, entry))) > builtAt) return true;
  }
  return false;
}

async function newestMtime(target: string): Promise<number> {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue; // tests are not built
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  }
  return newest;
}
