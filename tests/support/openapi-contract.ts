import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "../../lib/api/openapi";

const DOC_ID = "https://chronicle.test/openapi.json";

/**
 * JSON-Schema 2020-12 validators for what the OpenAPI document promises: the 200 body of each operation,
 * and the Error body. Responses are checked against the published document, not the zod schemas, so a
 * handler that sent anything the document does not describe would fail.
 */
export function contractFor(origin = "http://chronicle.test") {
  const doc = openApiDocument(origin);
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  // The document is not itself a schema: its other keys are allowed so refs can point into it.
  for (const keyword of ["openapi", "info", "servers", "tags", "paths", "components", "jsonSchemaDialect"]) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const compile = (ref: string) => ajv.compile({ $ref: `${DOC_ID}${ref}` });
  const byOperation = new Map<string, ReturnType<typeof compile>>();
  for (const { get } of Object.values(doc.paths)) {
    const op = get as { operationId: string; responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> };
    byOperation.set(op.operationId, compile(op.responses["200"]!.content!["application/json"]!.schema.$ref));
  }
  const error = compile("#/components/schemas/Error");
  const meetingSummary = compile("#/components/schemas/MeetingSummary");
  const check = (validate: ReturnType<typeof compile>, body: unknown) => {
    if (!validate(body)) throw new Error(`does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`);
  };
  return {
    doc,
    /** Throws with ajv's explanation unless `body` is what `operationId` promises for 200. */
    ok: (operationId: string, body: unknown) => check(byOperation.get(operationId)!, body),
    error: (body: unknown) => check(error, body),
    meetingSummary: (body: unknown) => check(meetingSummary, body),
    /** Throws unless `body` is the named component schema (e.g. an exported `ArticleSummary`). */
    component: (name: string, body: unknown) => check(compile(`#/components/schemas/${name}`), body),
  };
}
