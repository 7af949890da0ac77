import { describe, expect, it } from "vitest";
import { assertGenre } from "./genre-check";
import { UnreadableArticleError } from "./unreadable-article-error";

/** The kind of refusal, or "ok". */
function verdict(text: string): string {
  try {
    assertGenre(text);
    return "ok";
  } catch (error) {
    if (error instanceof UnreadableArticleError) return error.problem.kind;
    throw error;
  }
}

describe("the genre check", () => {
  it("accepts a report naming either country or known officials of both", () => {
    expect(verdict("Министр иностранных дел Казахстана встретился с послом США в Астане.")).toBe("ok");
    expect(verdict("Ермек Кошербаев провел телефонный разговор с Марко Рубио.")).toBe("ok");
  });

  it("refuses empty, non-Russian and mostly Latin texts", () => {
    expect(verdict("   ")).toBe("empty");
    expect(verdict("The Kazakh foreign minister met the US ambassador in Astana today.")).toBe("not-russian");
    expect(verdict("The Kazakh foreign minister met the US ambassador in Astana on Monday, said Казахстан.")).toBe("not-russian");
  });

  it("counts Russian words of two letters or more, however the text is punctuated", () => {
    expect(verdict("Казахстан США Астана.")).toBe("no-running-text");
    expect(verdict("Казахстан—США—Астана—Вашингтон—встреча—министров.")).toBe("ok");
    expect(verdict("Казахстан и США: а б в г д е.")).toBe("no-running-text");
  });

  it("refuses a Russian text about neither country", () => {
    expect(verdict("В Караганде прошел футбольный матч местных команд, болельщики остались довольны.")).toBe("off-topic");
  });
});
