import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import Tinypool from "tinypool";
import { UnreadableArticleError } from "../parse/unreadable-article-error";
import type { Extraction } from "../types";
import type { ExtractOutcome, ExtractTask } from "./extract-worker";

export interface PoolSettings {
  /** Longest one article may take to extract; beyond it the thread is terminated and replaced. */
  budgetMs: number;
  threads: number;
}

/**
 * Extraction runs on worker threads, never on the thread that serves requests: a hostile paste keeps one
 * worker busy for at most the budget while every page answers as usual. tinypool (zero dependencies, the
 * pool vitest grew up on) queues tasks, keeps a thread warm and replaces one it terminated; aborting a
 * running task is what terminates it. The worker is the TypeScript source run through tsx, as every
 * entry point here is, so the app runs from its root folder.
 */
export class ExtractionPool {
  private readonly pool: Tinypool;

  constructor(private readonly settings: PoolSettings) {
    this.pool = new Tinypool({
      filename: path.resolve("lib/importer/pool/extract-worker.mjs"),
      minThreads: 1,
      maxThreads: settings.threads,
      idleTimeout: 60_000,
      // A paste that makes a thread's heap grow without end ends that thread, not the server.
      resourceLimits: { maxOldGenerationSizeMb: 768 },
    });
  }

  /** The article's extraction, or `UnreadableArticleError` — also when it runs past the budget. */
  async extract(input: string | Uint8Array, file: string): Promise<Extraction> {
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    port1.once("message", () => (timer = setTimeout(() => abort.abort(), this.settings.budgetMs)));
    try {
      const task: ExtractTask = { input, file, started: port2 };
      const outcome = (await this.pool.run(task, { signal: abort.signal, transferList: [port2] })) as ExtractOutcome;
      if (!outcome.ok) throw new UnreadableArticleError(outcome.reason, outcome.problem);
      return outcome.extraction;
    } catch (error) {
      if (abort.signal.aborted || isOutOfMemory(error)) throw tooComplex(this.settings.budgetMs);
      throw error;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}

function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "ERR_WORKER_OUT_OF_MEMORY";
}

function tooComplex(budgetMs: number): UnreadableArticleError {
  const seconds = budgetMs / 1000;
  return new UnreadableArticleError(`too complex to extract automatically (not done in ${seconds} s): fill the fields by hand`, { kind: "too-complex", seconds });
}
