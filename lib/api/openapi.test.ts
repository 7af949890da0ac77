import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { endpoints } from "./endpoints";
import { openApiDocument, openApiParts } from "./openapi";

const doc = openApiDocument("https://chronicle.example");

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(structuredClone(doc) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint, with every parameter its schema accepts", () => {
    for (const endpoint of Object.values(endpoints)) {
      const operation = doc.paths[endpoint.path]?.get as { parameters: { name: string; description?: string }[] } | undefined;
      expect(operation, endpoint.path).toBeDefined();
      const documented = operation!.parameters.map((p) => p.name).sort();
      expect(documented).toEqual([...Object.keys(endpoint.query.shape), ...Object.keys(endpoint.pathParams.shape)].sort());
      for (const p of operation!.parameters) expect(p.description, `${endpoint.path} ${p.name}`).toBeTruthy();
    }
  });

  it("is built once: only the servers follow the request's origin", () => {
    const other = openApiDocument("http://localhost:3000");
    expect(other.servers).toEqual([{ url: "http://localhost:3000/api/v1" }]);
    expect(doc.servers).toEqual([{ url: "https://chronicle.example/api/v1" }]);
    expect(other.paths).toBe(doc.paths);
    expect(other.components).toBe(openApiParts().components);
  });

  it("has a component for every reference it makes", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect((doc.components as Record<string, Record<string, unknown>>)[kind!]![name!], `${kind}/${name}`).toBeDefined();
  });

  it("documents the parameters the way the timeline reads them", () => {
    const list = doc.paths["/meetings"]!.get as { parameters: { name: string; schema: Record<string, unknown>; style?: string }[] };
    const kind = list.parameters.find((p) => p.name === "kind")!;
    expect(kind.schema).toMatchObject({ type: "array", items: { enum: ["meeting", "talks", "conference", "visit", "call", "signing"] } });
    expect(kind.style).toBe("form");
    expect(list.parameters.find((p) => p.name === "pageSize")!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 200 });
  });

  it("shows a parameter with a default as not required, with its default", () => {
    const params = (path: string) => (doc.paths[path]!.get as { parameters: { name: string; required: boolean; schema: Record<string, unknown> }[] }).parameters;
    const defaults = (path: string) => Object.fromEntries(params(path).flatMap((p) => (p.schema.default === undefined ? [] : [[p.name, [p.required, p.schema.default]]])));
    expect(defaults("/meetings")).toEqual({ order: [false, "desc"], page: [false, 1], pageSize: [false, 50] });
    expect(defaults("/search")).toEqual({ q: [false, ""], sort: [false, "relevance"], page: [false, 1] });
  });
});
