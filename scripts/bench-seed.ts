/**
 * `npm run bench:seed -- [--articles 100000] [--meetings 30000] [--officials 500] [--reset]`: fills the
 * database at DATABASE_URL (migrated first) with a generated archive for benchmarks: officials with the
 * case forms and Latin spellings the importer stores, the taxonomy's topics, Russian articles with their
 * officials and topics, meetings with participants, positions, sources, topics and evidence. Refuses a
 * database that already holds articles unless --reset (which empties every table first). Prints what it
 * made and how long each part took.
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { seedDatabase } from "@/lib/bench/seed/seed-database";
import { duration } from "@/lib/cli/progress-line";
import { createDb } from "@/lib/db";
import { applyMigrations } from "@/lib/db/migrations";
import { exitWithError, requireDatabaseUrl } from "@/lib/db/migrations/cli-support";
import { loadPeopleLanguage } from "@/lib/importer/extract/people";
import { resetDatabase } from "../tests/support/reset-database";

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "100000" },
      meetings: { type: "string", default: "30000" },
      officials: { type: "string", default: "500" },
      concurrency: { type: "string", default: "2" },
      reset: { type: "boolean", default: false },
    },
  });
  const count = (name: keyof typeof values, min: number) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${values[name]}`);
    return n;
  };
  const options = { articles: count("articles", 1), meetings: count("meetings", 0), officials: count("officials", 30), concurrency: count("concurrency", 1) };
  const databaseUrl = requireDatabaseUrl(process.env.DATABASE_URL);
  const started = performance.now();
  await applyMigrations({ databaseUrl, log: () => undefined });
  await loadPeopleLanguage();

  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.concurrency + 1 });
  try {
    if (values.reset) {
      const db = createDb(databaseUrl);
      try {
        await resetDatabase(db);
      } finally {
        await db.$disconnect();
      }
    }
    const marks = new Map<string, number>();
    const summary = await seedDatabase(pool, {
      ...options,
      onProgress(what, done, total) {
        if (!marks.has(what)) marks.set(what, performance.now());
        const every = Math.max(1, Math.floor(total / 10));
        if (done === 0 || done === total || done % every < 2000) {
          process.stdout.write(`  ${what}: ${done}/${total} (${duration(performance.now() - (marks.get(what) ?? started))})\n`);
        }
      },
    });
    const { rows } = await pool.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    console.log(`\nSeeded ${new URL(databaseUrl).pathname.slice(1)} in ${duration(performance.now() - started)} (database ${rows[0]?.size}):`);
    for (const [table, n] of Object.entries(summary)) console.log(`  ${table.padEnd(20)} ${n.toLocaleString("en")}`);
  } finally {
    await pool.end();
  }
}

main().catch(exitWithError);
