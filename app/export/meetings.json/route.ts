import { meetingExportRoute } from "@/lib/export/export-route";

export const GET = meetingExportRoute("json");
