import type { openApiParts } from "./openapi";

type Json = Record<string, unknown>;

export interface ReferenceEndpoint {
  id: string;
  path: string;
  summary: string;
  description: string | null;
  parameters: { name: string; in: string; required: boolean; type: string; description: string }[];
  response: string;
  statuses: string[];
  example: string | null;
}

/**
 * The OpenAPI document's operations as a reader's reference: one entry per endpoint with its parameters'
 * types in words. The /api page renders this, so the page, the document and the handlers share one source.
 */
export function referenceOf(paths: ReturnType<typeof openApiParts>["paths"], examples: Record<string, string | undefined>): ReferenceEndpoint[] {
  return Object.entries(paths).map(([path, { get }]) => {
    const op = get as Json & { parameters: Json[]; responses: Record<string, Json> };
    const ok = op.responses["200"] as { content: { "application/json": { schema: { $ref: string } } } };
    const example = examples[op.operationId as string];
    return {
      id: op.operationId as string,
      path: `/api/v1${path}`,
      summary: op.summary as string,
      description: (op.description as string | undefined) ?? null,
      parameters: op.parameters.map((p) => ({
        name: p.name as string,
        in: p.in as string,
        required: Boolean(p.required),
        type: typeLabel(p.schema as Json),
        description: (p.description as string | undefined) ?? "",
      })),
      response: ok.content["application/json"].schema.$ref.split("/").pop()!,
      statuses: Object.keys(op.responses),
      example: example === undefined ? null : `/api/v1${path}${example}`,
    };
  });
}

// The patterns the parameter schemas use, in words; any other is shown as the regular expression.
const PATTERN_WORDS: Record<string, string> = {
  "^[a-z0-9]+(-[a-z0-9]+)*$": "slug",
  "^[A-Za-z]{2}$": "XX",
  "^(\\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?$": "YYYY[-MM[-DD]]",
};

/** "kind[] (meeting | talks | …)", "integer 1–200, default 50", "string YYYY[-MM[-DD]]". */
export function typeLabel(schema: Json): string {
  if (schema.type === "array") return `${typeLabel(schema.items as Json)}, repeatable`;
  if (Array.isArray(schema.enum)) return (schema.enum as string[]).join(" | ");
  const parts = [String(schema.type ?? "any")];
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number") parts.push(`${schema.minimum}–${schema.maximum}`);
  if (typeof schema.pattern === "string") parts.push(PATTERN_WORDS[schema.pattern] ?? `/${schema.pattern}/`);
  if (schema.default !== undefined && schema.default !== "") parts.push(`= ${String(schema.default)}`);
  return parts.join(" ");
}
