import { endpoints } from "@/lib/api/endpoints";
import { apiGet } from "@/lib/api/handle";
import { corsPreflight } from "@/lib/api/http";
import { loadOfficial } from "@/lib/api/load/officials";

export const GET = apiGet(endpoints.getOfficial, loadOfficial);
export const OPTIONS = corsPreflight;
