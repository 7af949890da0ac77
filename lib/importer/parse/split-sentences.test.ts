import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitSentences", () => {
  it("splits on sentence ends and keeps offsets", () => {
    const spans = splitSentences("Первое предложение. Второе предложение!  Третье?");
    expect(spans.map((s) => s.text)).toEqual(["Первое предложение.", "Второе предложение!", "Третье?"]);
    expect(spans[1]?.start).toBe(20);
  });
  it("does not split after initials, abbreviations or before lowercase", () => {
    expect(texts("Встречу провел А. Смадияров. Затем выступил Дж. Д. Вэнс.")).toEqual([
      "Встречу провел А. Смадияров.",
      "Затем выступил Дж. Д. Вэнс.",
    ]);
    expect(texts("Сумма составила 17 млрд. долларов, т.е. Казахстан лидирует.")).toHaveLength(1);
    expect(texts("Встреча прошла в 2025 г. в Астане.")).toHaveLength(1);
  });
  it("splits after США and numbers at a sentence end", () => {
    expect(texts("Делегация прибыла в США. Визит продлится три дня.")).toHaveLength(2);
  });
  it("keeps quoted speech with several sentences together", () => {
    expect(texts("Он заявил: «Мы готовы. Мы рады». Потом стороны подписали документ.")).toEqual([
      "Он заявил: «Мы готовы. Мы рады».",
      "Потом стороны подписали документ.",
    ]);
  });
});
