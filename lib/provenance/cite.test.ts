import { describe, expect, it } from "vitest";
import { citationCsl, citationText, outletLabel, type CiteSource } from "./cite";

const SOURCE: CiteSource = {
  slug: "2026-02-05-kosherbaev",
  title: "Кошербаев встретился с Ландау",
  outlet: "Казинформ",
  outletEn: null,
  publishedOn: "2026-02-05",
  originalUrl: "https://www.inform.kz/ru/kosherbaev-landau",
  archiveUrl: "https://chronicle.example/articles/2026-02-05-kosherbaev",
  accessedOn: "2026-02-06T10:00:00.000Z",
};

describe("citationText", () => {
  it("writes title, outlet, date and the original link in the reader's language", () => {
    expect(citationText(SOURCE, "ru")).toBe("«Кошербаев встретился с Ландау», Казинформ, 5 февраля 2026 г., https://www.inform.kz/ru/kosherbaev-landau");
    expect(citationText(SOURCE, "en")).toBe("“Кошербаев встретился с Ландау”, Kazinform, 5 February 2026, https://www.inform.kz/ru/kosherbaev-landau");
  });
  it("names the outlet in English as the archive stores it, before the names the press uses", () => {
    expect(citationText({ ...SOURCE, outletEn: "Kazinform International" }, "en")).toContain(", Kazinform International, ");
    expect(citationText({ ...SOURCE, outletEn: "Kazinform International" }, "ru")).toContain(", Казинформ, ");
  });
  it("leaves out the accessed date when the page was not fetched by the archive", () => {
    expect(citationCsl({ ...SOURCE, accessedOn: null })[0]).not.toHaveProperty("accessed");
  });
  it("cites the archive's page when the original is unknown, and leaves out what is not known", () => {
    expect(citationText({ ...SOURCE, outlet: null, originalUrl: null, publishedOn: null }, "en")).toBe(
      "“Кошербаев встретился с Ландау”, https://chronicle.example/articles/2026-02-05-kosherbaev",
    );
  });
});

describe("outletLabel", () => {
  it("falls back to the original page's host without www", () => {
    expect(outletLabel(null, "https://www.zakon.kz/a/1")).toBe("zakon.kz");
    expect(outletLabel(null, null)).toBeNull();
  });
});

describe("citationCsl", () => {
  it("is one article-newspaper item with date parts", () => {
    expect(citationCsl(SOURCE)).toEqual([
      {
        id: "2026-02-05-kosherbaev",
        type: "article-newspaper",
        title: "Кошербаев встретился с Ландау",
        language: "ru",
        "container-title": "Казинформ",
        issued: { "date-parts": [[2026, 2, 5]] },
        URL: "https://www.inform.kz/ru/kosherbaev-landau",
        accessed: { "date-parts": [[2026, 2, 6]] },
      },
    ]);
  });
});
