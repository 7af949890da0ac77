/**
 * The response cache of this process, if the front door (scripts/serve.ts) made one. Next bundles the
 * actions apart from the server's own modules, so the cache is found through globalThis, not an import.
 */
const slot = Symbol.for("chronicle.responseCache");
type Clearable = { clear(): void };
const holder = globalThis as unknown as Record<symbol, Clearable | undefined>;

export function registerResponseCache(cache: Clearable): void {
  holder[slot] = cache;
}

/**
 * Empties this process's cache at once, for a writer that has just committed: its own next request must
 * not wait for the database's notification (which clears every instance, this one included, a moment
 * later).
 */
export function clearResponseCache(): void {
  holder[slot]?.clear();
}
