import "server-only";
import { sql, type Sql } from "@/lib/db";
import { PLACE_LOCATIONS } from "@/lib/domain/place-locations";

const names = Object.keys(PLACE_LOCATIONS);
const countries = names.map((n) => PLACE_LOCATIONS[n]?.country);

/**
 * The places lib/domain knows the country of, as a table to join (`name`, `country`): the importer
 * stores places by name alone. The names travel as two array parameters. Joined once per statement —
 * as a correlated subquery per meeting it cost the timeline's trips 30 ms on the 100k benchmark.
 */
export function knownPlaces(): Sql {
  return sql`(SELECT * FROM unnest(${names}::text[], ${countries}::text[]) AS g(name, country))`;
}
