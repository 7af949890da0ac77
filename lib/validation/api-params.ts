import { z } from "zod";
import { dateBound, meetingFiltersSchema, meetingOrderSchema, pageSchema } from "./meeting-filters";
import { searchParamsSchema } from "./search-params";
import { defaulted, list, optional, slug, defaultedWholeNumber, wholeNumber } from "./url-params";

/**
 * Query and path parameters of the open-data routes (JSON API, feeds, calendars, exports). The meeting
 * routes take the timeline's own filter schema, so a filter means the same thing on the page, in the API
 * and in every download.
 */

export const pageSizeSchema = defaultedWholeNumber(1, 200, 50);

const paging = { page: pageSchema, pageSize: pageSizeSchema };

export const meetingListQuery = meetingFiltersSchema.safeExtend({ order: meetingOrderSchema, ...paging });

export const articleFiltersSchema = z
  .object({
    official: list(slug, 5),
    topic: list(slug, 5),
    from: optional(dateBound("start")),
    to: optional(dateBound("end")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "`from` must not be after `to`", path: ["from"] });
export type ArticleFilters = z.output<typeof articleFiltersSchema>;
export const articleListQuery = articleFiltersSchema.safeExtend(paging);

export const officialFiltersSchema = z.object({
  country: list(z.string().regex(/^[A-Za-z]{2}$/, "expected a two-letter country code such as KZ").transform((c) => c.toUpperCase()), 5),
});
export const officialListQuery = officialFiltersSchema.safeExtend(paging);

export const topicListQuery = z.object(paging);

/** Feeds and calendars are fetched without the reader's cookie: the language is a parameter. */
export const langSchema = defaulted(z.enum(["ru", "en"], "expected ru or en"), "ru");
export const meetingFeedQuery = meetingFiltersSchema.safeExtend({ lang: langSchema });
export const langQuery = z.object({ lang: langSchema });
/** A search's alert: its query and filters (the newest matches come first, so no order or page). */
export const searchFeedQuery = searchParamsSchema.omit({ sort: true, page: true }).safeExtend({ lang: langSchema });
export const meetingExportQuery = meetingFiltersSchema.safeExtend({ order: meetingOrderSchema });

export const meetingIdPath = z.object({ id: wholeNumber(1, 2_147_483_647, "expected a meeting number") });
export const slugPath = z.object({ slug });

export const noQuery = z.object({});
/** A search's exports take the search's parameters except the page: they hold every match. */
export const searchExportQuery = searchParamsSchema.omit({ page: true });
