/**
 * `npm run db:migrate [-- --retry-failed]`: applies pending migrations to DATABASE_URL, on Prisma's
 * WebAssembly schema engine (the CLI's `migrate deploy` needs a native engine this machine cannot fetch).
 */
import { parseArgs } from "node:util";

import { applyMigrations } from "@/lib/db/migrations";
import { exitWithError, requireDatabaseUrl } from "@/lib/db/migrations/cli-support";

async function main() {
  const { values } = parseArgs({ options: { "retry-failed": { type: "boolean", default: false } } });
  await applyMigrations({
    databaseUrl: requireDatabaseUrl(process.env.DATABASE_URL),
    retryFailed: values["retry-failed"],
    log: (line) => console.log(line),
  });
}

main().catch(exitWithError);
