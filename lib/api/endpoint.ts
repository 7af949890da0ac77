import type { z } from "zod";

/**
 * One GET endpoint of the JSON API: the zod schemas that validate its parameters and shape its response,
 * plus the words a reader of the documentation needs. The handlers (lib/api/handle.ts) and the OpenAPI
 * document (lib/api/openapi.ts) are both made from these definitions.
 */
export interface Endpoint<Q extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  operationId: string;
  /** OpenAPI path template below /api/v1, e.g. `/meetings/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query: Q;
  /** A description for every query parameter: the types make a missing one a compile error. */
  queryDocs: { [K in keyof Q["shape"] & string]: string };
  pathParams: P;
  pathDocs: { [K in keyof P["shape"] & string]: string };
  /** Must carry a `.meta({ id })`: it becomes a named component. */
  response: R;
  /** The 404 message for an unknown id, when the endpoint addresses one thing. */
  notFound?: (path: z.output<P>) => string;
  /** A query string worth trying, shown on the reference page (list endpoints). */
  example?: string;
  /** Seconds a response stays fresh in caches. */
  maxAge?: number;
}

export function defineEndpoint<Q extends z.ZodObject, P extends z.ZodObject, R extends z.ZodType>(endpoint: Endpoint<Q, P, R>): Endpoint<Q, P, R> {
  return endpoint;
}
