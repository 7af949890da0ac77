import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { messages } from "@/lib/i18n/messages";
import { articleSourceSchema, updateArticleSchema } from "@/lib/validation/article";
import { LIMITS } from "@/lib/validation/limits";
import { updateMeetingSchema } from "@/lib/validation/meeting";
import { localizeIssues } from "./localize-issues";

const base = { id: "1", version: "1", title: "Заголовок", body: "Текст." };

function errors(schema: z.ZodType, input: unknown, locale: "ru" | "en" = "ru") {
  const parsed = schema.safeParse(input);
  expect(parsed.success).toBe(false);
  return localizeIssues(parsed.error?.issues ?? [], messages[locale].admin.errors);
}

describe("localizeIssues", () => {
  it("names each wrong field in the interface language", () => {
    expect(errors(updateArticleSchema, { ...base, title: "   " })).toEqual({ title: "Заполните это поле." });
    expect(errors(updateArticleSchema, { ...base, title: "x".repeat(301) }, "en")).toEqual({ title: "At most 300 characters." });
    expect(errors(updateArticleSchema, { ...base, publishedOn: "5 февраля" })).toEqual({ publishedOn: "Дата в виде ГГГГ-ММ-ДД." });
    expect(errors(updateArticleSchema, { ...base, publishedOn: "2026-02-30" }, "en")).toEqual({ publishedOn: "No such date (1991–2100 allowed)." });
    expect(errors(updateArticleSchema, { ...base, body: "" })).toEqual({ body: "Заполните это поле." });
  });

  it("accepts only an http(s) address as the original page", () => {
    for (const url of ["javascript:alert(1)", "ftp://inform.kz/a", "inform.kz/a"]) {
      expect(errors(updateArticleSchema, { ...base, url })).toEqual({ url: "Адрес страницы вида https://… (только http или https)." });
    }
    expect(errors(updateArticleSchema, { ...base, url: "data:text/html,x" }, "en")).toEqual({ url: "A page address like https://… (http or https only)." });
    expect(updateArticleSchema.parse({ ...base, url: " https://www.inform.kz/ru/a ", outlet: "" })).toMatchObject({ url: "https://www.inform.kz/ru/a", outlet: null });
    expect(updateArticleSchema.parse(base)).toMatchObject({ url: null, outlet: null });
  });

  it("points into repeated rows", () => {
    const input = { id: 1, version: 1, kind: "talks", status: "maybe", participants: [{ officialId: 3 }, { officialId: "x" }], topicIds: [] };
    expect(errors(updateMeetingSchema, input, "en")).toEqual({ status: "Choose a value from the list.", "participants.1.officialId": "Invalid value." });
  });

  it("refuses a participant listed twice", () => {
    const input = { id: 1, version: 1, kind: "talks", status: "held", participants: [{ officialId: 3 }, { officialId: 3 }], topicIds: [] };
    expect(errors(updateMeetingSchema, input, "en")).toEqual({ participants: "The same participant is listed twice." });
  });

  it("refuses an empty or oversized article text with its limit named", () => {
    expect(errors(articleSourceSchema, { mode: "text", rawText: " \n " })).toEqual({ rawText: "Заполните это поле." });
    expect(errors(articleSourceSchema, { mode: "text", rawText: "а".repeat(LIMITS.rawText + 1) }, "en")).toEqual({ rawText: `At most ${LIMITS.rawText} characters.` });
    expect(errors(articleSourceSchema, { mode: "fields", title: "", body: "Текст." }, "en")).toEqual({ title: "Fill in this field." });
  });
});
