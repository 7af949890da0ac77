import { describe, expect, it } from "vitest";
import { findPlaces } from "./places";

const places = (text: string) => findPlaces(text).map((p) => p.place);

describe("places a sentence names", () => {
  it("reads masculine names in -й and -ь in every case they take after «в», «из», «до»", () => {
    expect(places("В Костанае дипломата принял аким области.")).toEqual(["Костанай"]);
    expect(places("Переговоры прошли в Брюсселе, затем делегация вылетела в Китай.")).toEqual(["Брюссель", "Китай"]);
    expect(places("Встреча состоялась в Семее.")).toEqual(["Семей"]);
    expect(places("Делегация побывала в Национальном ядерном центре в Курчатове.")).toEqual(["Курчатов"]);
  });

  it("reads a building told by its city's adjective, not a region or a format so told", () => {
    expect(places("Встреча прошла в алматинском офисе компании.")).toEqual(["Алматы"]);
    expect(places("Гостей принимали в вашингтонском отеле «Уиллард».")).toEqual(["Вашингтон"]);
    expect(places("Переговоры в астанинском формате продолжатся.")).toEqual([]);
  });

  it("takes «в Капитолии штата» for a state's capitol, not Washington's", () => {
    expect(places("Встреча прошла в Капитолии штата.")).toEqual([]);
    expect(places("Встреча прошла в Капитолии.")).toEqual(["Вашингтон"]);
  });

  it("reads an island after «на» (на Мальте), and no other place after it", () => {
    expect(places("Министры встретятся на полях заседания ОБСЕ на Мальте.")).toEqual(["Мальта"]);
    expect(places("Стороны возлагают надежды на Казахстан.")).toEqual([]);
  });

  it("keeps the forms of names in -а and in a consonant", () => {
    expect(places("Министр провел встречи в Астане и в Вашингтоне.")).toEqual(["Астана", "Вашингтон"]);
  });
  it("reads a destination put before the visit verb, a parenthesis between («Астану, как ожидается, посетит»)", () => {
    expect(findPlaces("Весной Астану, как ожидается, посетит госсекретарь.").map((p) => `${p.place} ${p.destination}`)).toEqual(["Астана true"]);
    expect(findPlaces("Караганду намерен посетить министр.").map((p) => `${p.place} ${p.destination}`)).toEqual(["Караганда true"]);
  });

  it("reads a name after the kind of place («в городе Атырау», «в г. Актау», «в столице штата Де-Мойне»)", () => {
    expect(places("Встреча прошла в городе Атырау.")).toEqual(["Атырау"]);
    expect(places("Форум открылся в г. Актау.")).toEqual(["Актау"]);
    expect(places("Министр встретился в столице штата Де-Мойне с губернатором.")).toEqual(["Де-Мойн"]);
  });

  it("reads Athens in its cases", () => {
    expect(places("Заседание открылось в Афинах.")).toEqual(["Афины"]);
  });
});
