import "server-only";
import type { z } from "zod";
import { badParameters } from "@/lib/api/errors";
import { requestOrigin } from "@/lib/api/origin";
import { parseQuery } from "@/lib/api/parse-params";
import { meetingExportQuery, searchExportQuery } from "@/lib/validation/api-params";
import { meetingsCsv, meetingsJson } from "./meetings-export";
import { searchCsv, searchJson } from "./search-export";
import { streamedResponse, type Chunk } from "./text-stream";

type Format = "csv" | "json";
type Generate<S extends z.ZodObject> = (query: z.output<S>, origin: string) => AsyncIterable<Chunk>;

const contentTypes: Record<Format, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/** GET /export/<name>.{csv,json}: parameters checked by `schema` (400 naming each bad one), the file streamed as a download. */
function exportRoute<S extends z.ZodObject>(name: string, schema: S, generate: Record<Format, Generate<S>>) {
  return (format: Format) =>
    async function GET(request: Request): Promise<Response> {
      const url = new URL(request.url);
      const query = parseQuery(schema, url.searchParams);
      if (!query.ok) return badParameters(query.issues);
      return streamedResponse(generate[format](query.data, requestOrigin(request)), {
        contentType: contentTypes[format],
        disposition: `attachment; filename="chronicle-${name}-${new Date().toISOString().slice(0, 10)}.${format}"`,
        cacheControl: "no-store",
        where: `export ${url.pathname}${url.search}`,
      });
    };
}

/** The timeline with its filters and order. */
export const meetingExportRoute = exportRoute("meetings", meetingExportQuery, {
  csv: ({ order, ...filters }, origin) => meetingsCsv({ filters, order, origin }),
  json: ({ order, ...filters }, origin) => meetingsJson({ filters, order, origin }),
});

/** Every match of a search (its query, filters and order; no page). */
export const searchExportRoute = exportRoute("search", searchExportQuery, {
  csv: (query, origin) => searchCsv({ params: { ...query, page: 1 }, origin }),
  json: (query, origin) => searchJson({ params: { ...query, page: 1 }, origin }),
});
