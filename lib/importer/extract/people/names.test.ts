import { beforeAll, describe, expect, it } from "vitest";
import { latinName, loadPeopleLanguage, nameForms, positionKey, sameOfficialKey } from "./index";
import { titleCountry } from "./position-key";

beforeAll(() => loadPeopleLanguage());

describe("sameOfficialKey", () => {
  it.each([
    ["Мухтар Тлеуберди", "Мухтар Тлеуберды"],
    ["Стив Дэйнс", "Стив Дейнс"],
    ["Пётр Сидоренко", "Петр Сидоренко"],
    ["Касым-Жомарт Токаев", "Касым Жомарт Токаев"],
    ["Касым-Жомарт Тоқаев", "Касым-Жомарт Токаев"],
    ["Пит Хегсетт", "Пит Хегсет"],
    ["Сергей Лаврой", "Сергей Лаврои"],
  ])("joins %s and %s", (a, b) => expect(sameOfficialKey(a)).toBe(sameOfficialKey(b)));

  it("keeps different people apart", () => {
    expect(sameOfficialKey("Ермек Кошербаев")).not.toBe(sameOfficialKey("Ерлан Кошанов"));
    expect(sameOfficialKey("Анна Иванова")).not.toBe(sameOfficialKey("Анна Иванов"));
  });
});

describe("latinName", () => {
  it.each([
    ["Ермек Кошербаев", "Yermek Kosherbayev"],
    ["Касым-Жомарт Токаев", "Kassym-Jomart Tokayev"], // the spelling Akorda publishes
    ["Айбек Смадияров", "Aibek Smadiyarov"],
    ["Айбек Жумабаев", "Aybek Zhumabayev"], // not curated: transliterated
    ["Марко Рубио", "Marco Rubio"],
    ["Джей Ди Вэнс", "JD Vance"],
    ["Стив Дейнс", "Steve Daines"],
    ["Кристофер Ландау", "Christopher Landau"],
    ["Брайан Маст", "Brian Mast"],
    ["Энтони Блинкен", "Antony Blinken"],
    ["Нурлан Тоқаев", "Nurlan Tokayev"],
  ])("%s → %s", (name, latin) => expect(latinName(name)).toBe(latin));
});

describe("nameForms", () => {
  it("declines a Kazakh name, only the last part of a hyphenated given name", () => {
    const forms = nameForms("Касым-Жомарт Токаев");
    expect(forms).toEqual(expect.arrayContaining(["Касым-Жомарта Токаева", "Касым-Жомарту Токаеву", "Касым-Жомартом Токаевым", "Токаеве"]));
    expect(forms).not.toContain("Касыма-Жомарта Токаева");
  });

  it("keeps indeclinable surnames and declines foreign consonant-final ones", () => {
    expect(nameForms("Кристофер Ландау")).toEqual(expect.arrayContaining(["Кристофером Ландау", "Кристофера Ландау", "Ландау"]));
    expect(nameForms("Стив Дэйнс")).toEqual(expect.arrayContaining(["Стива Дэйнса", "Стивом Дэйнсом", "Дэйнсу"]));
    expect(nameForms("Джей Ди Вэнс")).toEqual(expect.arrayContaining(["Джей Ди Вэнса", "Вэнсом"]));
    expect(nameForms("Марко Рубио")).toEqual(expect.arrayContaining(["Марко Рубио"]));
  });

  it("declines women's names as women's", () => {
    expect(nameForms("Анна Иванова")).toEqual(expect.arrayContaining(["Анны Ивановой", "Анну Иванову", "Анной Ивановой"]));
    expect(nameForms("Элизабет Роуд")).toEqual(expect.arrayContaining(["Элизабет Роуд"]));
    expect(nameForms("Элизабет Роуд")).not.toContain("Элизабет Роуда");
  });

  it("handles a fleeting vowel through the dictionary", () => {
    expect(nameForms("Павел Петров")).toEqual(expect.arrayContaining(["Павла Петрова", "Павлом Петровым"]));
  });
});

describe("titleCountry", () => {
  it("takes the country the title names first, passing over the countries a post deals with («по России и …»)", () => {
    expect(titleCountry("посол Казахстана в США")).toBe("KZ");
    expect(titleCountry("старший директор по России и Центральной Азии Совета национальной безопасности США")).toBe("US");
  });

  it("gives no country for a title that names only the countries the post deals with", () => {
    // America's envoy, not Afghanistan's; the holder's country is told elsewhere (another title, the table).
    expect(titleCountry("специальный представитель по Афганистану")).toBeNull();
    expect(titleCountry("старший директор Совета национальной безопасности по России и Центральной Азии")).toBeNull();
  });

  it("gives a neighbour's region or city the country it is in, not a place the post is only in", () => {
    expect(titleCountry("мэр Новосибирска")).toBe("RU");
    expect(titleCountry("председатель народного правительства Синьцзян-Уйгурского автономного района")).toBe("CN");
    expect(titleCountry("генеральный консул в Новосибирске")).toBeNull();
  });
});

describe("positionKey", () => {
  it("gives synonyms of the foreign minister's post one key", () => {
    const keys = [
      "Глава МИД Казахстана",
      "Министр иностранных дел Казахстана",
      "Министр иностранных дел РК",
      "глава внешнеполитического ведомства Казахстана",
      "министр иностранных дел Республики Казахстан",
    ].map((t) => positionKey(t, null));
    expect(new Set(keys)).toEqual(new Set(["министр иностранных дел казахстана"]));
  });

  it("expands госсекретарь and adds the holder's country to a title without one", () => {
    expect(positionKey("Государственный секретарь США", null)).toBe(positionKey("госсекретарь Соединенных Штатов Америки", null));
    expect(positionKey("сенатор", "US")).toBe(positionKey("американский сенатор", null));
    expect(positionKey("сенатор", "US")).toBe("сенатор сша");
    expect(positionKey("Глава государства", "KZ")).toBe(positionKey("Президент РК", null));
    expect(positionKey("Чрезвычайный и Полномочный Посол Республики Казахстан в США", null)).toBe(positionKey("посол Казахстана в США", null));
  });

  it("keeps the post's own country first in titles naming two", () => {
    expect(positionKey("Посол Казахстана в США", null)).toBe("посол казахстана в сша");
    expect(positionKey("посол США в Казахстане", null)).not.toBe(positionKey("Посол Казахстана в США", null));
  });
});
