import { z } from "zod";
import { absoluteUrl, countryCode, isoDate, isoDateTime, officialRef, paginated } from "./common";
import { meetingSummary } from "./meeting";

export const officialSummary = officialRef
  .extend({
    url: absoluteUrl.describe("The official's page"),
    country: countryCode.nullable(),
    position: z.string().nullable().describe("The most recently seen post"),
    meetingCount: z.int().min(0),
    articleCount: z.int().min(0),
  })
  .meta({ id: "OfficialSummary" });

export const officialList = paginated(officialSummary, "OfficialList");

export const position = z
  .object({
    title: z.string().describe("The post in the nominative, as written"),
    organisation: z
      .object({ nameRu: z.string(), nameEn: z.string().nullable(), country: countryCode.nullable() })
      .nullable()
      .describe("The organisation the post belongs to (Министерство иностранных дел Казахстана); null when the title names none for certain"),
    country: countryCode.nullable(),
    firstSeen: isoDate.nullable(),
    lastSeen: isoDate.nullable(),
  })
  .meta({ id: "Position" });

export const officialDetail = officialSummary
  .extend({
    names: z
      .array(z.object({ form: z.string(), kind: z.enum(["case", "variant", "latin"]) }))
      .describe("Every way the press writes the name: case forms, spelling variants, Latin spellings"),
    positions: z.array(position).describe("Posts held over time, earliest first"),
    meetings: z
      .object({
        data: z.array(meetingSummary).describe("The newest meetings, at most 50"),
        total: z.int().min(0),
        next: absoluteUrl.describe("The full, paged list: /api/v1/meetings?official=…"),
      })
      .describe("Meetings the official took part in"),
    updatedAt: isoDateTime,
  })
  .meta({ id: "Official" });

export type OfficialSummary = z.input<typeof officialSummary>;
export type OfficialDetail = z.input<typeof officialDetail>;
