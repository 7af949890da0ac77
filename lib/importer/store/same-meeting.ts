import type { DatePrecision, MeetingKind, MeetingStatus } from "@/lib/importer/types";

/** What the rule needs to know of a meeting, stored or just extracted. */
export interface MeetingShape {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD
  datePrecision: DatePrecision | null;
  place: string | null;
  participants: string[]; // official identity keys
}

// Reports of one encounter call it a meeting or talks interchangeably; other kinds must agree.
const FAMILY: Record<MeetingKind, string> = {
  meeting: "meeting",
  talks: "meeting",
  conference: "conference",
  visit: "visit",
  call: "call",
  signing: "signing",
};

/**
 * Two reports describe ONE real meeting when: their kinds are of one family; their status agrees; their
 * dates agree (within a day when both are known to the day, the same month or year when either is
 * coarser; an unknown date agrees only when everything else is exact); their places agree when both
 * are known; and their named participants mostly coincide (at least one shared and Jaccard ≥ 0.5), or
 * neither names anyone and the place is the same. A conference is reported by naming a few of its many
 * participants, so there the shared people are counted against the shorter list instead.
 */
export function sameMeeting(a: MeetingShape, b: MeetingShape): boolean {
  if (FAMILY[a.kind] !== FAMILY[b.kind] || a.status !== b.status) return false;
  if (a.place && b.place && a.place.toLowerCase() !== b.place.toLowerCase()) return false;
  const overlap = participantOverlap(a.participants, b.participants, FAMILY[a.kind] === "conference");
  if (overlap === null) {
    if (!a.place || !b.place) return false;
  } else if (overlap < 0.5) {
    return false;
  }
  if (!a.date || !b.date) return !a.date && !b.date && overlap === 1;
  return datesAgree(a, b);
}

/** How far two participant sets coincide: shared people over all of them (Jaccard), or over the shorter
 *  list for conferences; 0 when only one side names anyone, null when neither does. */
function participantOverlap(a: string[], b: string[], againstShorter: boolean): number | null {
  if (a.length === 0 && b.length === 0) return null;
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((x) => right.has(x)).length;
  if (shared === 0) return 0;
  return shared / (againstShorter ? Math.min(left.size, right.size) : new Set([...left, ...right]).size);
}

function datesAgree(a: MeetingShape, b: MeetingShape): boolean {
  const coarsest = [a.datePrecision, b.datePrecision].includes("year")
    ? "year"
    : [a.datePrecision, b.datePrecision].includes("month")
      ? "month"
      : "day";
  const da = a.date as string;
  const db = b.date as string;
  if (coarsest === "year") return da.slice(0, 4) === db.slice(0, 4);
  if (coarsest === "month") return da.slice(0, 7) === db.slice(0, 7);
  const days = Math.abs(Date.parse(da) - Date.parse(db)) / 86_400_000;
  return days <= 1;
}
