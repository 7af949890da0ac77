import { z } from "zod";
import { articleFieldsSchema } from "./article";
import { countryCode, id, optionalDate, optionalText, text } from "./fields";
import { LIMITS } from "./limits";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES } from "./meeting-values";
import { personName } from "./official";

/**
 * The extraction preview an editor corrects, and what "Publish" sends back. The server re-reads
 * `rawText` with the importer (the same text gives the same extraction, checked by `contentHash`), so
 * only the editor's decisions are taken from the client; evidence and labels are for display.
 */

const position = optionalText(LIMITS.position);

/** Who took part: a person the importer found in this text, one already in the archive, or a new one. */
export const draftParticipantSchema = z.discriminatedUnion("ref", [
  z.object({ ref: z.literal("extracted"), name: text(LIMITS.name), position, countryCode }),
  z.object({ ref: z.literal("existing"), officialId: id, position, countryCode }),
  z.object({
    ref: z.literal("new"),
    name: personName,
    nameLatin: optionalText(LIMITS.name).refine((v) => v === null || /^[A-Za-z][A-Za-z\s'’.-]*$/.test(v), { error: "latinName" }),
    position,
    countryCode,
  }),
]);

export const draftMeetingSchema = z.object({
  removed: z.boolean(),
  kind: z.enum(MEETING_KINDS, { error: "choose" }),
  status: z.enum(MEETING_STATUSES, { error: "choose" }),
  date: optionalDate,
  datePrecision: z.enum(DATE_PRECISIONS, { error: "choose" }).nullish(),
  place: optionalText(LIMITS.place),
  participants: z.array(draftParticipantSchema).max(LIMITS.participants),
  topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/)).max(LIMITS.topics),
});

export const draftOfficialSchema = z.object({
  name: text(LIMITS.name),
  removed: z.boolean(),
  position,
});

export const publishArticleSchema = z.object({
  rawText: text(LIMITS.rawText),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  article: articleFieldsSchema,
  /** When the server fetched the page (Add by URL); absent for a pasted text. */
  fetchedAt: z.iso.datetime().nullish().transform((v) => v ?? null),
  officials: z.array(draftOfficialSchema).max(LIMITS.officials),
  meetings: z.array(draftMeetingSchema).max(LIMITS.meetings),
});
export type PublishArticleInput = z.output<typeof publishArticleSchema>;

type Kind = (typeof MEETING_KINDS)[number];
type Status = (typeof MEETING_STATUSES)[number];
type Precision = (typeof DATE_PRECISIONS)[number];

/** The preview as the form holds it: the decisions above plus what the editor needs to judge them. */
interface ParticipantCommon {
  label: string;
  position: string | null;
  countryCode: string | null;
}
export type DraftParticipant = ParticipantCommon &
  ({ ref: "extracted"; name: string } | { ref: "existing"; officialId: number } | { ref: "new"; name: string; nameLatin: string | null });

export interface DraftOfficial {
  name: string;
  removed: boolean;
  position: string | null;
  nameLatin: string | null;
  country: string | null;
  /** The extracted post, to show what a correction changes. */
  extractedPosition: string | null;
  /** Already in the archive under this identity. */
  existingId: number | null;
  evidence: string | null;
}

export interface DraftMeeting {
  removed: boolean;
  kind: Kind;
  status: Status;
  date: string | null;
  datePrecision: Precision | null;
  place: string | null;
  participants: DraftParticipant[];
  topics: string[];
  evidence: string[];
}

export interface ArticleDraft {
  rawText: string;
  contentHash: string;
  titleDerived: boolean;
  article: {
    title: string; lead: string | null; publishedOn: string | null; dateline: string | null; source: string | null; photoCredit: string | null;
    url: string | null; outlet: string | null;
  };
  fetchedAt: string | null;
  officials: DraftOfficial[];
  meetings: DraftMeeting[];
  /** The article's topics, by slug. */
  topics: string[];
}
