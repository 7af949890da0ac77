/**
 * Generates the Prisma client (postinstall). `prisma generate` needs no schema engine, but the CLI
 * insists on finding one and would try to download it; any existing file satisfies that check.
 */
import { execFileSync } from "node:child_process";

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" },
});
