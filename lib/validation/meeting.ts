import { z } from "zod";
import { checkbox, countryCode, id, optionalDate, optionalText, rows, version } from "./fields";
import { LIMITS } from "./limits";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES } from "./meeting-values";


const datePrecision = z.enum(DATE_PRECISIONS, { error: "choose" }).nullish();

/** A date with its precision: a month or year is stored as its first day. */
export function coarseDate(date: string | null, precision: (typeof DATE_PRECISIONS)[number] | null | undefined): string | null {
  if (!date) return null;
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  if (precision === "month") return `${date.slice(0, 7)}-01`;
  return date;
}

export const participantSchema = z.object({
  officialId: id,
  position: optionalText(LIMITS.position),
  countryCode,
});

/** The facts of a meeting an editor decides. */
export const meetingFactsSchema = z.object({
  kind: z.enum(MEETING_KINDS, { error: "choose" }),
  status: z.enum(MEETING_STATUSES, { error: "choose" }),
  date: optionalDate,
  datePrecision,
  place: optionalText(LIMITS.place),
  participants: rows(participantSchema, LIMITS.participants).refine(
    (ps) => new Set(ps.map((p) => p.officialId)).size === ps.length,
    { error: "participantTwice" },
  ),
  topicIds: rows(id, LIMITS.topics).transform((ids) => [...new Set(ids)]),
});

export const updateMeetingSchema = meetingFactsSchema.extend({
  id,
  version,
  summary: optionalText(LIMITS.summary),
  outcomes: optionalText(LIMITS.outcomes),
  needsReview: checkbox,
});
export type UpdateMeetingInput = z.output<typeof updateMeetingSchema>;
