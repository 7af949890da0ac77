import { z } from "zod";
import { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { defaulted, list, optional, slug, defaultedWholeNumber } from "./url-params";

/**
 * The timeline's filters as they live in the URL (`?official=…&topic=…&country=…&kind=…&status=…&from=…&to=…`).
 * One schema for the page, the JSON API and the exports, so a shared link means the same thing everywhere.
 * Several `official` values mean meetings where all of them took part (who met whom); several `topic`
 * values, meetings about all of them; several `country` or `kind` values, any of them.
 */

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

export const meetingOrderSchema = defaulted(z.enum(["desc", "asc"]), "desc");
export const pageSchema = defaultedWholeNumber(1, 10_000, 1, "expected a whole page number (digits only)");

export type MeetingFilters = z.output<typeof meetingFiltersSchema>;
export type MeetingOrder = "desc" | "asc";
