import { z } from "zod";
import { COUNTRIES } from "@/lib/domain/countries";
import { isHttpUrl } from "@/lib/provenance/http-url";

/**
 * Field builders shared by the editors' schemas. Messages are keys of `t.admin.errors` (see
 * lib/actions/localize-issues.ts); length and type problems are worded from the issue itself.
 */

/** Required text, trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

/** A calendar date as YYYY-MM-DD within the archive's span (1991, independence, to 2100). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateFormat" })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= "1991-01-01" && s <= "2100-12-31";
  }, { error: "dateInvalid" });

export const optionalDate = z
  .union([z.literal(""), isoDate])
  .nullish()
  .transform((v) => v || null);

/** A page address: http(s) only (a `javascript:` link must never reach a page, a `file:` one never be fetched). */
export const httpUrl = (max: number) => z.string().trim().min(1).max(max).refine(isHttpUrl, { error: "httpUrl" });

/** An optional page address: http(s) only (a `javascript:` link must never reach a page); empty becomes null. */
export const optionalHttpUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => v === "" || isHttpUrl(v), { error: "httpUrl" })
    .nullish()
    .transform((v) => v || null);

export const id = z.coerce.number({ error: "invalid" }).int().positive();
export const version = z.coerce.number({ error: "invalid" }).int().positive();

export const countryCode = z
  .string()
  .trim()
  .refine((c) => c === "" || c in COUNTRIES, { error: "choose" })
  .nullish()
  .transform((v) => v || null);

/** An HTML checkbox: "on" when ticked, absent when not; JSON callers send booleans. */
export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** Lines of a textarea → trimmed, non-empty, distinct lines. */
export const lines = (maxLines: number, maxLength: number) =>
  z
    .string()
    .max(maxLines * (maxLength + 2))
    .transform((s) => [...new Set(s.split("\n").map((l) => l.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(maxLength)).max(maxLines));

/** Repeated form rows arrive as an object keyed by index when posted as FormData; JSON sends an array. */
export const rows = <T extends z.ZodType>(row: T, max: number) =>
  z.preprocess((v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.values(v) : (v ?? [])), z.array(row).max(max));
