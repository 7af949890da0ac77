import type { ParameterIssue } from "@/lib/validation/url-params";
import type { ApiError } from "./schemas/common";
import { CORS_HEADERS } from "./http";

/** Every failed open-data request answers in JSON with the same shape, documented as `Error`. */
export function errorResponse(status: number, message: string, parameters?: ParameterIssue[]): Response {
  const body: ApiError = { error: { status, message, ...(parameters?.length ? { parameters } : {}) } };
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

export function badParameters(parameters: ParameterIssue[]): Response {
  const names = [...new Set(parameters.map((p) => p.parameter))].join(", ");
  return errorResponse(400, `Invalid parameter${parameters.length > 1 ? "s" : ""}: ${names}`, parameters);
}

export function notFound(message: string): Response {
  return errorResponse(404, message);
}

/** What reaches the client when something broke on our side: a message, never a stack trace. */
export function internalError(error: unknown, where: string): Response {
  console.error(`[open-data] ${where}:`, error);
  return errorResponse(500, "The archive could not answer this request; please try again later.");
}
