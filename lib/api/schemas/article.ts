import { z } from "zod";
import { absoluteUrl, dateSource, isoDate, isoDateTime, officialRef, paginated, placeRef, provenance, topicRef } from "./common";
import { meetingSummary } from "./meeting";

export const articleSummary = z
  .object({
    slug: z.string(),
    url: absoluteUrl.describe("The article's page"),
    title: z.string(),
    titleDerived: z.boolean().describe("The source had no title; this one was made from the first sentence"),
    lead: z.string().nullable(),
    publishedOn: isoDate.nullable(),
    publishedOnSource: dateSource.nullable(),
    source: z.object({ name: z.string(), nameEn: z.string().nullable() }).nullable().describe("Agency or press service it quotes"),
    provenance,
    dateline: placeRef.nullable().describe("Where the story was filed"),
    officials: z.array(officialRef),
    topics: z.array(topicRef),
    meetingIds: z.array(z.int()),
  })
  .meta({ id: "ArticleSummary" });

export const articleList = paginated(articleSummary, "ArticleList");

export const articleDetail = articleSummary
  .extend({
    paragraphs: z.array(z.string()).describe("The body as published, one paragraph each; never translated"),
    photoCredit: z.string().nullable(),
    meetings: z.array(meetingSummary).describe("The meetings this article reports"),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: "Article" });

export type ArticleSummary = z.input<typeof articleSummary>;
export type ArticleDetail = z.input<typeof articleDetail>;
