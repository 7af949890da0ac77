import { z } from "zod";
import { absoluteUrl, countryCode, datePrecision, dateSource, isoDate, isoDateTime, meetingKind, meetingStatus, officialRef, paginated, placeRef, topicRef } from "./common";

export const participant = officialRef
  .extend({
    position: z.string().nullable().describe("The post held at the meeting's date, in the nominative, as written"),
    country: countryCode.nullable().describe("The side the participant represented"),
  })
  .meta({ id: "Participant" });

export const followUpRef = z
  .object({ id: z.int(), url: absoluteUrl, date: isoDate, datePrecision })
  .meta({ id: "FollowUpRef", description: "A meeting paired with this one as announced and held" });

export const meetingSummary = z
  .object({
    id: z.int(),
    url: absoluteUrl.describe("The meeting's page"),
    kind: meetingKind,
    status: meetingStatus,
    date: isoDate.nullable(),
    datePrecision: datePrecision.nullable(),
    place: placeRef.nullable(),
    participants: z.array(participant),
    topics: z.array(topicRef),
    sourceCount: z.int().min(0).describe("How many articles report the meeting"),
    sourceUrls: z.array(absoluteUrl).describe("The original pages of the articles reporting it, where known"),
    heldAs: followUpRef
      .nullable()
      .describe("For a planned meeting: the held meeting that took place as announced (a shared participant, a kind of the same family, within the planned day, month or year ± 14 days)"),
    announcedAs: z.array(followUpRef).describe("For a held meeting: the planned meetings that announced it"),
    unconfirmed: z.boolean().describe("A planned meeting whose date (or month, or year) has passed with no held meeting reported to match it"),
  })
  .meta({ id: "MeetingSummary" });

export const meetingList = paginated(meetingSummary, "MeetingList");

export const articleRef = z
  .object({
    slug: z.string(),
    url: absoluteUrl,
    title: z.string(),
    publishedOn: isoDate.nullable(),
    source: z.string().nullable().describe("Agency or press service it quotes"),
    outlet: z.string().nullable().describe("The site that published it"),
    originalUrl: absoluteUrl.nullable().describe("The page it was first published on"),
  })
  .meta({ id: "ArticleRef" });

export const evidence = z
  .object({
    fact: z.enum(["official", "position", "participant", "kind", "status", "date", "place", "topic"]),
    sentence: z.string().describe("The sentence the fact was read from"),
    articleSlug: z.string(),
    paragraph: z.int().describe("Paragraph of the article's body (-2 the title, -1 the lead)"),
    offset: z.int().min(0).describe("Character offset of the sentence in that paragraph"),
    origin: z.enum(["importer", "editor"]).describe("`editor` when an editor corrected it"),
  })
  .meta({ id: "Evidence" });

export const meetingDetail = meetingSummary
  .extend({
    summary: z.string().nullable(),
    outcomes: z.string().nullable(),
    dateSource: dateSource.nullable(),
    needsReview: z.boolean().describe("Extracted automatically and not yet checked by an editor"),
    sources: z.array(articleRef),
    evidence: z.array(evidence),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "Meeting" });

export type MeetingSummary = z.input<typeof meetingSummary>;
export type FollowUpRef = z.input<typeof followUpRef>;
export type MeetingDetail = z.input<typeof meetingDetail>;
