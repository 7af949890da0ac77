/**
 * After `npm install`: generate the Prisma client and make the embedded PostgreSQL binaries runnable.
 * npm 11 does not run dependencies' install scripts, so neither step happens by itself.
 */
import { execFileSync } from "node:child_process";
import { hydrateEmbeddedPostgres } from "../lib/embedded-postgres/binaries";

// `prisma generate` needs no schema engine, but the CLI insists on finding one and would try to download
// it; any existing file satisfies that check.
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" },
});
await hydrateEmbeddedPostgres();
