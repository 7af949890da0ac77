/**
 * Follows a streaming replica behind the primary for the response cache (docs/response-cache.md,
 * *A read replica*). A change notification comes from the primary the moment a write commits; the
 * replica replays that commit a little later. Pages are dropped only once the replica has replayed
 * everything the primary had written when the notification arrived — dropped earlier, a reader's miss
 * would render the old data from the replica and keep it. Past `boundMs` the replica is called behind
 * and the cache stops keeping anything until it has caught up.
 */
export interface ReplicaLagOptions {
  /** The primary's WAL position now (pg_current_wal_insert_lsn): it covers every commit already notified. */
  primaryLsn: () => Promise<string>;
  /** Whether the replica has replayed up to `lsn` (pg_last_wal_replay_lsn() >= lsn). */
  replayed: (lsn: string) => Promise<boolean>;
  /** The replica has what was notified: drop what was kept. */
  onCaughtUp: () => void;
  /** The replica has been behind longer than `boundMs` (true), or has caught up again (false). */
  onBehind: (behind: boolean) => void;
  /** The REPLICA_LAG_BOUND_MS setting. */
  boundMs: number;
  pollMs?: number;
  log?: (line: string) => void;
}

export interface ReplicaLag {
  /** Something committed on the primary (a notification arrived). */
  changed(): void;
  close(): void;
}

/** A WAL position ("16/B374D848") as a number, to keep the furthest of several. */
export function lsnValue(lsn: string): bigint {
  const [high = "", low = ""] = lsn.split("/");
  if (!/^[0-9A-F]{1,8}$/i.test(high) || !/^[0-9A-F]{1,8}$/i.test(low)) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

export function followReplica(o: ReplicaLagOptions): ReplicaLag {
  const { boundMs } = o;
  const pollMs = o.pollMs ?? 10;
  let pending = false; // a notification arrived whose primary position is not fetched yet
  let target: bigint | null = null; // the furthest position notified and not yet replayed
  let running = false;
  let behind = false;
  let closed = false;

  const pause = () => new Promise((resolve) => setTimeout(resolve, pollMs));
  const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const setBehind = (value: boolean) => {
    if (behind === value) return;
    behind = value;
    o.log?.(value ? `read replica more than ${boundMs} ms behind: response cache paused` : "read replica caught up: response cache resumed");
    o.onBehind(value);
  };

  // One loop at a time, while anything is pending: each reached target drops the cache once; a
  // notification that arrives meanwhile moves the target further. A failed query is retried.
  const follow = async () => {
    running = true;
    let since = performance.now();
    while (!closed && (pending || target !== null)) {
      if (pending) {
        pending = false;
        try {
          const lsn = lsnValue(await o.primaryLsn());
          if (target === null || lsn > target) target = lsn;
        } catch (error) {
          pending = true;
          o.log?.(`primary WAL position unknown: ${why(error)}`);
        }
      }
      if (target !== null && (await o.replayed(lsnText(target)).catch((error: unknown) => void o.log?.(`read replica position unknown: ${why(error)}`)))) {
        target = null;
        o.onCaughtUp();
        setBehind(false);
        since = performance.now();
        continue;
      }
      if (performance.now() - since > boundMs) setBehind(true);
      await pause();
    }
    running = false;
  };

  return {
    changed() {
      pending = true;
      if (!running) void follow();
    },
    close() {
      closed = true;
    },
  };
}

function lsnText(value: bigint): string {
  return `${(value >> 32n).toString(16).toUpperCase()}/${(value & 0xffffffffn).toString(16).toUpperCase()}`;
}
