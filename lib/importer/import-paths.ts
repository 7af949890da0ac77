import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import type { ImportTrigger } from "@/lib/generated/prisma/enums";
import { extractArticle, loadImporterLanguage } from "./extract-article";
import { listArticleFiles } from "./list-files";
import { storeArticle, type StoreOutcome } from "./store/store-article";
import { syncTopics } from "./store/sync-topics";
import type { ImportError } from "./types";

export interface ImportSummary {
  runId: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: ImportError[];
}

export interface ImportOptions {
  trigger: ImportTrigger;
  onFile?: (file: string, outcome: StoreOutcome | "failed") => void;
}

/**
 * Imports the article files under `paths`, one transaction per article; a file that fails is recorded
 * with its reason and the batch goes on. The run and its counts are kept as an ImportRun.
 */
export async function importPaths(db: Db, paths: string[], { trigger, onFile }: ImportOptions): Promise<ImportSummary> {
  await loadImporterLanguage();
  await syncTopics(db);
  const run = await db.importRun.create({ data: { trigger }, select: { id: true } });
  const summary: ImportSummary = { runId: run.id, created: 0, updated: 0, unchanged: 0, failed: 0, errors: [] };
  for await (const file of listArticleFiles(paths)) {
    let outcome: StoreOutcome | "failed";
    try {
      const x = extractArticle(await readFile(file), file);
      outcome = await storeArticle(db, x, path.basename(file));
    } catch (error) {
      outcome = "failed";
      summary.errors.push({ file, message: firstLine(error) });
    }
    summary[outcome] += 1;
    onFile?.(file, outcome);
  }
  await db.importRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), created: summary.created, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed, errors: summary.errors as object[] },
  });
  return summary;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n").filter(Boolean).at(-1)?.slice(0, 500) ?? "unknown error";
}
