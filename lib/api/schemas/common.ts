import { z } from "zod";
import { DatePrecision, DateSource, MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

/**
 * Building blocks of the API's responses. Every schema with an `id` becomes a named component of the
 * OpenAPI document; the handlers parse what they send through these same schemas, so the document and the
 * responses cannot drift apart.
 */

export const isoDate = z.iso.date().describe("A calendar date, YYYY-MM-DD");
export const isoDateTime = z.iso.datetime().describe("A moment in UTC, ISO 8601");
export const absoluteUrl = z.url().describe("Absolute URL");

export const meetingKind = z.enum(MeetingKind).meta({ id: "MeetingKind", description: "What kind of encounter it was" });
export const meetingStatus = z.enum(MeetingStatus).meta({ id: "MeetingStatus", description: "`planned` meetings were announced, not yet reported as held" });
export const datePrecision = z
  .enum(DatePrecision)
  .meta({ id: "DatePrecision", description: "How much of `date` is known: for `month` and `year` the date is the first day of that month or year" });
export const dateSource = z
  .enum(DateSource)
  .meta({ id: "DateSource", description: "How the date was obtained: from the article's header, its weekday, the dateline, stated explicitly, relative to publication, or set by an editor" });

export const countryCode = z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2 country code");

export const officialRef = z
  .object({
    slug: z.string(),
    nameRu: z.string().describe("Canonical Russian name in the nominative"),
    nameLatin: z.string().nullable().describe("Latin spelling as the press writes it"),
  })
  .meta({ id: "OfficialRef" });

export const topicRef = z
  .object({ slug: z.string(), labelRu: z.string(), labelEn: z.string() })
  .meta({ id: "TopicRef" });

export const placeRef = z.object({ nameRu: z.string(), nameEn: z.string().nullable() }).meta({ id: "Place" });

export const pagination = z
  .object({
    page: z.int().min(1),
    pageSize: z.int().min(1),
    total: z.int().min(0).describe("Items matching the query across all pages"),
    totalPages: z.int().min(0),
  })
  .meta({ id: "Pagination" });

/** A page of items with the totals a client needs to page on. */
export function paginated<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), pagination }).meta({ id });
}

export const apiError = z
  .object({
    error: z.object({
      status: z.int().describe("The HTTP status, repeated for clients that only see the body"),
      message: z.string(),
      parameters: z
        .array(z.object({ parameter: z.string().describe("Name of the query or path parameter"), message: z.string() }))
        .optional()
        .describe("Present on 400: each parameter that was wrong and why"),
    }),
  })
  .meta({ id: "Error" });

export type ApiError = z.output<typeof apiError>;

/** Where an article came from: the outlet that published it (not the body it quotes) and its pages. */
export const provenance = z
  .object({
    outlet: z
      .object({ name: z.string(), nameEn: z.string().nullable().describe("How it signs in English, when the archive knows"), site: z.string().nullable() })
      .nullable()
      .describe("The site that published it"),
    originalUrl: absoluteUrl.nullable().describe("The page it was first published on (canonical URL)"),
    fetchedAt: isoDateTime.nullable().describe("When the archive fetched that page itself; null when it was named, not fetched"),
    urls: z.array(absoluteUrl).describe("Every page that carried the story, the original first"),
    further: z
      .array(
        z.object({
          url: absoluteUrl,
          outlet: z.string().nullable().describe("The site that published that page, when known"),
          outletEn: z.string().nullable().describe("That site's name in English, when the archive knows it"),
        }),
      )
      .describe("The further pages that carried the same story (reprints), as they were added"),
  })
  .meta({ id: "Provenance" });
