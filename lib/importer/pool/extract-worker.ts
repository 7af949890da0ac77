/**
 * One extraction worker thread (run by extraction-pool.ts through tinypool). The dictionaries load once
 * per thread, with one warm-up article, before the first task says it has started: the time budget
 * counts that task's extraction only.
 */
import type { MessagePort } from "node:worker_threads";
import { extractArticle, loadImporterLanguage, UnreadableArticleError } from "../extract-article";
import type { UnreadableProblem } from "../parse/unreadable-article-error";
import type { Extraction } from "../types";

export interface ExtractTask {
  input: string | Uint8Array;
  file: string;
  /** Told when extraction begins: the budget starts then, not while the task waited for a thread. */
  started: MessagePort;
}

/** A refusal crosses the thread as data: an Error's class does not survive structured cloning. */
export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; reason: string; problem: UnreadableProblem };

/** A first extraction fills lazy caches (≈0.4 s here); done before any task, it is charged to none. */
const WARM_UP = " date 2026-02-05 Министр иностранных дел Казахстана Ермек Кошербаев встретился в Вашингтоне с государственным секретарем США Марко Рубио. Стороны обсудили сотрудничество.";
const ready = loadImporterLanguage().then(() => void extractArticle(WARM_UP, "warm-up"));

export default async function extract({ input, file, started }: ExtractTask): Promise<ExtractOutcome> {
  await ready;
  started.postMessage(null);
  started.close();
  try {
    return { ok: true, extraction: extractArticle(input, file) };
  } catch (error) {
    if (error instanceof UnreadableArticleError) return { ok: false, reason: error.reason, problem: error.problem };
    throw error;
  }
}
