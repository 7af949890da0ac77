import type PgBoss from "pg-boss";

/** The jobs of the sources pipeline. A source's poll lists new items; each item is one job that
 *  fetches, extracts and stores it (docs/sources.md says why that is one job, not three). */
export const QUEUES = {
  pollSource: "poll-source",
  fetchItem: "fetch-item",
  /** Where a job goes after its last retry failed: kept for a person to look at, never run. */
  deadPolls: "poll-source-dead",
  deadItems: "fetch-item-dead",
} as const;

export interface PollSourceJob {
  outletId: number;
}

export interface FetchItemJob {
  itemId: number;
}

/** Retries with backoff (pg-boss doubles `retryDelay` each time, with jitter), then the dead letter.
 *  `stately`: at most one waiting and one running job per singleton key — one poll per source at a time. */
export function queueOptions({ expireInSeconds, retryDelaySeconds }: { expireInSeconds: number; retryDelaySeconds: number }): Record<string, PgBoss.Queue> {
  return {
    [QUEUES.deadPolls]: { name: QUEUES.deadPolls, retentionDays: 30 },
    [QUEUES.deadItems]: { name: QUEUES.deadItems, retentionDays: 30 },
    [QUEUES.pollSource]: { name: QUEUES.pollSource, policy: "stately", retryLimit: 3, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds, deadLetter: QUEUES.deadPolls },
    [QUEUES.fetchItem]: { name: QUEUES.fetchItem, policy: "standard", retryLimit: 5, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds, deadLetter: QUEUES.deadItems },
  };
}
