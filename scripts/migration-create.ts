/**
 * `npm run db:migration:create -- --name add_x`: writes prisma/migrations/<timestamp>_add_x/ from the
 * difference between the last migration's schema snapshot and prisma/schema.prisma. The engine needs a
 * reachable DATABASE_URL to start, but reads and writes nothing there.
 */
import { parseArgs } from "node:util";

import { createMigration } from "@/lib/db/migrations";
import { exitWithError, requireDatabaseUrl } from "@/lib/db/migrations/cli-support";

async function main() {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  if (!values.name) throw new Error("Name the migration: npm run db:migration:create -- --name add_something");
  await createMigration({
    name: values.name,
    databaseUrl: requireDatabaseUrl(process.env.DATABASE_URL),
    log: (line) => console.log(line),
  });
}

main().catch(exitWithError);
