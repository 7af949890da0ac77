import path from "node:path";
import Tinypool from "tinypool";
import { FetchPageError } from "./fetch-page-error";
import type { PageArticle } from "./read-article-html";
import type { ReadPageOutcome, ReadPageTask } from "./read-page-worker";

/** Longest one page may take to read. Measured here (linkedom + Readability, 2 shared cores): 7–10 ms for
 *  an article page of 2–3 KB of markup, ~170 ms for 170 KB, ~4 s for 1 MB, ~10 s for 3 MB — it grows
 *  faster than the size, so a page near the 5 MB cap is refused as too complex rather than read. */
const BUDGET_MS = 10_000;

const key = Symbol.for("chronicle.readPagePool");
const holder = globalThis as { [key]?: Tinypool };

/**
 * Reading a page (parsing up to 5 MB of HTML into a DOM, Readability's scoring) runs on a worker thread,
 * as extraction does: the thread that serves pages never waits for it, and a page past the budget
 * ends its thread, not the server. One thread, made on first use, kept on globalThis like the
 * extraction pool.
 */
export async function readPageOffThread(task: ReadPageTask): Promise<PageArticle> {
  holder[key] ??= new Tinypool({
    filename: path.resolve("lib/fetch-page/read-page-worker.mjs"),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 768 },
  });
  const abort = AbortSignal.timeout(BUDGET_MS);
  let outcome: ReadPageOutcome;
  try {
    outcome = (await holder[key].run(task, { signal: abort })) as ReadPageOutcome;
  } catch (error) {
    if (abort.aborted) throw new FetchPageError("the page took too long to read", { kind: "too-complex" });
    throw error;
  }
  if (!outcome.ok) throw new FetchPageError(outcome.message, outcome.problem);
  return outcome.page;
}
