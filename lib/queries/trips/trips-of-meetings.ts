import "server-only";
import { queryRows, sql, type Sql } from "@/lib/db";
import { groupTrips, TRIP_GAP_DAYS, type Trip, type TripLeg } from "@/lib/trips/group-trips";
import { isoDate } from "../iso-date";
import { knownPlaces } from "./place-countries";

/** Rounds of widening before giving up on a trip that keeps growing (each round is one statement). */
const MAX_ROUNDS = 8;

/**
 * The trips (lib/trips/group-trips.ts) the given meetings (with their dates, as lists have them) belong
 * to. The rule reads neighbours within the gap, so the legs of every day within TRIP_GAP_DAYS of the
 * meetings are loaded and grouped, and then those of the days around each trip found, until no trip
 * grows — so a trip comes out the same (the same key) whichever of its meetings asked. Days, not a date
 * range: a timeline page filtered by an official spans years but only a few hundred days. One statement
 * for a timeline page usually; a second when a trip reaches past the days first loaded.
 */
export async function tripsOfMeetings(meetings: { id: number; date: string | null }[]): Promise<Trip[]> {
  const asked = new Set(meetings.map((m) => m.id));
  const legs: TripLeg[] = [];
  const loaded = new Set<string>();
  let trips: Trip[] = [];
  let spans = meetings.flatMap((m) => (m.date ? [{ from: m.date, to: m.date }] : []));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const days = [...new Set(spans.flatMap((s) => daysAround(s.from, s.to)))].filter((d) => !loaded.has(d));
    if (days.length === 0) break;
    for (const d of days) loaded.add(d);
    legs.push(...(await loadLegs(sql`m.date = ANY(${days}::date[])`)));
    trips = groupTrips(legs).filter((t) => t.meetingIds.some((id) => asked.has(id)));
    spans = trips;
  }
  return trips;
}

/** Every day from `from` less the gap to `to` plus the gap, as YYYY-MM-DD. */
function daysAround(from: string, to: string): string[] {
  const day = 86_400_000;
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`) - TRIP_GAP_DAYS * day; t <= Date.parse(`${to}T00:00:00Z`) + TRIP_GAP_DAYS * day; t += day) {
    out.push(isoDate(new Date(t)) as string);
  }
  return out;
}

/** Held, day-dated meetings abroad matching `where`, one leg per travelling side. */
async function loadLegs(where: Sql): Promise<TripLeg[]> {
  const rows = await queryRows<{ meetingId: number; date: Date; destination: string; side: string; travellers: number[] }>(sql`
    WITH d AS (
      SELECT p.id, coalesce(p."countryCode", g.country) AS country FROM "Place" p LEFT JOIN ${knownPlaces()} g ON g.name = p."nameRu"
    )
    SELECT m.id AS "meetingId", m.date, d.country AS destination, mp."countryCode" AS side,
      array_agg(mp."officialId" ORDER BY mp."officialId") AS travellers
    FROM "Meeting" m
    JOIN d ON d.id = m."placeId"
    JOIN "MeetingParticipant" mp ON mp."meetingId" = m.id AND mp."countryCode" <> d.country
    WHERE m.status = 'held' AND m."datePrecision" = 'day' AND m.date IS NOT NULL AND ${where}
    GROUP BY m.id, d.country, mp."countryCode"`);
  return rows.map((r) => ({ ...r, date: isoDate(r.date) as string }));
}
