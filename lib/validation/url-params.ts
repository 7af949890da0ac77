import { z } from "zod";

/**
 * How a URL's query parameters are read, by every schema that reads them (timeline filters, search, the
 * JSON API, feeds, calendars, exports): a record of the query, slugs, lists, single values with an empty
 * value taken as absent (left out, or given a default), and zod's issues as "which parameter, what is wrong".
 */

/** What a URL's query can hold: Next's `searchParams` or URLSearchParams turned into a record. */
export type QueryRecord = Record<string, string | string[] | undefined>;

export function queryRecord(params: URLSearchParams): QueryRecord {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/**
 * A whole number as a URL writes one: decimal digits only. `z.coerce.number()` read `1e3` as 1000,
 * `0x10` as 16 and ` +5 ` as 5; a link that means a page means it in digits. Only digits become a
 * number; anything else reaches z.number() as text and is refused with `message`.
 */
export function wholeNumber(min: number, max: number, message = "expected a whole number (digits only)") {
  return z.preprocess(digitsToNumber, numberWithin(min, max, message));
}

/** `wholeNumber` read once (`single`) with a default for absent; the default sits inside, where the OpenAPI document sees it. */
export function defaultedWholeNumber(min: number, max: number, value: number, message = "expected a whole number (digits only)") {
  return single(z.preprocess(digitsToNumber, numberWithin(min, max, message).default(value)));
}

const digitsToNumber = (value: unknown) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value);
const numberWithin = (min: number, max: number, message: string) => z.number({ error: message }).int(message).min(min).max(max);

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a slug such as ermek-kosherbayev").max(120);

/**
 * One value or several (`?kind=talks&kind=visit`, or `kind=talks,visit`), as a list without duplicates;
 * absent when none is given.
 */
export function list<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === "") return undefined;
      const values = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(","));
      return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
    },
    z.array(item).max(max, `at most ${max} values`).optional(),
  );
}

/** A parameter read once: the first of repeated values, and an empty value (an untouched form field) as absent. */
export function single<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, schema);
}

/** `single`, and absent is allowed: the parsed object leaves the key out. For a parameter with a default, use `defaulted`. */
export function optional<T extends z.ZodType>(schema: T) {
  return single(schema.optional());
}

/**
 * `single`, and absent (or empty) is `value`: the parsed object always holds the key, typed as given,
 * so callers never default it again. Not `optional(schema.default(value))`: inside an object zod leaves
 * an optional key out when it is absent, and the default with it. The OpenAPI document shows `value`
 * as the parameter's default, and the parameter as not required.
 */
export function defaulted<T extends z.ZodType>(schema: T, value: z.util.NoUndefined<z.output<T>>) {
  return single(schema.default(value));
}

export interface ParameterIssue {
  parameter: string;
  message: string;
}

/** zod's issues as "which URL parameter, what is wrong", for a 400 body or a notice on the page. */
export function parameterIssues(error: z.ZodError): ParameterIssue[] {
  return error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? "query"), message: issue.message }));
}
