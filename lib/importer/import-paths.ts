import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Db, poolOf, prismaTx, sql, withSession, type Tx } from "@/lib/db";
import type { ImportTrigger } from "@/lib/generated/prisma/enums";
import { listArticleFiles } from "./list-files";
import { extractWithinBudget } from "./pool";
import { backfillSignatures } from "./store/backfill-signatures";
import { preloadCountries } from "./store/lookups";
import { PlannerStatistics } from "./store/planner-statistics";
import { StoreCache } from "./store/store-cache";
import { storeArticle, type StoreOutcome } from "./store/store-article";
import { syncTopics, topicIdsBySlug } from "./store/sync-topics";
import type { ImportError } from "./types";

export interface ImportSummary {
  runId: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Files that were another copy of a stored article's story: no article created (see storeArticle). */
  reprint: number;
  failed: number;
  errors: ImportError[];
  reprints: { file: string; articleId: number }[];
}

export interface ImportOptions {
  trigger: ImportTrigger;
  onFile?: (file: string, outcome: StoreOutcome | "failed") => void;
  /** Articles in flight at once: extraction runs on the pool's threads while the others wait on the database. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 3;

/**
 * Imports the article files under `paths`, one transaction per article; a file that fails is recorded
 * with its reason and the batch goes on. The run and its counts are kept as an ImportRun. A few workers
 * pull files from one stream, so the corpus is never held whole; storeArticle makes their concurrent
 * transactions safe (see there). Articles commit without waiting for the disk; the run record's final
 * (durable) commit flushes them all, so a crash mid-run loses at most the last moments of articles and
 * leaves a run without finishedAt — importing the same paths again stores exactly what is missing, and
 * marks that run interrupted.
 */
export async function importPaths(db: Db, paths: string[], { trigger, onFile, concurrency = DEFAULT_CONCURRENCY }: ImportOptions): Promise<ImportSummary> {
  await syncTopics(db);
  await backfillSignatures(db);
  const cache = new StoreCache();
  await preloadCountries(db, cache);
  cache.topics = await topicIdsBySlug(prismaTx(db));
  // Held for the whole run: the session's advisory lock tells every other process this run is alive;
  // ending the session (withSession destroys the connection) is what releases it.
  return withSession(db, async (liveness) => {
    await markInterruptedRuns(db, liveness);
    return runImport(db, await startRun(liveness, trigger), paths, { onFile, concurrency }, cache);
  });
}

async function runImport(db: Db, run: { id: number }, paths: string[], { onFile, concurrency }: Omit<ImportOptions, "trigger">, cache: StoreCache): Promise<ImportSummary> {
  const statistics = new PlannerStatistics(poolOf(db), await db.article.count());
  const summary: ImportSummary = { runId: run.id, created: 0, updated: 0, unchanged: 0, reprint: 0, failed: 0, errors: [], reprints: [] };
  const failures: { order: number; error: ImportError }[] = [];
  const files = listArticleFiles(paths);
  let order = 0;

  async function worker() {
    for (let next = await files.next(); !next.done; next = await files.next()) {
      const { file, problem } = next.value;
      const position = order++;
      let outcome: StoreOutcome | "failed";
      try {
        if (problem) throw new Error(problem);
        const x = await extractWithinBudget(await readFile(file), file);
        const stored = await storeArticle(db, x, path.basename(file), cache, { durable: false });
        outcome = stored.outcome;
        if (outcome === "reprint" && stored.articleId !== null) summary.reprints.push({ file, articleId: stored.articleId });
      } catch (error) {
        outcome = "failed";
        failures.push({ order: position, error: { file, message: firstLine(error) } });
      }
      summary[outcome] += 1;
      if (outcome === "created" || outcome === "updated") statistics.written();
      onFile?.(file, outcome);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency ?? DEFAULT_CONCURRENCY) }, worker));
  await statistics.finish();

  summary.errors = failures.sort((a, b) => a.order - b.order).map((f) => f.error);
  await db.importRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), created: summary.created, updated: summary.updated, unchanged: summary.unchanged, reprint: summary.reprint, failed: summary.failed, errors: summary.errors as object[] },
  });
  return summary;
}

/** The first key of the advisory locks that import runs hold (the second is the run's id). */
const RUN_LOCK_SPACE = 0x1a7e;

/** The run's row, created and locked in one transaction: no other process sees it unlocked. */
async function startRun(session: Tx, trigger: ImportTrigger): Promise<{ id: number }> {
  await session.rows(sql`BEGIN`);
  try {
    const rows = await session.rows<{ id: number }>(sql`INSERT INTO "ImportRun" ("trigger") VALUES (${trigger}::"ImportTrigger") RETURNING id`);
    const id = rows[0]!.id;
    await session.rows(sql`SELECT pg_advisory_lock(${RUN_LOCK_SPACE}::int, ${id}::int)`);
    await session.rows(sql`COMMIT`);
    return { id };
  } catch (error) {
    await session.rows(sql`ROLLBACK`);
    throw error;
  }
}

/**
 * Runs left without a finish time whose process is gone (killed, crashed): nobody holds their lock, so
 * this session can take it. Marked interrupted, so they no longer look like runs in progress.
 */
async function markInterruptedRuns(db: Db, session: Tx): Promise<void> {
  const open = await db.importRun.findMany({ where: { finishedAt: null, interruptedAt: null }, select: { id: true } });
  for (const { id } of open) {
    const rows = await session.rows<{ free: boolean }>(sql`SELECT pg_try_advisory_lock(${RUN_LOCK_SPACE}::int, ${id}::int) AS free`);
    if (!rows[0]?.free) continue;
    await db.importRun.update({ where: { id }, data: { interruptedAt: new Date() } });
    await session.rows(sql`SELECT pg_advisory_unlock(${RUN_LOCK_SPACE}::int, ${id}::int)`);
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").filter(Boolean).at(-1)?.slice(0, 500) ?? "unknown error";
}
