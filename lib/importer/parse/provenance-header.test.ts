import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { readProvenanceHeader } from "./provenance-header";

const PAGE = [
  " date 2026-02-05 Министр иностранных дел РК Ермек Кошербаев провел встречу с сенатором США.",
  "",
  "Стороны обсудили сотрудничество, как сообщила пресс-служба МИД РК, в сфере энергетики.",
].join("\n");

describe("the ` url ` provenance header", () => {
  it("reads the address and the outlet, and the page layout after it as before", () => {
    const r = parseArticle(` url https://www.inform.kz/ru/kosherbaev-senator Казинформ \n${PAGE}`);
    expect(r.article.url).toBe("https://www.inform.kz/ru/kosherbaev-senator");
    expect(r.article.outlet).toBe("Казинформ");
    expect(r.article.publishedOn).toBe("2026-02-05");
    expect(r.article.source).toBe("пресс-служба МИД РК");
    expect(r.article.paragraphs.join(" ")).not.toContain("inform.kz");
  });
  it("takes an address without an outlet, before a wire-layout title", () => {
    const r = readProvenanceHeader("url https://zakon.kz/a/1\nКазахстан и США обсудили транзит");
    expect(r.header).toEqual({ url: "https://zakon.kz/a/1", outlet: null });
    expect(r.rest).toBe("Казахстан и США обсудили транзит");
  });
  it("leaves a text without the header alone (`url` inside a sentence is not one)", () => {
    expect(parseArticle(PAGE).article).toMatchObject({ url: null, outlet: null });
    expect(readProvenanceHeader("urlовая строка").header).toBeNull();
  });
  it.each(["javascript:alert(1)", "ftp://example.org/a", "www.inform.kz/a", "https://"])("refuses the address %s with the reason", (value) => {
    expect(() => parseArticle(`url ${value} Казинформ\n${PAGE}`)).toThrow(`the url header "${value}" is not an http(s) address`);
  });
});
