import { describe, expect, it } from "vitest";
import { postInEnglish } from "./post-in-english";

describe("postInEnglish", () => {
  it.each([
    ["Министр иностранных дел РК", "Minister of Foreign Affairs of Kazakhstan"],
    ["министр иностранных дел Казахстана", "Minister of Foreign Affairs of Kazakhstan"],
    ["Министр иностранных дел", "Minister of Foreign Affairs"],
    ["министр иностранных дел Таджикистана", "Minister of Foreign Affairs of Tajikistan"],
    ["сенатор", "Senator"],
    ["Президент РК", "President of Kazakhstan"],
    ["президент США", "US President"],
    ["Государственный секретарь США", "US Secretary of State"],
    ["первый заместитель госсекретаря США", "US Deputy Secretary of State"],
    ["Вице-президент США", "US Vice President"],
    ["министр энергетики США", "US Secretary of Energy"],
    ["министр торговли США", "US Secretary of Commerce"],
    ["председатель Комитета по международным отношениям палаты представителей США", "US Chairman of the House Foreign Affairs Committee"],
    ["Посол США в Казахстане", "US Ambassador to Kazakhstan"],
    ["Чрезвычайный и Полномочный Посол США в Казахстане", "US Ambassador Extraordinary and Plenipotentiary to Kazakhstan"],
    ["Генеральный консул США в Алматы", "US Consul General in Almaty"],
    ["Председатель Сената Парламента Республики Казахстан", "Chairman of the Senate of Parliament of Kazakhstan"],
    ["Государственный секретарь – министр иностранных дел", "State Secretary – Minister of Foreign Affairs"],
  ])("%s → %s", (post, english) => {
    expect(postInEnglish(post)).toBe(english);
  });

  it("gives nothing for a post it has no words for, rather than a half translation", () => {
    expect(postInEnglish("Заместитель Премьер-министра – министр национальной экономики Республики Казахстан")).toBeNull();
    expect(postInEnglish("руководитель отдела США")).toBeNull();
  });
});
