import { describe, expect, it } from "vitest";
import { decodeFeed, readFeedItems, readListingItems } from "./read-feed";
import { SourceError } from "./source-problem";

const base = "https://example.kz/rss";

describe("readFeedItems", () => {
  it("reads an RSS feed's links, absolute, without campaign tags, each once", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title> Кошербаев и Ландау </title><link>/ru/a?utm_source=rss#top</link></item>
      <item><title>Повтор</title><link>https://example.kz/ru/a</link></item>
      <item><title>Б</title><link>https://example.kz/ru/b</link></item></channel></rss>`;
    expect(readFeedItems(xml, base)).toEqual([
      { url: "https://example.kz/ru/a", title: "Кошербаев и Ландау" },
      { url: "https://example.kz/ru/b", title: "Б" },
    ]);
  });

  it("reads an Atom feed", () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id>
      <entry><title>Визит</title><id>urn:1</id><link href="https://example.kz/ru/visit"/></entry></feed>`;
    expect(readFeedItems(xml, base)).toEqual([{ url: "https://example.kz/ru/visit", title: "Визит" }]);
  });

  it("refuses what is not a feed, with the reason", () => {
    for (const text of [`<?xml version="1.0"?><rss><channel><item><title>Обрыв`, "<html><body>страница</body></html>", ""]) {
      expect(() => readFeedItems(text, base)).toThrow(SourceError);
    }
  });

  it("leaves out links that are not web addresses", () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><link>mailto:a@b.kz</link></item><item><link>javascript:void(0)</link></item></channel></rss>`;
    expect(readFeedItems(xml, base)).toEqual([]);
  });
});

describe("decodeFeed", () => {
  it("reads the charset of the XML declaration when the header names none", () => {
    const bytes = Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="windows-1251"?><t>`), Buffer.from([0xca, 0xe0, 0xe7, 0xe0, 0xf5]), Buffer.from("</t>")]);
    expect(decodeFeed(bytes, "application/rss+xml")).toContain("Казах");
  });
});

describe("readListingItems", () => {
  it("takes the links whose address matches the pattern, with their text as titles", () => {
    const html = `<nav><a href="/">Главная</a><a href="/about">О нас</a></nav>
      <a href="/ru/news/2026/visit-1">Визит  в Вашингтон</a><a href="https://other.kz/ru/news/2026/x">чужой</a><a href="/ru/news/2026/visit-1#c">повтор</a>`;
    expect(readListingItems(html, "https://example.kz/ru/news/", "^https://example\\.kz/ru/news/\\d{4}/")).toEqual([
      { url: "https://example.kz/ru/news/2026/visit-1", title: "Визит в Вашингтон" },
    ]);
  });

  it("refuses a pattern that is not a regular expression", () => {
    expect(() => readListingItems("<a href='/x'>x</a>", base, "(")).toThrow(SourceError);
  });
});
