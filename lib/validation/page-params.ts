import { z } from "zod";
import { wholeNumber } from "./url-params";

/** A record's URL slug as the database's CHECK allows it; anything else cannot exist. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);

/** A record id in a URL: digits only (no "1e3", no "+1"), within PostgreSQL's int. */
export const idSchema = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(2_147_483_647));

/** A 1-based page number from the query string; anything unreadable is the first page. */
export const pageNumberSchema = wholeNumber(1, 10_000).catch(1);

/** The officials index filter (?q=…): trimmed, inner whitespace collapsed, empty meaning no filter. */
export const nameFilterSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim().slice(0, 100))
  .optional()
  .catch(undefined)
  .transform((s) => s || undefined);

/** The order of the officials and topics indexes (?sort=…); anything else is the default, by name. */
export const LIST_SORTS = ["name", "meetings", "latest"] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const listSortSchema = z.enum(LIST_SORTS).catch("name");

/** The first value of a query-string parameter that may repeat. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Page count for `total` items, and the requested page brought within it. */
export function pageWithin(requested: number, total: number, perPage: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return { page: Math.min(requested, pages), pages };
}

/** The query string that keeps the current pages of a page's lists (page 1 is the default, left out). */
export function pagesInQuery(pages: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).flatMap(([param, n]) => (n > 1 ? [[param, String(n)]] : [])));
}
