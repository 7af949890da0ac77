import os from "node:os";

/** Measured worst shapes take 0.1–0.8 s (lib/importer/worst-case.test.ts); a real article, milliseconds. */
export const DEFAULT_BUDGET_MS = 4_000;
/** One core is left to the web server and PostgreSQL. */
export const DEFAULT_THREADS = Math.max(1, Math.min(2, os.availableParallelism() - 1));
