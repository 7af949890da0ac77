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
import { articleDetail, articleList } from "./schemas/article";
import { meetingDetail, meetingList } from "./schemas/meeting";
import { officialDetail, officialList } from "./schemas/official";
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
};

export type EndpointName = keyof typeof endpoints;
