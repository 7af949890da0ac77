import type { MeetingFull } from "../../types";
import { COUNTRY_PLACES } from "./places";

const IN_PERSON: ReadonlySet<MeetingFull["kind"]> = new Set(["meeting", "talks", "signing"]);

/** `День начался с переговоров в министерстве иностранных дел: …. Затем гостя принял Президент в
 *  Акорде в Астане`: a held meeting the story places nowhere, on the day another held meeting of one of
 *  its people is placed in a city, was in that city — a visitor does not leave town between two talks of
 *  one day. Two cities that day decide nothing. */
export function placeBySameDay(meetings: MeetingFull[]): void {
  for (const m of meetings) {
    if (m.place !== null || m.status !== "held" || !IN_PERSON.has(m.kind) || m.datePrecision !== "day" || !m.date) continue;
    const names = new Set(m.participants.map((p) => p.name));
    const sameDay = meetings.filter(
      (o) => o !== m && o.status === "held" && o.date === m.date && o.kind !== "call" && o.place !== null && !COUNTRY_PLACES.has(o.place) && o.participants.some((p) => names.has(p.name)),
    );
    const cities = new Set(sameDay.map((o) => o.place));
    if (cities.size !== 1) continue;
    const [from] = sameDay;
    m.place = from?.place ?? null;
    const sentence = from?.evidence.find((e) => e.fact === "place")?.sentence;
    if (sentence !== undefined) m.evidence.push({ fact: "place", sentence });
  }
}
