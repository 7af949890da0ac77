import { searchExportRoute } from "@/lib/export/export-route";

export const GET = searchExportRoute("json");
