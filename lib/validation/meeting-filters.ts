import { z } from "zod";
import { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";

/**
 * The timeline's filters as they live in the URL (`?official=…&topic=…&country=…&kind=…&status=…&from=…&to=…`).
 * One schema for the page, the JSON API and the exports, so a shared link means the same thing everywhere.
 * Several `official` values mean meetings where all of them took part (who met whom); several `topic`
 * values, meetings about all of them; several `country` or `kind` values, any of them.
 */

export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a slug such as ermek-kosherbayev").max(120);

/** One value or several (`?kind=talks&kind=visit`, or `kind=talks,visit`), as a list without duplicates. */
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

/** YYYY, YYYY-MM or YYYY-MM-DD: a range bound as coarse as the reader knows it. */
const partialDate = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function dateBound(edge: "start" | "end") {
  return z
    .string()
    .trim()
    .regex(partialDate, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    .transform((value, ctx) => {
      const [, y, m, d] = partialDate.exec(value)!;
      const year = Number(y);
      const month = m ? Number(m) : edge === "start" ? 1 : 12;
      const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      const day = d ? Number(d) : edge === "start" ? 1 : lastDay;
      if (day > lastDay) {
        ctx.addIssue({ code: "custom", message: `${value} is not a calendar date` });
        return z.NEVER;
      }
      return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    });
}

export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : Array.isArray(value) ? value[0] : value), schema.optional());
}

export const meetingFiltersSchema = z
  .object({
    official: list(slug, 5),
    topic: list(slug, 5),
    country: list(z.string().regex(/^[A-Za-z]{2}$/, "expected a two-letter country code such as KZ").transform((c) => c.toUpperCase()), 5),
    kind: list(z.enum(MeetingKind), 6),
    status: optional(z.enum(MeetingStatus)),
    from: optional(dateBound("start")),
    to: optional(dateBound("end")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "`from` must not be after `to`", path: ["from"] });

export const meetingOrderSchema = optional(z.enum(["desc", "asc"]).default("desc"));
export const pageSchema = optional(z.coerce.number().int("expected a whole page number").min(1).max(10_000).default(1));

export type MeetingFilters = z.output<typeof meetingFiltersSchema>;
export type MeetingOrder = "desc" | "asc";

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

export interface ParameterIssue {
  parameter: string;
  message: string;
}

/** zod's issues as "which URL parameter, what is wrong", for a 400 body or a notice on the page. */
export function parameterIssues(error: z.ZodError): ParameterIssue[] {
  return error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? "query"), message: issue.message }));
}
