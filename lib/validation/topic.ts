import { z } from "zod";
import { id, lines, text, version } from "./fields";
import { LIMITS } from "./limits";

export const updateTopicSchema = z.object({
  id,
  version,
  labelRu: text(LIMITS.topicLabel),
  labelEn: text(LIMITS.topicLabel),
  phrasings: lines(LIMITS.phrasings, LIMITS.phrasing),
});
export type UpdateTopicInput = z.output<typeof updateTopicSchema>;
