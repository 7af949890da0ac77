import { describe, expect, it } from "vitest";
import { paragraphId, quoteHref } from "./paragraph-anchor";

describe("paragraph anchors", () => {
  it("names the title, the lead and body paragraphs", () => {
    expect([-2, -1, 0, 7].map(paragraphId)).toEqual(["p-title", "p-lead", "p-0", "p-7"]);
  });

  it("links a short sentence whole and a long one by its first and last words, escaping what the directive reserves", () => {
    expect(quoteHref("a-b", 3, "Казахстан и США, вместе")).toBe(
      `/articles/a-b#p-3:~:text=${encodeURIComponent("Казахстан и США")}%2C%20${encodeURIComponent("вместе")}`,
    );
    const long = quoteHref("a-b", -1, "Глава МИД Казахстана Ермек Кошербаев провел встречу с первым заместителем госсекретаря США.");
    expect(long.startsWith("/articles/a-b#p-lead:~:text=")).toBe(true);
    const [start, end] = long.split(":~:text=")[1]!.split(",");
    expect(decodeURIComponent(start!)).toBe("Глава МИД Казахстана Ермек");
    expect(decodeURIComponent(end!)).toBe("заместителем госсекретаря США.");
  });

  it("escapes hyphens, which a text directive reads as context markers", () => {
    expect(quoteHref("x", 0, "торгово-экономических связей")).toContain("%2D");
  });
});
