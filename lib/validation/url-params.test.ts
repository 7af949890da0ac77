import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { meetingIdPath, meetingListQuery } from "./api-params";
import { listParamsSchema } from "./list-params";
import { pageNumberSchema } from "./page-params";
import { searchParamsSchema } from "./search-params";
import { defaulted, optional, queryRecord } from "./url-params";

const query = z.object({
  lang: defaulted(z.enum(["ru", "en"]), "ru"),
  pageSize: defaulted(z.coerce.number().int().min(1).max(200), 50),
  status: optional(z.enum(["held", "planned"])),
});
const parse = (search: string) => query.safeParse(queryRecord(new URLSearchParams(search)));

describe("a parameter with a default", () => {
  it("is the default when absent", () => {
    expect(parse("").data).toEqual({ lang: "ru", pageSize: 50 });
  });

  it("is the default when empty (an untouched form field)", () => {
    expect(parse("lang=&pageSize=").data).toEqual({ lang: "ru", pageSize: 50 });
  });

  it("is the value when given, the first of repeated ones", () => {
    expect(parse("lang=en&lang=ru&pageSize=20").data).toEqual({ lang: "en", pageSize: 20 });
  });

  it("still refuses a bad value rather than taking the default", () => {
    expect(parse("lang=de").success).toBe(false);
    expect(parse("pageSize=0").success).toBe(false);
  });

  it("is typed as always present, unlike an optional one", () => {
    expectTypeOf<z.output<typeof query>>().toEqualTypeOf<{ lang: "ru" | "en"; pageSize: number; status?: "held" | "planned" | undefined }>();
  });

  it("is documented with its default and as not required", () => {
    const field = query.shape.pageSize;
    expect(z.toJSONSchema(field, { io: "input" })).toMatchObject({ type: "integer", default: 50 });
    expect(field.safeParse(undefined).success).toBe(true);
  });
});

describe("whole numbers in URLs (page, pageSize, year, source, meeting id)", () => {
  const lists = (search: string) => meetingListQuery.safeParse(queryRecord(new URLSearchParams(search)));
  const searches = (search: string) => searchParamsSchema.safeParse(queryRecord(new URLSearchParams(search)));

  it("are decimal digits only: 1e3, 0x10, +5, 1.0, ' 2' and 0b11 are refused, naming the parameter", () => {
    for (const bad of ["1e3", "0x10", "+5", "1.0", " 2", "0b11", "Infinity", "-1", "0"]) {
      const listed = lists(`page=${encodeURIComponent(bad)}`);
      expect(listed.success, bad).toBe(false);
      expect(listed.error?.issues.map((i) => i.path[0])).toEqual(["page"]);
      expect(searches(`page=${encodeURIComponent(bad)}`).success, bad).toBe(false);
      expect(searches(`year=${encodeURIComponent(bad)}`).success, bad).toBe(false);
      expect(meetingIdPath.safeParse({ id: bad }).success, bad).toBe(false);
    }
    expect(lists("page=1e3&pageSize=0x10").error?.issues.map((i) => i.path[0])).toEqual(["page", "pageSize"]);
  });

  it("read digits as the number they write, defaults when absent; pages that fall back do so for 1e3 too", () => {
    expect(lists("page=12&pageSize=007").data).toMatchObject({ page: 12, pageSize: 7 });
    expect(lists("").data).toMatchObject({ page: 1, pageSize: 50 });
    expect(searches("year=2026&source=3").data).toMatchObject({ year: 2026, source: 3 });
    expect(pageNumberSchema.parse("1e3")).toBe(1);
    expect(listParamsSchema.parse({ page: "0x10" }).page).toBe(1);
    expect(listParamsSchema.parse({ page: "16" }).page).toBe(16);
  });
});
