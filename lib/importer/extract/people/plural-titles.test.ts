import { beforeAll, describe, expect, it } from "vitest";
import { extractPeople, loadPeopleLanguage } from ".";

beforeAll(() => loadPeopleLanguage(), 30_000);

const postsIn = (text: string) =>
  extractPeople([{ part: "body", paragraph: 0, start: 0, text }]).officials.map((o) => `${o.name}: ${o.positions[0]?.title ?? "-"}`);

describe("a plural post over a row of names", () => {
  it("gives each name the post with its own country, in order, in any case", () => {
    expect(postsIn("Беседа президентов Казахстана и США Нурсултана Назарбаева и Дональда Трампа состоялась в воскресенье.")).toEqual([
      "Нурсултан Назарбаев: президент Казахстана",
      "Дональд Трамп: президент США",
    ]);
    expect(postsIn("За столом собрались президенты США, Казахстана и Кыргызстана Джо Байден, Касым-Жомарт Токаев и Садыр Жапаров.")).toEqual([
      "Джо Байден: президент США",
      "Касым-Жомарт Токаев: президент Казахстана",
      "Садыр Жапаров: президент Кыргызстана",
    ]);
    // The instrumental `президентами`, not a shorter ending of it.
    expect(postsIn("Переговоры между президентами Казахстана и США Нурсултаном Назарбаевым и Дональдом Трампом состоялись во вторник.")).toEqual([
      "Нурсултан Назарбаев: президент Казахстана",
      "Дональд Трамп: президент США",
    ]);
  });

  it("gives nothing when the row of names is shorter than the countries", () => {
    expect(postsIn("Президенты Казахстана и США Нурсултан Назарбаев провели переговоры.")).toEqual(["Нурсултан Назарбаев: -"]);
  });
});
