import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadTopicList } from "@/lib/api/load/topics";

export const GET = apiGet(endpoints.listTopics, loadTopicList);
export const OPTIONS = corsPreflight;
