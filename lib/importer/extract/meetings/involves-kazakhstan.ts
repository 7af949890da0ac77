import type { ParticipantOut } from "../../types";
import { isInKazakhstan } from "./places";

/** The archive is about Kazakhstan: an event counts when a Kazakh official takes part, it happens in
 *  Kazakhstan, or the participants' countries are not all known (an unknown person may be Kazakh).
 *  `Он также посетит Ташкент и Душанбе` (a US envoy's onward trip) does not. */
export function involvesKazakhstan(participants: readonly ParticipantOut[], place: string | null): boolean {
  if (place && isInKazakhstan(place)) return true;
  if (participants.some((p) => p.country === "KZ")) return true;
  return participants.length > 0 ? participants.some((p) => p.country === null) : place === null;
}
