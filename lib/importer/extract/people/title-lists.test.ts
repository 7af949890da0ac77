import { beforeAll, describe, expect, it } from "vitest";
import { extractPeople, loadPeopleLanguage } from "./index";
import { sentencesOf } from "./test-sentences";

beforeAll(() => loadPeopleLanguage());

/** Each person's titles (most complete first) as the article gives them. */
function titlesOf(text: string): [string, string[]][] {
  return extractPeople(sentencesOf(text)).officials.map((o) => [o.name, o.positions.map((p) => p.title)]);
}

describe("titles with a comma list of dependents", () => {
  it("keeps the whole list before the name", () => {
    expect(titlesOf("Министр сельского хозяйства, лесного и водного хозяйства Германии Клаус Вебер открыл выставку.")).toEqual([
      ["Клаус Вебер", ["Министр сельского хозяйства, лесного и водного хозяйства Германии"]],
    ]);
  });

  it("keeps the whole list in apposition after the name and stops at the clause comma", () => {
    expect(titlesOf("Ян Новак, министр промышленности, торговли и туризма Чехии, открыл форум.")).toEqual([
      ["Ян Новак", ["министр промышленности, торговли и туризма Чехии"]],
    ]);
  });

  it("does not pull an enumeration of the sentence into the title", () => {
    expect(titlesOf("Помимо энергетики, транспорта и логистики министр торговли Джон Грин затронул визовые вопросы.")).toEqual([
      ["Джон Грин", ["министр торговли"]],
    ]);
  });

  it("reads the post of a European commissioner", () => {
    expect(titlesOf("Европейский комиссар по торговле, занятости и социальным правам Мария Шмидт выступила на форуме.")).toEqual([
      ["Мария Шмидт", ["Европейский комиссар по торговле, занятости и социальным правам"]],
    ]);
  });
});

describe("one plural title split across the names of a list", () => {
  it("gives each name the title with its own country", () => {
    expect(titlesOf("Протокол подписали министры финансов Туркменистана Батыр Аманов и Таджикистана Фаррух Назаров.")).toEqual([
      ["Батыр Аманов", ["министр финансов Туркменистана"]],
      ["Фаррух Назаров", ["министр финансов Таджикистана"]],
    ]);
  });

  it("follows a comma list of three names", () => {
    const text = "В форуме участвовали вице-премьеры Узбекистана Жамшид Ходжаев, Кыргызстана Эдиль Байсалов и Азербайджана Али Ахмедов.";
    expect(titlesOf(text).map(([name, titles]) => `${name}: ${titles.join("; ")}`)).toEqual([
      "Жамшид Ходжаев: вице-премьер Узбекистана",
      "Эдиль Байсалов: вице-премьер Кыргызстана",
      "Али Ахмедов: вице-премьер Азербайджана",
    ]);
  });
});

describe("posts written together", () => {
  it("keeps both posts of a comma-joined apposition, the fuller first", () => {
    expect(titlesOf("Министр встретился с министром экономики Венгрии, председателем межправительственной комиссии Балажем Тотом.")).toEqual([
      ["Балаж Тот", ["председатель межправительственной комиссии", "министр экономики Венгрии"]],
    ]);
  });

  it("keeps a forum name with digits in the title", () => {
    expect(titlesOf("Посол провел встречу с председателем COP29 Мухтаром Бабаевым.")).toEqual([["Мухтар Бабаев", ["председатель COP29"]]]);
  });

  it("reads a post joined to a party by a hyphen, both halves in the nominative", () => {
    expect(titlesOf("Министр провел встречу с сенатором-демократом Джоном Муром.")).toEqual([["Джон Мур", ["сенатор-демократ"]]]);
    expect(titlesOf("Конгрессмен-республиканец Марк Уэбб посетил Астану.")).toEqual([["Марк Уэбб", ["Конгрессмен-республиканец"]]]);
  });
});
