import { describe, expect, it } from "vitest";
import { en, ru } from "./counts";
import { messages } from "./index";

describe("the status badge agrees with the kind", () => {
  it("in Russian, in gender and number", () => {
    const t = messages.ru;
    expect(["meeting", "talks", "conference", "visit", "call", "signing"].flatMap((k) => (["held", "planned"] as const).map((s) => t.meetingState(k as never, s)))).toEqual([
      "встреча состоялась",
      "встреча запланирована",
      "переговоры состоялись",
      "переговоры запланированы",
      "конференция состоялась",
      "конференция запланирована",
      "визит состоялся",
      "визит запланирован",
      "телефонный разговор состоялся",
      "телефонный разговор запланирован",
      "подписание состоялось",
      "подписание запланировано",
    ]);
  });

  it("in Russian, a planned meeting whose date passed unreported", () => {
    const t = messages.ru;
    expect((["meeting", "talks", "visit", "signing"] as const).map((k) => t.meetingUnconfirmed(k))).toEqual([
      "не подтверждена",
      "не подтверждены",
      "не подтверждён",
      "не подтверждено",
    ]);
    expect(messages.en.meetingUnconfirmed("call")).toBe("not confirmed");
  });

  it("in English", () => {
    const t = messages.en;
    expect(t.meetingState("talks", "held")).toBe("talks held");
    expect(t.meetingState("visit", "planned")).toBe("visit planned");
    expect(t.meetingState("call", "planned")).toBe("phone call planned");
  });
});

describe("numbers take their noun's form", () => {
  const numbers = [0, 1, 2, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1000, 1.5];

  it("every Russian count, in one, few, many and the fraction form", () => {
    expect(numbers.map(ru.meetings)).toEqual([
      "0 встреч", "1 встреча", "2 встречи", "4 встречи", "5 встреч", "11 встреч", "12 встреч", "21 встреча", "22 встречи", "25 встреч",
      "101 встреча", "111 встреч", "1\u00a0000 встреч", "1,5 встречи",
    ]);
    const forms = (f: (n: number) => string) => [1, 2, 5, 1.5].map(f);
    expect(forms(ru.articles)).toEqual(["1 статья", "2 статьи", "5 статей", "1,5 статьи"]);
    expect(forms(ru.articlesGen)).toEqual(["1 статьи", "2 статей", "5 статей", "1,5 статей"]);
    expect(forms(ru.sources)).toEqual(["1 источник", "2 источника", "5 источников", "1,5 источника"]);
    expect(forms(ru.mentions)).toEqual(["1 упоминание", "2 упоминания", "5 упоминаний", "1,5 упоминания"]);
    expect(forms(ru.people)).toEqual(["1 человек", "2 человека", "5 человек", "1,5 человека"]);
    expect(forms(ru.counterparts)).toEqual(["1 собеседник", "2 собеседника", "5 собеседников", "1,5 собеседника"]);
    expect(forms(ru.phrases)).toEqual(["1 фраза", "2 фразы", "5 фраз", "1,5 фразы"]);
    expect(forms(ru.planned)).toEqual(["1 запланирована", "2 запланированы", "5 запланировано", "1,5 запланировано"]);
    expect(forms(ru.minutesAcc)).toEqual(["1 минуту", "2 минуты", "5 минут", "1,5 минуты"]);
    expect(forms(ru.charactersGen)).toEqual(["1 символа", "2 символов", "5 символов", "1,5 символов"]);
    expect(forms(ru.articlesReport)).toEqual(["1 статья сообщает", "2 статьи сообщают", "5 статей сообщают", "1,5 статьи сообщают"]);
  });

  it("every English count, in one and other", () => {
    const forms = (f: (n: number) => string) => [1, 2, 1000].map(f);
    expect(forms(en.meetings)).toEqual(["1 meeting", "2 meetings", "1,000 meetings"]);
    expect(forms(en.articles)).toEqual(["1 article", "2 articles", "1,000 articles"]);
    expect(forms(en.people)).toEqual(["1 person", "2 people", "1,000 people"]);
    expect(forms(en.articlesReport)).toEqual(["1 article reports", "2 articles report", "1,000 articles report"]);
    for (const f of Object.values(en)) expect(f(1)).not.toBe(f(2));
    for (const f of Object.values(ru)) expect(new Set([1, 5].map(f)).size).toBe(2);
  });

  it("in whole sentences: search results, the timeline, the sources line", () => {
    expect([1, 3, 5].map(messages.ru.search.found)).toEqual(["Найдена 1 статья", "Найдено 3 статьи", "Найдено 5 статей"]);
    expect(messages.ru.search.foundAbout(2000)).toBe("Найдено около 2\u00a0000 статей");
    expect(messages.ru.timeline.found(21)).toBe("Найдено: 21 встреча");
    expect(messages.ru.sources(3)).toBe("3 источника");
    expect(messages.en.sources(1)).toBe("1 source");
  });
});

describe("the change log says what was done to what", () => {
  it("with the record in the accusative", () => {
    const a = messages.ru.admin.audit;
    expect(a.did("update", "meeting")).toBe("изменил(а) встречу");
    expect(a.did("publish", "article")).toBe("опубликовал(а) статью");
    expect(a.did("update", "topic")).toBe("изменил(а) тему");
    expect(a.did("merge", "official")).toBe("объединил(а) официальное лицо");
    expect(a.did("delete", "none")).toBe("удалил(а)");
    expect(messages.en.admin.audit.did("update", "meeting")).toBe("changed meeting");
  });
});
