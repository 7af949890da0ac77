import "server-only";
import { queryRows, sql } from "@/lib/db";
import type { Trip } from "@/lib/trips/group-trips";
import { tripsOfMeetings } from "./trips-of-meetings";

export interface TripTraveller {
  slug: string;
  nameRu: string;
  nameLatin: string | null;
}

/** A trip as a list names it: who travelled where and when, and how many meetings it had. */
export interface TripSummary extends Omit<Trip, "travellers"> {
  travellers: TripTraveller[];
}

/**
 * The trips the given meetings belong to, each with its travellers' names (in the order of their id,
 * the order MeetingRow lists participants in): for the timeline's groups and a meeting's link to its trip.
 */
export async function tripSummaries(meetings: { id: number; date: string | null }[]): Promise<TripSummary[]> {
  const trips = await tripsOfMeetings(meetings);
  if (trips.length === 0) return [];
  const people = await queryRows<TripTraveller & { id: number }>(sql`
    SELECT id, slug, "nameRu", "nameLatin" FROM "Official" WHERE id = ANY(${[...new Set(trips.flatMap((t) => t.travellers))]})`);
  const byId = new Map(people.map(({ id, ...p }) => [id, p]));
  return trips.map((t) => ({ ...t, travellers: [...t.travellers].sort((a, b) => a - b).flatMap((id) => byId.get(id) ?? []) }));
}
