/** A stretch of a list: meetings of one trip next to each other, or one meeting of none. */
export interface TripRun<E, T> {
  trip: T | null;
  entries: E[];
}

/**
 * A list of meetings cut into runs so that neighbours of one trip show as one group. Order is kept: a
 * trip whose meetings are apart in the list (another meeting between them) makes two groups. A meeting
 * in two trips (both sides travelled) is grouped with the first of them.
 */
export function tripRuns<E extends { id: number }, T extends { key: string; meetingIds: number[] }>(entries: E[], trips: T[]): TripRun<E, T>[] {
  const tripOf = new Map<number, T>();
  for (const trip of trips) for (const id of trip.meetingIds) if (!tripOf.has(id)) tripOf.set(id, trip);
  const runs: TripRun<E, T>[] = [];
  for (const entry of entries) {
    const trip = tripOf.get(entry.id) ?? null;
    const last = runs.at(-1);
    if (trip && last?.trip?.key === trip.key) last.entries.push(entry);
    else runs.push({ trip, entries: [entry] });
  }
  return runs;
}
