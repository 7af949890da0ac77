import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml } from "./atom";

const feed = atomXml({
  id: "http://example.test/meetings/feed.xml",
  self: "http://example.test/meetings/feed.xml",
  alternate: "http://example.test/",
  title: "Хроника — новые встречи",
  subtitle: "<script>&",
  lang: "ru",
  generator: "Хроника",
  entries: [
    {
      id: "http://example.test/meetings/1",
      title: 'Переговоры: Ермек Кошербаев — Кристофер Ландау & "C5+1" <b>',
      link: "http://example.test/meetings/1?a=1&b=2",
      updated: new Date("2026-02-06T10:00:00Z"),
      published: new Date("2026-02-05T10:00:00Z"),
      summary: "Стороны обсудили\u0000 критические\u0008 минералы.",
      content: "строка 1\nстрока 2",
      authors: ["Анадолу"],
      categories: [{ term: "critical-minerals", label: "Критические минералы" }],
    },
    { id: "http://example.test/articles/a", title: "Вторая", link: "http://example.test/articles/a", updated: new Date("2026-02-07T00:00:00Z") },
  ],
});

describe("Atom feeds", () => {
  it("are well-formed XML even with markup characters and control characters in the text", () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).not.toContain("\u0000");
  });

  it("read back through a feed parser with titles, links, dates and categories intact", () => {
    const parsed = parseFeed(feed);
    expect(parsed.meta.type).toBe("atom");
    expect(parsed.title).toBe("Хроника — новые встречи");
    expect(parsed.language).toBe("ru");
    expect(parsed.updated?.toISOString()).toBe("2026-02-07T00:00:00.000Z");
    const [first, second] = parsed.items;
    expect(first?.title).toBe('Переговоры: Ермек Кошербаев — Кристофер Ландау & "C5+1" <b>');
    expect(first?.url).toBe("http://example.test/meetings/1?a=1&b=2");
    expect(first?.published?.toISOString()).toBe("2026-02-05T10:00:00.000Z");
    expect(first?.description).toBe("Стороны обсудили критические минералы.");
    expect(first?.categories.map((c) => c.term)).toEqual(["critical-minerals"]);
    expect(first?.authors.map((a) => a.name)).toEqual(["Анадолу"]);
    expect(second?.id).toBe("http://example.test/articles/a");
  });
});
