import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { UnreadableArticleError } from "./unreadable-article-error";

const WIRE = [
  "Казахстан и США обсудили транзит",
  "Министр провел встречу с послом США",
  "ВАШИНГТОН",
  "Министр иностранных дел Казахстана Ермек Кошербаев провел встречу с послом США. Стороны обсудили транзит.",
  "Итоги встречи",
  "Стороны договорились продолжить диалог.",
  "На веб-сайте агентства «Анадолу» в укороченном виде публикуется лишь часть новостей.",
].join("\n");

const PAGE = [
  " date 2026-02-05 Министр иностранных дел РК Ермек Кошербаев провел встречу с сенатором США.",
  "",
  "Фото: МИД",
  "",
  "Стороны обсудили сотрудничество, как сообщила пресс-служба МИД РК, в сфере энергетики.",
].join("\n");

describe("parseArticle — wire layout", () => {
  const r = parseArticle(WIRE);
  it("reads title, lead, capitals dateline and the agency footer", () => {
    expect(r.article.title).toBe("Казахстан и США обсудили транзит");
    expect(r.article.titleDerived).toBe(false);
    expect(r.article.lead).toBe("Министр провел встречу с послом США");
    expect(r.article.datelinePlace).toBe("Вашингтон");
    expect(r.article.source).toBe("Анадолу");
    expect(r.article.paragraphs).toHaveLength(3);
    expect(r.article.paragraphs.join(" ")).not.toContain("Анадолу");
  });
  it("marks inner headings and splits sentences with offsets", () => {
    expect(r.headings).toEqual([1]);
    const body = r.sentences.filter((s) => s.part === "body");
    expect(body.map((s) => s.text)).toEqual([
      "Министр иностранных дел Казахстана Ермек Кошербаев провел встречу с послом США.",
      "Стороны обсудили транзит.",
      "Итоги встречи",
      "Стороны договорились продолжить диалог.",
    ]);
    const second = body[1];
    expect(second && r.article.paragraphs[second.paragraph]?.slice(second.start)).toMatch(/^Стороны обсудили/);
  });
  it("hashes the same text the same, whatever the BOM and line ends", () => {
    const variant = parseArticle(`\uFEFF${WIRE.replace(/\n/g, "\r\n").replace("Казахстан и", "Казахстан\u00A0и")}`);
    expect(variant.article.contentHash).toBe(r.article.contentHash);
    expect(variant.article.title).toBe(r.article.title);
  });
});

describe("parseArticle — page layout", () => {
  const r = parseArticle(new TextEncoder().encode(PAGE));
  it("takes the header date, the photo credit and the press service named in the text", () => {
    expect(r.article.publishedOn).toBe("2026-02-05");
    expect(r.article.publishedOnSource).toBe("header");
    expect(r.article.photoCredit).toBe("МИД");
    expect(r.article.source).toBe("пресс-служба МИД РК");
    expect(r.article.paragraphs).toHaveLength(2);
  });
  it.each(["9999-99-99", "2026-13-01", "2026-02-30", "2026-2-5", "0001-01-01"])("refuses the header date %s with the reason, not a database error later", (value) => {
    const bad = PAGE.replace("2026-02-05", value);
    expect(() => parseArticle(bad)).toThrow(UnreadableArticleError);
    expect(() => parseArticle(bad)).toThrow(`the date header "${value}" is not a calendar date`);
  });
  it("accepts the last day of February in a leap year", () => {
    expect(parseArticle(PAGE.replace("2026-02-05", "2024-02-29")).article.publishedOn).toBe("2024-02-29");
  });
  it("drops a photo caption rather than reading it as an inner heading", () => {
    const captioned = PAGE.replace("Фото: МИД", "Фото: МИД\n\nНа снимке: Ермек Кошербаев и сенатор США в здании Сената");
    const c = parseArticle(captioned);
    expect(c.article.paragraphs).toHaveLength(2);
    expect(c.headings).toEqual([]);
  });
  it("takes a photographer named in the genitive («Фото Владимира Заикина») for the credit, not a paragraph", () => {
    const c = parseArticle(PAGE.replace("Фото: МИД", "Фото Владимира Заикина"));
    expect(c.article.photoCredit).toBe("Владимира Заикина");
    expect(c.article.paragraphs).toHaveLength(2);
  });
  it("derives a title from the first sentence and flags it", () => {
    expect(r.article.titleDerived).toBe(true);
    expect(r.article.title).toBe("Министр иностранных дел РК Ермек Кошербаев провел встречу с сенатором США");
  });
});

describe("parseArticle — dateline strings", () => {
  it.each([
    ["Астана. 23 августа. КазТАГ – Министр энергетики Казахстана провел встречу.", "Астана", 23, 8, "КазТАГ"],
    ["АСТАНА, 6 февраля. /ТАСС/. Президент Казахстана принял посла США.", "Астана", 6, 2, "ТАСС"],
    ["Вашингтон, 3 марта (Kazinform) — Министр иностранных дел Казахстана прибыл в США.", "Вашингтон", 3, 3, "Kazinform"],
    // Agencies that sign after the dash, with an abbreviated month.
    ["БИШКЕК, 2 дек — РИА Новости. Министр иностранных дел Казахстана прибыл с визитом.", "Бишкек", 2, 12, "РИА Новости"],
    ["Алматы, 14 сент. – Sputnik Казахстан. Президент Казахстана принял посла США.", "Алматы", 14, 9, "Sputnik Казахстан"],
    // … with the correspondent's name after the agency: a byline.
    ["АСТАНА, 11 февраля - РИА Новости, Андрей Смирнов. Министр обороны Казахстана провел консультации.", "Астана", 11, 2, "РИА Новости"],
    ["Астана. 2 апреля. INTERFAX-KAZAKHSTAN - Министр иностранных дел Казахстана встретился с послом США.", "Астана", 2, 4, "INTERFAX-KAZAKHSTAN"],
    // An agency closed by a stop alone, known by name.
    ["Алма-Ата. 4 февраля. Постфактум. Президент Казахстана принял временного поверенного США.", "Алма-Ата", 4, 2, "Постфактум"],
    // A place of three parts with a particle, kept lower case.
    ["ШАРМ-ЭШ-ШЕЙХ, 9 ноября. /Nur.kz/ – Министр экологии Казахстана встретился с посланником США.", "Шарм-эш-Шейх", 9, 11, "Nur.kz"],
    // A foreign city with its country in brackets.
    ["ДАВОС (Швейцария), 24 янв — РИА Новости. Министр торговли Казахстана встретился с министром торговли США.", "Давос", 24, 1, "РИА Новости"],
  ])("%s", (text, place, day, month, source) => {
    const r = parseArticle(`Заголовок о Казахстане\n${text}`);
    expect(r.article.datelinePlace).toBe(place);
    expect(r.datelineString).toMatchObject({ day, month });
    expect(r.article.source).toBe(source);
    expect(r.article.paragraphs[0]).toMatch(/^(Министр|Президент)/);
  });
  it("reads a capitals line with the day of filing standing alone under the title («АСТАНА, 9 декабря.»)", () => {
    const r = parseArticle("Пауэлл нашел в Астане союзника\nГоссекретарь США поблагодарил Казахстан\nАСТАНА, 9 декабря.\nГосударственный секретарь США Колин Пауэлл провел переговоры в Астане. Это был его первый визит в 2001 году.");
    expect(r.article.lead).toBe("Госсекретарь США поблагодарил Казахстан");
    expect(r.article.datelinePlace).toBe("Астана");
    expect(r.datelineString).toMatchObject({ day: 9, month: 12 });
    expect(r.article.paragraphs[0]).toMatch(/^Государственный секретарь/);
  });
  it("reads a place and a date closed by a stop, with no agency («АСТАНА. 5 июня. Глава государства …»)", () => {
    const r = parseArticle("Заголовок о Казахстане\nАСТАНА. 5 июня. Глава государства принял посла США.");
    expect(r.article.datelinePlace).toBe("Астана");
    expect(r.datelineString).toMatchObject({ day: 5, month: 6, source: null });
    expect(r.article.paragraphs[0]).toMatch(/^Глава государства/);
  });
  it("reads a city in capitals and a dash as the dateline of VOA and RFE/RL («ВАШИНГТОН — Посол …»), not an abbreviation", () => {
    const r = parseArticle("Заголовок о Казахстане\nВАШИНГТОН — Посол Казахстана в США провел встречу с конгрессменом.");
    expect(r.article.datelinePlace).toBe("Вашингтон");
    expect(r.article.paragraphs[0]).toMatch(/^Посол Казахстана/);
    expect(parseArticle("Заголовок о Казахстане\nНАТО — партнер Казахстана и США, заявил министр.").datelineString).toBeNull();
    expect(parseArticle("Заголовок о Казахстане\nСША — крупнейший инвестор Казахстана, заявил министр.").datelineString).toBeNull();
  });
  it("reads a dateline on a line of its own closed by the bracketed agency and its correspondent", () => {
    const r = parseArticle("Заголовок о Казахстане\nАСТАНА, 6 июня. /Корр. ИТАР-ТАСС Станислав Ковалев/.\nПомощник госсекретаря США встретился с министром.");
    expect(r.article.datelinePlace).toBe("Астана");
    expect(r.datelineString).toMatchObject({ day: 6, month: 6 });
    expect(r.article.paragraphs.join(" ")).not.toMatch(/Ковалев/);
  });
  it("does not read a sentence as a dateline", () => {
    const r = parseArticle("Казахстан, США – стратегические партнеры, заявил министр. Стороны обсудили транзит.");
    expect(r.datelineString).toBeNull();
    expect(r.article.paragraphs[0]).toMatch(/^Казахстан, США/);
  });
  it("does not take a short first sentence after the dash for an agency", () => {
    const r = parseArticle("Заголовок о Казахстане\nАСТАНА, 5 февраля – Визит начался. Министр встретился с послом США.");
    expect(r.datelineString).toMatchObject({ day: 5, month: 2, source: null });
    expect(r.article.paragraphs[0]).toMatch(/^Визит начался/);
  });
});

describe("parseArticle — unreadable input", () => {
  it.each([
    ["empty", "", /empty/],
    ["whitespace", " \n\n ", /empty/],
    ["NUL bytes", new Uint8Array([0xd0, 0x9a, 0, 0, 0x41]), /binary/],
    ["invalid UTF-8", new Uint8Array([0xd0, 0x28, 0xc3, 0x28]), /UTF-8/],
    ["no Cyrillic", "Kazakhstan and the US held talks in Washington.", /Cyrillic/],
    ["another genre", "Рецепт борща: свеклу нарезать соломкой, варить сорок минут на медленном огне.", /Kazakhstan–US/],
    // A curated surname is matched as a word in its case forms: `Росс`, `Гор`, `Пенс` do not open `Россия`, `город`, `пенсия`.
    ["words that begin like officials' surnames", "Россия повысила пенсии: в городе Москве прибавку получат с марта, сообщили в мэрии.", /Kazakhstan–US/],
  ])("%s", (_name, input, reason) => {
    expect(() => parseArticle(input)).toThrow(UnreadableArticleError);
    expect(() => parseArticle(input)).toThrow(reason);
  });
});

describe("parseArticle — seeds", () => {
  it("keeps the wire seed's boilerplate out of the body", () => {
    const r = parseArticle(readFileSync("seeds/000_c61c0215de82188b.txt"));
    expect(r.article.paragraphs.some((p) => p.includes("веб-сайте"))).toBe(false);
    expect(r.article.lead).toMatch(/^Глава МИД Казахстана/);
  });

  it("drops the reporter's signature under the story, and only a line that is just a name", () => {
    for (const signature of ["Ирина Ким, «Караван»", "Дмитрий Новиков", "Автор: Ольга Бельская", "Материал подготовил Ерлан Жумабаев"]) {
      const r = parseArticle(` date 2026-03-13 Посол США Джордж Хилл встретился с министром.\n\n${signature}`);
      expect(r.article.paragraphs).toEqual(["Посол США Джордж Хилл встретился с министром."]);
    }
    const kept = parseArticle(" date 2026-03-13 Посол США Джордж Хилл встретился с министром.\n\nВстреча прошла в Астане.");
    expect(kept.article.paragraphs).toHaveLength(2);
  });
});
