import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadMeetingList } from "@/lib/api/load/meetings";

export const GET = apiGet(endpoints.listMeetings, loadMeetingList);
export const OPTIONS = corsPreflight;
