import { describe, expect, it } from "vitest";
import { deriveTitle } from "./derive-title";

describe("deriveTitle", () => {
  it("keeps a press-service first sentence whole, not cut mid-phrase", () => {
    const sentence =
      "Министр иностранных дел РК Ермек Кошербаев в ходе визита в Вашингтон провел встречи с председателем Комитета по международным отношениям палаты представителей США Брайаном Мастом и сенатором Стивом Дэйнсом.";
    expect(deriveTitle(sentence)).toBe(sentence.slice(0, -1));
  });

  it("cuts a longer sentence at its last clause boundary that fits", () => {
    const sentence = `Стороны обсудили перспективы сотрудничества в энергетике, ${"развития транспортных коридоров и цифровизации ".repeat(3)}, а также ${"подготовку к визиту делегации ".repeat(4)}в Казахстан.`;
    const title = deriveTitle(sentence);
    expect(title.length).toBeLessThanOrEqual(221);
    expect(title).toMatch(/цифровизации…$/);
  });

  it("falls back to a word boundary with an ellipsis when there is no clause to cut at", () => {
    const title = deriveTitle(`Делегация ${"конгрессменов ".repeat(30)}прибыла.`);
    expect(title).toMatch(/конгрессменов…$/);
    expect(title.length).toBeLessThanOrEqual(221);
  });
});
