import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[] }>;
};

/**
 * Installed but never run by Chronicle: `@prisma/streams-local` backs the Prisma CLI's `prisma dev`
 * (a local Prisma Postgres), which we do not use — it wants Node ≥ 22 and is the one EBADENGINE warning
 * `npm install` prints on Node 20.
 */
const NOT_RUN = new Set(["node_modules/@prisma/streams-local"]);

describe("the Node.js versions package.json promises", () => {
  // The lowest release of each line the range admits: every dependency must accept each of them.
  const floors = ["20.19.0", "22.13.0", "24.0.0"];

  it("are the ones the README states", () => {
    expect(manifest.engines.node).toBe("^20.19 || ^22.13 || >=24");
    for (const floor of floors) expect(semver.satisfies(floor, manifest.engines.node), floor).toBe(true);
    expect(semver.satisfies("22.12.0", manifest.engines.node)).toBe(false);
    expect(readFileSync(path.join(root, "README.md"), "utf8")).toContain("Node.js 20.19 or later in the 20 line, 22.13 or later, or 24 and later");
  });

  it("are accepted by every dependency that runs", () => {
    const refusing: string[] = [];
    for (const [name, pkg] of Object.entries(lock.packages)) {
      const range = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined;
      if (!name || !range || NOT_RUN.has(name) || pkg.optional) continue; // optional: platform builds npm skips
      for (const floor of floors) if (!semver.satisfies(floor, range)) refusing.push(`${name} wants node ${range}, not ${floor}`);
    }
    expect(refusing).toEqual([]);
  });
});
