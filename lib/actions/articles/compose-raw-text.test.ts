import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadImporterLanguage } from "@/lib/importer/extract-article";
import { composeRawText } from "./compose-raw-text";

beforeAll(() => loadImporterLanguage());

const fields = {
  mode: "fields" as const,
  title: "Казахстан и США обсудили сотрудничество",
  lead: "Министры встретились в Астане",
  dateline: "Астана",
  source: null,
  body: "Министр иностранных дел Казахстана Ермек Кошербаев провел встречу с сенатором США Стивом Дэйнсом.\n\nСтороны обсудили торговлю.",
};

describe("composeRawText", () => {
  it("with a date: the importer reads back the title, subtitle, dateline, date and paragraphs", () => {
    const x = extractArticle(composeRawText({ ...fields, publishedOn: "2026-03-10" }), "typed");
    expect(x.article).toMatchObject({ title: fields.title, lead: fields.lead, datelinePlace: "Астана", publishedOn: "2026-03-10" });
    expect(x.article.paragraphs).toHaveLength(2);
    expect(x.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Ермек Кошербаев", "Стив Дэйнс"]));
  });

  it("without a date: the wire layout, one paragraph per line", () => {
    const x = extractArticle(composeRawText({ ...fields, publishedOn: null }), "typed");
    expect(x.article).toMatchObject({ title: fields.title, lead: fields.lead, datelinePlace: "Астана" });
    expect(x.article.paragraphs).toHaveLength(2);
  });
});
