import { env } from "@/lib/env";
import type { Extraction } from "../types";
import { ExtractionPool } from "./extraction-pool";

const key = Symbol.for("chronicle.extractionPool");
const holder = globalThis as { [key]?: ExtractionPool };

/** The process's one pool, made on first use (kept on globalThis so a dev-server reload does not start another). */
export function extractionPool(): ExtractionPool {
  holder[key] ??= new ExtractionPool({ budgetMs: env.EXTRACT_BUDGET_MS, threads: env.EXTRACT_THREADS });
  return holder[key];
}

/** Every extraction outside the pure tests: on a worker thread, within the time budget and the size limit. */
export function extractWithinBudget(input: string | Uint8Array, file: string): Promise<Extraction> {
  return extractionPool().extract(input, file);
}
