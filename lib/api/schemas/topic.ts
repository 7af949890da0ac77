import { z } from "zod";
import { absoluteUrl, paginated, topicRef } from "./common";

export const topicSummary = topicRef
  .extend({
    url: absoluteUrl.describe("The topic's page"),
    meetingCount: z.int().min(0),
    articleCount: z.int().min(0),
  })
  .meta({ id: "Topic" });

export const topicList = paginated(topicSummary, "TopicList");

export type TopicSummary = z.input<typeof topicSummary>;
