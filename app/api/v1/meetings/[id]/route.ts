import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadMeeting } from "@/lib/api/load/meetings";

export const GET = apiGet(endpoints.getMeeting, loadMeeting);
export const OPTIONS = corsPreflight;
