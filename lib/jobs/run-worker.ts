import type PgBoss from "pg-boss";
import { sql, type Db } from "@/lib/db";
import type { SourceSettings } from "@/lib/sources/fetch-settings";
import { fetchItem } from "@/lib/sources/fetch-item";
import { pollSource } from "@/lib/sources/poll-source";
import { QUEUES, type FetchItemJob, type PollSourceJob } from "./queues";
import { withJobs } from "./with-jobs";

export interface WorkerOptions {
  settings: SourceSettings;
  /** Items this process works on at once. */
  concurrency: number;
  tickSeconds: number;
  log?: (line: string) => void;
}

/**
 * This process's share of the jobs: it polls the sources that are due and works on items, beside any
 * number of other workers on the same database. pg-boss hands each job to one worker (SKIP LOCKED), so
 * two workers never fetch the same item; a job whose worker was killed is handed out again once it
 * expires. Resolves to a stop function that lets running jobs finish.
 */
export async function runWorker(db: Db, boss: PgBoss, { settings, concurrency, tickSeconds, log = () => undefined }: WorkerOptions): Promise<() => Promise<void>> {
  await boss.work<PollSourceJob>(QUEUES.pollSource, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const outcome = await pollSource(db, boss, job.data.outletId, settings);
    log(`poll of source ${job.data.outletId}: ${outcome ? `${outcome.found} listed, ${outcome.queued} new${outcome.notModified ? " (not modified)" : ""}` : "failed (kept on the source)"}`);
  });
  for (let i = 0; i < concurrency; i++) {
    let workerId = "";
    workerId = await boss.work<FetchItemJob>(QUEUES.fetchItem, { pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
      if (!job) return;
      try {
        const outcome = await fetchItem(db, job.data.itemId, settings, { last: job.retryCount >= job.retryLimit });
        log(`item ${job.data.itemId}: ${outcome}`);
      } finally {
        // While there is work, take the next job at once: pg-boss otherwise waits out its polling
        // interval after every job, so each loop would take at most one item a second however fast it is.
        if (workerId) boss.notifyWorker(workerId);
      }
    });
  }
  const tick = setInterval(() => void queueDuePolls(db, boss).catch((error: Error) => log(`scheduler: ${error.message}`)), tickSeconds * 1000);
  void queueDuePolls(db, boss).catch((error: Error) => log(`scheduler: ${error.message}`));
  return async () => {
    clearInterval(tick);
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  };
}

/**
 * The scheduler, run by every worker: sources that are enabled and due, or that an editor asked to poll
 * now, are claimed (their next poll moved on) and their poll jobs queued in one transaction — a source
 * claimed by one worker's tick is not due for another's.
 */
export async function queueDuePolls(db: Db, boss: PgBoss): Promise<number> {
  return withJobs(db, boss, async (tx, queue) => {
    const rows = await tx.rows<{ id: number }>(sql`
      UPDATE "Outlet" SET "nextPollAt" = now() + "pollMinutes" * interval '1 minute', "pollRequestedAt" = NULL
      WHERE id IN (
        SELECT id FROM "Outlet"
        WHERE "feedUrl" IS NOT NULL AND ("pollRequestedAt" IS NOT NULL OR (enabled AND ("nextPollAt" IS NULL OR "nextPollAt" <= now())))
        FOR UPDATE SKIP LOCKED)
      RETURNING id`);
    await queue(rows.map(({ id }) => ({ name: QUEUES.pollSource, data: { outletId: id } satisfies PollSourceJob, singletonKey: `source-${id}` })));
    return rows.length;
  });
}
