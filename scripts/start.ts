/**
 * `npm start` (and `npm run dev` with --dev): the archive from a fresh clone in one command.
 * Without DATABASE_URL it runs an embedded PostgreSQL in .data/; then it applies migrations, imports
 * seeds/ into an empty archive, builds when the sources changed, and serves http://localhost:PORT.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createFirstEditor } from "../lib/auth/editors";
import { createDb } from "../lib/db";
import { applyMigrations } from "../lib/db/migrations";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-postgres/server";
import { env } from "../lib/env";
import { importPaths } from "../lib/importer/import-paths";
import { backfillSignatures } from "../lib/importer/store/backfill-signatures";
import { needsBuild } from "../lib/startup/needs-build";
import { portInUse } from "../lib/startup/port-in-use";
import { seconds, step } from "../lib/startup/progress";
import { stopChild } from "../lib/cli/stop-child";
import { serverProcessEnv } from "../lib/startup/server-process-env";
import { waitForHttp } from "../lib/startup/wait-for-http";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const started = performance.now();
let database: EmbeddedPostgres | null = null;
let server: ChildProcess | null = null;
let worker: ChildProcess | null = null;

async function main() {
  if (await portInUse(env.PORT)) {
    throw new Error(`Port ${env.PORT} is already in use: stop the other program or set PORT to another port.`);
  }
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    database = await step(`embedded PostgreSQL on port ${env.CHRONICLE_DB_PORT} (.data/pg)`, () =>
      startEmbeddedPostgres({ dataDir: path.join(root, ".data", "pg"), port: env.CHRONICLE_DB_PORT, log: (l) => console.log(`  ${l}`) }),
    );
    databaseUrl = database.url;
  } else {
    console.log(`using DATABASE_URL (${new URL(databaseUrl).host})`);
  }

  const { applied } = await step("database migrations", () => applyMigrations({ databaseUrl }));
  if (applied.length) console.log(`  applied ${applied.join(", ")}`);

  const db = createDb(databaseUrl);
  try {
    if ((await db.article.count()) === 0) {
      const summary = await step("importing seeds/ into the empty archive", () =>
        importPaths(db, [path.join(root, "seeds")], { trigger: "start" }),
      );
      console.log(`  ${summary.created} created, ${summary.failed} failed`);
      for (const e of summary.errors) console.log(`  ✗ ${e.file}: ${e.message}`);
    } else {
      // Articles stored before reprints were recognised get their signatures once (a no-op after).
      const signed = await backfillSignatures(db);
      if (signed) console.log(`  reprint signatures computed for ${signed} stored articles`);
    }
    // The embedded default is a one-person archive out of the box: give that person a way in, once.
    const first = database ? await createFirstEditor(db) : null;
    if (first) {
      console.log(`\n  Editor account created — shown only this once:\n    email:    ${first.email}\n    password: ${first.password}\n  Sign in at /admin; more accounts: npm run editor:create -- --email … --name …\n`);
    }
  } finally {
    await db.$disconnect();
  }

  if (!dev && (await needsBuild(root))) {
    await step("building the web app (next build)", () => runToEnd("next", ["build"], databaseUrl));
  }

  // Next behind the front door that decides which forwarding headers to believe (scripts/serve.ts).
  server = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "serve.ts"), ...(dev ? ["--dev"] : [])], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: (dev ? (e: NodeJS.ProcessEnv) => e : serverProcessEnv)({ ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: dev ? "development" : "production" }),
  });
  server.once("exit", (code, signal) => void shutdown(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
  const url = `http://localhost:${env.PORT}`;
  await waitForHttp(url, 120_000);
  // Ctrl-C while the server came up: no worker is started for a shutdown already under way.
  if (stopping) return;
  // The jobs (sources' polls and items) in a process of their own beside the server: a slow page or a
  // heavy extraction never competes with the requests' event loop. JOBS_IN_START=0 leaves them to
  // `npm run worker` processes elsewhere.
  if (env.JOBS_IN_START) {
    worker = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "worker.ts")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    worker.once("exit", (code, signal) => {
      // Ctrl-C reaches the whole process group: the worker may stop on it before this process starts stopping.
      if (!stopping && signal !== "SIGINT" && signal !== "SIGTERM") console.error(`✗ the jobs worker stopped (exit ${code}); pages are still served — restart to resume polling`);
    });
  }
  console.log(`\nChronicle is ready at ${url} (started in ${seconds(started)}). Press Ctrl-C to stop.`);
}

function runToEnd(bin: string, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", bin), args, {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(" ")} failed (exit ${code})`))));
  });
}

let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await stopChild(worker);
  await stopChild(server);
  // A worker the start-up spawned while the server was stopping.
  await stopChild(worker);
  if (database) {
    process.stdout.write("stopping the embedded PostgreSQL… ");
    await database.stop().catch((e: Error) => console.error(e.message));
    process.stdout.write("stopped\n");
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: Error) => {
  // One readable line; the stack only when asked for.
  console.error(`✗ ${process.env.CHRONICLE_DEBUG ? error.stack : error.message}`);
  await shutdown(1);
});
