import type { z } from "zod";
import { parameterIssues, queryRecord, type ParameterIssue } from "@/lib/validation/url-params";

type Parsed<T> = { ok: true; data: T } | { ok: false; issues: ParameterIssue[] };

/**
 * A URL's query through one of the schemas in lib/validation/api-params. Unknown parameters are errors
 * too: a misspelt filter (`?offical=…`) must not silently return the whole archive.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): Parsed<z.output<S>> {
  const record = queryRecord(params);
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((parameter) => ({ parameter, message: known.length ? `unknown parameter; expected ${known.join(", ")}` : "this endpoint takes no parameters" }));
  const result = schema.safeParse(record);
  const issues = [...unknown, ...(result.success ? [] : parameterIssues(result.error))];
  return issues.length || !result.success ? { ok: false, issues } : { ok: true, data: result.data };
}

/** Every issue of a request's parsed parts (path and query), for one 400 that names them all. */
export function issuesOf(...parsed: Parsed<unknown>[]): ParameterIssue[] {
  return parsed.flatMap((p) => (p.ok ? [] : p.issues));
}

export function parsePath<S extends z.ZodObject>(schema: S, params: Record<string, string | string[] | undefined>): Parsed<z.output<S>> {
  const result = schema.safeParse(params);
  return result.success ? { ok: true, data: result.data } : { ok: false, issues: parameterIssues(result.error) };
}
