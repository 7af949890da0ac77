import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadTopicList } from "@/lib/queries/api/topics";

export const GET = apiGet(endpoints.listTopics, loadTopicList);
export const OPTIONS = corsPreflight;
