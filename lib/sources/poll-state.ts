/** Longest wait after failures: a day. A broken feed is still tried daily, and says why in /admin/sources. */
const MAX_BACKOFF_MINUTES = 24 * 60;

/** Minutes to the next poll: the source's interval, doubled for each failure in a row (backoff), capped. */
export function minutesToNextPoll(pollMinutes: number, failures: number): number {
  if (failures <= 0) return pollMinutes;
  return Math.min(MAX_BACKOFF_MINUTES, pollMinutes * 2 ** Math.min(failures, 16));
}
