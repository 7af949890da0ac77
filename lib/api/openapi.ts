import { z } from "zod";
import type { Endpoint } from "./endpoint";
import { endpoints } from "./endpoints";
import { apiError } from "./schemas/common";

type JsonSchema = Record<string, unknown>;
const COMPONENT = "#/components/schemas/";
const DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * The OpenAPI 3.1 document of /api/v1, made from the endpoint definitions: parameters from the zod
 * schemas that validate them (their input side: what a client sends), responses from the zod schemas
 * the handlers parse their output through. Nothing here is written twice, so it cannot drift.
 * Only `servers` depends on the request (the host it was asked for); the rest is `openApiParts`.
 */
export function openApiDocument(origin: string) {
  const { tags, paths, components } = openApiParts();
  return { openapi: "3.1.1", jsonSchemaDialect: DIALECT, info: INFO, servers: [{ url: `${origin}/api/v1` }], tags, paths, components };
}

const INFO = {
  title: "Chronicle open data API",
  version: "1.0.0",
  description:
    "Read-only access to Chronicle, the archive of Kazakhstan–US diplomacy built from Russian-language news: " +
    "meetings (who met whom, where, when, about what), the articles that report them, officials and topics. " +
    "Dates are ISO 8601; lists are paged with totals; responses carry ETag and Cache-Control and may be read from any origin.",
};

let parts: ReturnType<typeof buildParts> | undefined;

/**
 * What no request changes: the operations and their schemas. Converting every zod schema is the costly
 * part and the endpoints are fixed at build time, so it is done once per process, on first use. Shared
 * by every caller: read it, never change it.
 */
export function openApiParts() {
  return (parts ??= buildParts());
}

function buildParts() {
  const paths: Record<string, { get: JsonSchema }> = {};
  for (const endpoint of Object.values(endpoints) as Endpoint[]) paths[endpoint.path] = { get: operation(endpoint) };
  return {
    tags: [...new Set(Object.values(endpoints).map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: componentSchemas([...Object.values(endpoints).map((e) => e.response), apiError]),
      responses: {
        BadRequest: errorResponse("A parameter is malformed or unknown; `error.parameters` names each one and says why"),
        NotFound: errorResponse("Nothing has this id or slug"),
        ServerError: errorResponse("The archive could not answer"),
      },
    },
  };
}

function operation(endpoint: Endpoint): JsonSchema {
  const parameters = [
    ...parametersOf(endpoint.pathParams, "path", endpoint.pathDocs as Record<string, string>),
    ...parametersOf(endpoint.query, "query", endpoint.queryDocs as Record<string, string>),
  ];
  const responses: JsonSchema = {
    "200": {
      description: endpoint.summary,
      headers: {
        ETag: { description: "Send it back in If-None-Match to get 304 when nothing changed", schema: { type: "string" } },
        "Cache-Control": { schema: { type: "string" } },
        ...("page" in endpoint.query.shape ? { Link: { description: "RFC 8288 links to the first, previous, next and last pages", schema: { type: "string" } } } : {}),
      },
      content: { "application/json": { schema: { $ref: COMPONENT + componentId(endpoint.response) } } },
    },
    "304": { description: "Not modified: the ETag sent in If-None-Match is current" },
    "400": { $ref: "#/components/responses/BadRequest" },
    ...(endpoint.notFound ? { "404": { $ref: "#/components/responses/NotFound" } } : {}),
    "500": { $ref: "#/components/responses/ServerError" },
  };
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters,
    responses,
  };
}

function parametersOf(schema: z.ZodObject, where: "path" | "query", docs: Record<string, string>) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = withoutDialect(z.toJSONSchema(field as z.ZodType, { io: "input", target: "draft-2020-12" }) as JsonSchema);
    return {
      name,
      in: where,
      required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
      description: docs[name],
      schema: json,
      // Lists take the parameter repeated (`kind=talks&kind=visit`); commas work too.
      ...(json.type === "array" ? { style: "form", explode: true } : {}),
    };
  });
}

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: { $ref: COMPONENT + componentId(apiError) } } } };
}

function componentId(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("An endpoint's response schema needs .meta({ id }) to be a named component");
  return id;
}

/** The named schemas the responses use, and the ones those refer to: nothing else in the registry. */
function componentSchemas(roots: z.ZodType[]): Record<string, JsonSchema> {
  const all = z.toJSONSchema(z.globalRegistry, { uri: (id) => COMPONENT + id, target: "draft-2020-12" }).schemas as Record<string, JsonSchema>;
  const used: Record<string, JsonSchema> = {};
  const visit = (id: string) => {
    if (used[id] || !all[id]) return;
    const schema = withoutDialect(all[id]);
    delete schema.$id;
    used[id] = schema;
    for (const ref of JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) visit(ref[1]!);
  };
  roots.forEach((root) => visit(componentId(root)));
  return Object.fromEntries(Object.entries(used).sort(([a], [b]) => a.localeCompare(b)));
}

function withoutDialect(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  return rest;
}
