/**
 * What makes meetings one trip, as history.state.gov's Travels pages count a visit: the officials of one
 * side (country) meeting in another country on near dates. Two held, day-dated meetings abroad belong to
 * the same trip when
 *   - the travelling side is the same (a participant's country that is not the place's country),
 *   - the place's country is the same,
 *   - they share at least one travelling official, and
 *   - they are at most TRIP_GAP_DAYS apart;
 * and the relation is transitive (Monday and Wednesday, Wednesday and Friday: one trip Monday–Friday).
 * A trip has at least two meetings: a single meeting abroad is shown as the meeting it is. A meeting in
 * a third country (Geneva) can belong to two trips, one per travelling side. Planned meetings are left
 * out: a trip is what happened.
 */
export const TRIP_GAP_DAYS = 2;

/** One meeting seen from one travelling side. */
export interface TripLeg {
  meetingId: number;
  /** YYYY-MM-DD */
  date: string;
  /** The country of the meeting's place. */
  destination: string;
  /** The travellers' country. */
  side: string;
  /** The side's officials in the meeting. */
  travellers: number[];
}

export interface Trip {
  /** `<first meeting id>-<side>`: stable while the trip's first meeting stays first. */
  key: string;
  side: string;
  destination: string;
  from: string;
  to: string;
  /** By date, then id. */
  meetingIds: number[];
  travellers: number[];
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const byDateThenId = (a: TripLeg, b: TripLeg) => a.date.localeCompare(b.date) || a.meetingId - b.meetingId;

export function tripKey(firstMeetingId: number, side: string): string {
  return `${firstMeetingId}-${side.toLowerCase()}`;
}

/** The meeting and side a trip key names; null when it is not one. */
export function parseTripKey(key: string): { meetingId: number; side: string } | null {
  const m = /^([1-9]\d{0,9})-([a-z]{2})$/.exec(key);
  if (!m) return null;
  const meetingId = Number(m[1]);
  return meetingId <= 2_147_483_647 ? { meetingId, side: (m[2] as string).toUpperCase() } : null;
}

/** Every trip the legs make, each of two meetings or more, in the order of their first meeting. */
export function groupTrips(legs: TripLeg[]): Trip[] {
  const groups = new Map<string, TripLeg[]>();
  for (const leg of legs) {
    if (leg.side === leg.destination || leg.travellers.length === 0) continue;
    const key = `${leg.side}>${leg.destination}`;
    groups.set(key, [...(groups.get(key) ?? []), leg]);
  }
  const trips: Trip[] = [];
  for (const group of groups.values()) trips.push(...chain(group.sort(byDateThenId)));
  return trips.sort((a, b) => a.from.localeCompare(b.from) || (a.meetingIds[0] as number) - (b.meetingIds[0] as number));
}

/** Union-find over one side's legs in one country, sorted by date: each leg joins the earlier ones
 *  within the gap that share a traveller. */
function chain(legs: TripLeg[]): Trip[] {
  const parent = legs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const days = legs.map((l) => dayNumber(l.date));
  for (let i = 1; i < legs.length; i++) {
    const mine = new Set(legs[i]?.travellers);
    for (let j = i - 1; j >= 0 && (days[i] as number) - (days[j] as number) <= TRIP_GAP_DAYS; j--) {
      if (legs[j]?.travellers.some((o) => mine.has(o))) parent[root(j)] = root(i);
    }
  }
  const members = new Map<number, TripLeg[]>();
  legs.forEach((leg, i) => members.set(root(i), [...(members.get(root(i)) ?? []), leg]));
  return [...members.values()].filter((m) => new Set(m.map((l) => l.meetingId)).size > 1).map(toTrip);
}

function toTrip(legs: TripLeg[]): Trip {
  const first = legs[0] as TripLeg;
  return {
    key: tripKey(first.meetingId, first.side),
    side: first.side,
    destination: first.destination,
    from: first.date,
    to: (legs.at(-1) as TripLeg).date,
    meetingIds: [...new Set(legs.map((l) => l.meetingId))],
    travellers: [...new Set(legs.flatMap((l) => l.travellers))],
  };
}
