/**
 * Whether the read replica answers, checked every `intervalMs`: while it does not, the front door
 * sends readers to the primary (scripts/serve.ts), so a replica that is down or restarting costs
 * readers at most one interval of failed pages, not an outage.
 */
export interface ReplicaHealth {
  readonly healthy: boolean;
  close(): void;
}

/** `intervalMs` is the REPLICA_HEALTH_INTERVAL_MS setting; a check unanswered after `timeoutMs` (default twice the interval) failed. */
export function watchReplica(o: { check: () => Promise<unknown>; intervalMs: number; timeoutMs?: number; log?: (line: string) => void }): ReplicaHealth {
  const { intervalMs } = o;
  const timeoutMs = o.timeoutMs ?? 2 * intervalMs;
  let healthy = true;
  let checking = false;
  const set = (value: boolean, why = "") => {
    if (healthy === value) return;
    healthy = value;
    o.log?.(value ? "read replica answers again: readers read from it" : `read replica not answering (${why}): readers read from the primary`);
  };
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    let timeout: NodeJS.Timeout | undefined;
    const late = new Promise((_, reject) => (timeout = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)));
    Promise.race([o.check(), late])
      .then(
        () => set(true),
        (error: unknown) => set(false, error instanceof Error ? error.message : String(error)),
      )
      .finally(() => {
        clearTimeout(timeout);
        checking = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    get healthy() {
      return healthy;
    },
    close: () => clearInterval(timer),
  };
}
