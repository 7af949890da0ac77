import type { z } from "zod";
import type { Endpoint } from "./endpoint";
import { badParameters, internalError, notFound } from "./errors";
import { cachedResponse } from "./http";
import { requestOrigin } from "./origin";
import { pageLinks } from "./page-links";
import { issuesOf, parsePath, parseQuery } from "./parse-params";

export interface LoadArgs<Q extends z.ZodObject, P extends z.ZodObject> {
  query: z.output<Q>;
  path: z.output<P>;
  /** Absolute origin of the site, for the `url` fields. */
  origin: string;
}

export type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A route handler for one endpoint: parameters validated by the endpoint's schemas (400 naming each bad
 * one), the loaded data parsed through its response schema (so nothing undocumented is ever sent),
 * 404 when `load` finds nothing, ETag/Cache-Control/CORS on success. `Server-Timing` tells how long the
 * server worked on the answer (`npm run bench:search` reads it to separate server time from the network).
 */
export function apiGet<Q extends z.ZodObject, P extends z.ZodObject, R extends z.ZodType>(
  endpoint: Endpoint<Q, P, R>,
  load: (args: LoadArgs<Q, P>) => Promise<z.input<R> | null>,
) {
  return async function GET(request: Request, context: RouteContext): Promise<Response> {
    const started = performance.now();
    const url = new URL(request.url);
    // Routes without dynamic segments get no params.
    const path = parsePath(endpoint.pathParams, (await context?.params) ?? {});
    const query = parseQuery(endpoint.query, url.searchParams);
    if (!path.ok || !query.ok) return badParameters(issuesOf(path, query));
    try {
      const data = await load({ query: query.data, path: path.data, origin: requestOrigin(request) });
      if (data === null) return notFound(endpoint.notFound?.(path.data) ?? "Not found");
      const body = endpoint.response.parse(data);
      const text = JSON.stringify(body);
      return cachedResponse(request, text, {
        contentType: "application/json; charset=utf-8",
        maxAge: endpoint.maxAge,
        headers: { ...pageLinks(url, requestOrigin(request), body), "Server-Timing": `app;dur=${(performance.now() - started).toFixed(1)}` },
      });
    } catch (error) {
      return internalError(error, `${endpoint.operationId} ${url.pathname}${url.search}`);
    }
  };
}
