import "server-only";
import { badParameters } from "@/lib/api/errors";
import { requestOrigin } from "@/lib/api/origin";
import { parseQuery } from "@/lib/api/parse-params";
import { meetingExportQuery } from "@/lib/validation/api-params";
import { meetingsCsv, meetingsJson } from "./meetings-export";
import { streamedResponse } from "./text-stream";

const formats = {
  csv: { generate: meetingsCsv, contentType: "text/csv; charset=utf-8; header=present" },
  json: { generate: meetingsJson, contentType: "application/json; charset=utf-8" },
};

/** GET /export/meetings.{csv,json}: the timeline with its filters, streamed as a download. */
export function meetingExportRoute(format: keyof typeof formats) {
  return function GET(request: Request): Response {
    const url = new URL(request.url);
    const query = parseQuery(meetingExportQuery, url.searchParams);
    if (!query.ok) return badParameters(query.issues);
    const { order, ...filters } = query.data;
    const { generate, contentType } = formats[format];
    return streamedResponse(generate({ filters, order: order ?? "desc", origin: requestOrigin(request) }), {
      contentType,
      disposition: `attachment; filename="chronicle-meetings-${new Date().toISOString().slice(0, 10)}.${format}"`,
      cacheControl: "no-store",
      where: `export ${url.pathname}${url.search}`,
    });
  };
}
