/**
 * `npm run worker`: a jobs process (polling sources, fetching, extracting and storing their items) on
 * DATABASE_URL. Run any number, on any machines, against one database; `npm start` runs one beside the
 * web server unless JOBS_IN_START=0. SIGTERM / Ctrl-C lets the running jobs finish; a killed worker's
 * jobs are handed to another once they expire (JOBS_EXPIRE_SECONDS).
 */
import { createDb } from "../lib/db";
import { env, requireDatabaseUrl } from "../lib/env";
import { startBoss } from "../lib/jobs/boss";
import { runWorker } from "../lib/jobs/run-worker";
import { backfillSignatures } from "../lib/importer/store/backfill-signatures";
import { extractionPool } from "../lib/importer/pool";
import { sourceSettings } from "../lib/sources/fetch-settings";

const databaseUrl = requireDatabaseUrl();
const db = createDb(databaseUrl);
// Articles stored before reprints were looked for have no signature yet; a worker stores articles
// outside any import run, so it fills them once before taking jobs (resumable, and cheap when done).
await backfillSignatures(db);
const boss = await startBoss({ databaseUrl, expireInSeconds: env.JOBS_EXPIRE_SECONDS, maintenanceSeconds: env.JOBS_MAINTENANCE_SECONDS, retryDelaySeconds: env.JOBS_RETRY_DELAY_SECONDS });
const stop = await runWorker(db, boss, {
  settings: sourceSettings({ allowPrivate: env.FETCH_ALLOW_PRIVATE, hostDelayMs: env.SOURCES_HOST_DELAY_MS, review: env.SOURCES_REVIEW }),
  concurrency: env.SOURCES_CONCURRENCY,
  tickSeconds: env.SOURCES_TICK_SECONDS,
  log: (line) => console.log(`  jobs: ${line}`),
});
console.log(`  jobs worker ${process.pid} on ${new URL(databaseUrl).host} (${env.SOURCES_CONCURRENCY} at once, review: ${env.SOURCES_REVIEW})`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stop().catch((error: Error) => console.error(`jobs: ${error.message}`));
  await extractionPool().destroy();
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
