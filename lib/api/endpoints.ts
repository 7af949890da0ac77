import { z } from "zod";
import {
  articleListQuery,
  meetingIdPath,
  meetingListQuery,
  noQuery,
  officialListQuery,
  slugPath,
  topicListQuery,
} from "@/lib/validation/api-params";
import { SEARCH_FILTERS_MAX, SEARCH_PAGE_MAX, SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX, searchParamsSchema } from "@/lib/validation/search-params";
import { articleDetail, articleList } from "./schemas/article";
import { meetingDetail, meetingList } from "./schemas/meeting";
import { officialDetail, officialList } from "./schemas/official";
import { searchResult } from "./schemas/search";
import { topicList } from "./schemas/topic";
import { defineEndpoint } from "./endpoint";

/**
 * Every endpoint of /api/v1. Adding one is an entry here (its parameter and response schemas) and a
 * route file calling `apiGet(endpoints.x, load)`; the OpenAPI document, the reference page at /api and
 * the contract tests pick it up from this list.
 */

const noPath = z.object({});
const paging = {
  page: "Page number, from 1",
  pageSize: "Items per page, 1–200",
};
const meetingFilterDocs = {
  official: "Official's slug. Repeat (or separate with commas) for meetings where all of them took part: who met whom",
  topic: "Topic slug. Repeat for meetings about all of the topics",
  country: "Two-letter country code of a participant's side. Repeat for any of them",
  kind: "Kind of meeting. Repeat for any of them",
  status: "`held`, or `planned` for announced meetings",
  from: "Earliest date, as YYYY, YYYY-MM or YYYY-MM-DD (the start of that year or month)",
  to: "Latest date, as YYYY, YYYY-MM or YYYY-MM-DD (the end of that year or month)",
};

export const endpoints = {
  listMeetings: defineEndpoint({
    operationId: "listMeetings",
    path: "/meetings",
    tag: "Meetings",
    summary: "Meetings, filtered as on the timeline",
    description: "Newest first (or oldest with `order=asc`); meetings without a known date come last either way.",
    query: meetingListQuery,
    queryDocs: { ...meetingFilterDocs, order: "`desc` (newest first, the default) or `asc`", ...paging },
    pathParams: noPath,
    pathDocs: {},
    response: meetingList,
    example: "?kind=talks&kind=meeting&from=2026&pageSize=10",
  }),
  getMeeting: defineEndpoint({
    operationId: "getMeeting",
    path: "/meetings/{id}",
    tag: "Meetings",
    summary: "One meeting with its sources and the sentence behind each fact",
    query: noQuery,
    queryDocs: {},
    pathParams: meetingIdPath,
    pathDocs: { id: "The meeting's number" },
    response: meetingDetail,
    notFound: ({ id }) => `No meeting with id ${id}`,
  }),
  listArticles: defineEndpoint({
    operationId: "listArticles",
    path: "/articles",
    tag: "Articles",
    summary: "Articles, newest published first",
    query: articleListQuery,
    queryDocs: {
      official: "Official's slug. Repeat for articles mentioning all of them",
      topic: "Topic slug. Repeat for articles about all of them",
      from: "Earliest publication date, as YYYY, YYYY-MM or YYYY-MM-DD",
      to: "Latest publication date, as YYYY, YYYY-MM or YYYY-MM-DD",
      ...paging,
    },
    pathParams: noPath,
    pathDocs: {},
    response: articleList,
    example: "?official=yermek-kosherbayev&from=2026-02",
  }),
  getArticle: defineEndpoint({
    operationId: "getArticle",
    path: "/articles/{slug}",
    tag: "Articles",
    summary: "One article with its text, the officials and topics it mentions and the meetings it reports",
    query: noQuery,
    queryDocs: {},
    pathParams: slugPath,
    pathDocs: { slug: "The article's slug" },
    response: articleDetail,
    notFound: ({ slug }) => `No article with slug ${slug}`,
  }),
  listOfficials: defineEndpoint({
    operationId: "listOfficials",
    path: "/officials",
    tag: "Officials",
    summary: "Officials, most meetings first",
    query: officialListQuery,
    queryDocs: { country: "Two-letter country code. Repeat for any of them", ...paging },
    pathParams: noPath,
    pathDocs: {},
    response: officialList,
    example: "?country=US",
  }),
  getOfficial: defineEndpoint({
    operationId: "getOfficial",
    path: "/officials/{slug}",
    tag: "Officials",
    summary: "One official with every form of the name, the posts held over time and the newest meetings",
    query: noQuery,
    queryDocs: {},
    pathParams: slugPath,
    pathDocs: { slug: "The official's slug, e.g. yermek-kosherbayev" },
    response: officialDetail,
    notFound: ({ slug }) => `No official with slug ${slug}`,
  }),
  listTopics: defineEndpoint({
    operationId: "listTopics",
    path: "/topics",
    tag: "Topics",
    summary: "The topic taxonomy with how many meetings and articles each has",
    query: topicListQuery,
    queryDocs: paging,
    pathParams: noPath,
    pathDocs: {},
    response: topicList,
    example: "",
    maxAge: 300,
  }),
  search: defineEndpoint({
    operationId: "search",
    path: "/search",
    tag: "Search",
    summary: "Articles, officials and topics for a query, with highlights and facets: the /search page as data",
    description:
      "Russian word forms, Latin spellings of names and small typos find the same articles (`Кошербаевым`, `Kosherbayev`, `Кошербаеф`). " +
      "Officials the query names and topics it matches come as `cards`; each article as a highlighted title and snippet with the meetings it reports. " +
      "A search matching very many articles answers from a sample of them: see `estimated`.",
    query: searchParamsSchema,
    queryDocs: {
      q: `Words (all must match), "an exact phrase", OR (or ИЛИ) between alternatives, -word or -"phrase" to exclude; cut at ${SEARCH_QUERY_MAX} characters`,
      official: `Only articles naming this official (slug). Repeat for articles naming all of them, at most ${SEARCH_FILTERS_MAX}`,
      topic: `Only articles on this topic (slug). Repeat for articles on all of them, at most ${SEARCH_FILTERS_MAX}`,
      source: "Only articles from this source (its id, as in the `source` facet)",
      year: "Only articles published in this year",
      sort: "`relevance` (title and named officials weigh most; the default) or `date`, newest first",
      page: `Page of ${SEARCH_PAGE_SIZE} results, from 1 to ${SEARCH_PAGE_MAX}`,
    },
    pathParams: noPath,
    pathDocs: {},
    response: searchResult,
    example: "?q=Kosherbayev&sort=date",
  }),
};

export type EndpointName = keyof typeof endpoints;
