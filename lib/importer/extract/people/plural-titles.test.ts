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

  it("gives each name led by its country after a dash the plural post with that country («министров … – Казахстана A, Киргизии B»)", () => {
    expect(postsIn("Госсекретарь США Джордж Хилл принял министров иностранных дел пяти государств Центральной Азии – Казахстана Каната Омарова, Киргизии Ерлана Сапарова и Узбекистана Питера Коллинза.")).toEqual([
      "Джордж Хилл: Госсекретарь США",
      "Канат Омаров: министр иностранных дел Казахстана",
      "Ерлан Сапаров: министр иностранных дел Киргизии",
      "Питер Коллинз: министр иностранных дел Узбекистана",
    ]);
  });

  it("gives nothing when the row of names is shorter than the countries", () => {
    expect(postsIn("Президенты Казахстана и США Нурсултан Назарбаев провели переговоры.")).toEqual(["Нурсултан Назарбаев: -"]);
  });
  it("splits a plural minister's complements joined by «и» over the names, in order", () => {
    expect(postsIn("Гостья провела встречи с министрами обороны и иностранных дел Мухтаром Алтынбаевым и Касымжомартом Токаевым.")).toEqual([
      "Мухтар Алтынбаев: министр обороны",
      "Касым-Жомарт Токаев: министр иностранных дел",
    ]);
    // Vice-ministers of one ministry share its post.
    expect(postsIn("В разговоре участвовали вице-министры торговли и интеграции Кайрат Торебаев и Жанель Кушукова.")).toEqual([
      "Кайрат Торебаев: вице-министр торговли и интеграции",
      "Жанель Кушукова: вице-министр торговли и интеграции",
    ]);
  });

  it("reads a name after a post ending in an abbreviation and a dash", () => {
    expect(postsIn("Министр провел встречи с министром торговли США – Джоном Брайсоном.").map((p) => p.split(":")[0])).toEqual(["Джон Брайсон"]);
  });
});
