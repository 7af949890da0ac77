import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadOfficialList } from "@/lib/api/load/officials";

export const GET = apiGet(endpoints.listOfficials, loadOfficialList);
export const OPTIONS = corsPreflight;
