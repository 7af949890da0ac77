import { cachedResponse, corsPreflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/api/origin";

export function GET(request: Request) {
  return cachedResponse(request, JSON.stringify(openApiDocument(requestOrigin(request)), null, 2), {
    contentType: "application/json; charset=utf-8",
    maxAge: 300,
  });
}

export const OPTIONS = corsPreflight;
