import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
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
