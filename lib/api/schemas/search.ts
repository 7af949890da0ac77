import { z } from "zod";
import { absoluteUrl, countryCode, isoDate, officialRef, pagination } from "./common";
import { meetingSummary } from "./meeting";

/**
 * The response of GET /api/v1/search: what the /search page shows, as data. Highlighted text comes as
 * runs (`hit` marks a matched word, in whatever form the article wrote it), never as markup, so a client
 * renders it with its own escaping.
 */

export const textRun = z
  .object({
    text: z.string(),
    hit: z.boolean().describe("A word that matched the query (any inflected form of a query word or of a name it found)"),
  })
  .meta({ id: "TextRun", description: "A run of text; the runs of a field, joined, give the field's plain text" });

const highlighted = z.array(textRun);

export const searchCard = z
  .object({
    kind: z.enum(["official", "topic"]),
    slug: z.string(),
    url: absoluteUrl.describe("The official's or topic's page"),
    labelRu: z.string().describe("Name or label in Russian"),
    labelEn: z.string().describe("Latin name or English label"),
    country: countryCode.nullable(),
    detail: z.string().nullable().describe("An official's most recently seen post"),
    articleCount: z.int().min(0).describe("Articles in the whole archive naming the official or on the topic"),
  })
  .meta({ id: "SearchCard", description: "An official the query names (in any case form, Latin spelling or with a small typo) or a topic it matches" });

export const searchHitMeeting = meetingSummary
  .pick({ id: true, url: true, kind: true, status: true, date: true, datePrecision: true, place: true })
  .extend({ participants: z.array(officialRef) })
  .meta({ id: "SearchHitMeeting", description: "A meeting the article reports, with who took part" });

export const searchHit = z
  .object({
    slug: z.string(),
    url: absoluteUrl.describe("The article's page"),
    title: highlighted,
    publishedOn: isoDate.nullable(),
    source: z.string().nullable().describe("Agency or press service"),
    snippet: highlighted.describe("Up to two passages around the matched words (the lead's start without a text query)"),
    meetings: z.array(searchHitMeeting),
  })
  .meta({ id: "SearchHit" });

export const facetValue = z
  .object({
    value: z.string().describe("What to pass as the facet's parameter"),
    labelRu: z.string(),
    labelEn: z.string(),
    count: z.int().min(0).describe("Matching articles with this value"),
    selected: z.boolean().describe("The value is a filter in force"),
  })
  .meta({ id: "FacetValue" });

export const searchFacets = z
  .object({
    official: z.array(facetValue).describe("The ten officials most named by the matches"),
    topic: z.array(facetValue).describe("The ten topics most common among the matches"),
    source: z.array(facetValue).describe("The ten sources with most matches; the value is the `source` parameter"),
    year: z.array(facetValue).describe("Years of publication, newest first"),
  })
  .meta({ id: "SearchFacets" });

export const searchFilter = z
  .object({
    facet: z.enum(["official", "topic", "source", "year"]),
    value: z.string(),
    labelRu: z.string(),
    labelEn: z.string(),
    known: z.boolean().describe("false for a slug or id the archive does not have (it matches nothing)"),
  })
  .meta({ id: "SearchFilter" });

export const searchResult = z
  .object({
    query: z
      .object({
        text: z.string().describe("The query as read: whitespace collapsed, cut at the length cap"),
        truncated: z.boolean(),
        status: z
          .enum(["ok", "empty", "unsearchable"])
          .describe("`empty`: nothing asked; `unsearchable`: the text holds nothing to search for (only punctuation, stop words or exclusions)"),
      }),
    sort: z.enum(["relevance", "date"]),
    filters: z.array(searchFilter).describe("The filters in force, with labels"),
    cards: z.array(searchCard).describe("Officials and topics the query names, shown above the articles"),
    data: z.array(searchHit).describe("One page of matching articles in the chosen order"),
    facets: searchFacets,
    pagination,
    estimated: z
      .boolean()
      .describe(
        "More articles match than a search reads whole (over a thousand): `pagination.total` and the facet counts are then estimated from a systematic sample of the matches, " +
          "and relevance orders `ranked` of them (the sample and the newest matches with the query in their title or lead; `pagination.totalPages` covers those). " +
          "Date order pages through every match; the exports hold every match.",
      ),
    ranked: z.int().min(0).nullable().describe("How many matches relevance ordered when `estimated`; null otherwise"),
    exports: z
      .object({ csv: absoluteUrl, json: absoluteUrl })
      .describe("Every match of this search (its query, filters and order; not only this page) as a streamed CSV or JSON download"),
  })
  .meta({ id: "SearchResult" });

export type SearchResponse = z.input<typeof searchResult>;
