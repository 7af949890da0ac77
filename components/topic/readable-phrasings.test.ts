import { describe, expect, it } from "vitest";
import { readablePhrasings } from "./readable-phrasings";

describe("readablePhrasings", () => {
  it("shows one «C5+1» whichever alphabet its letter is in", () => {
    expect(readablePhrasings(["С5+1", "C5+1", "Центральная Азия + США"])).toEqual(["С5+1", "Центральная Азия + США"]);
  });

  it("shows the matcher's wildcard as an ellipsis, not an asterisk", () => {
    expect(readablePhrasings(["критических * полезных ископаемых", "критических минералов"])).toEqual(["критических … полезных ископаемых", "критических минералов"]);
  });

  it("keeps phrasings that differ in more than look-alike letters", () => {
    expect(readablePhrasings(["ИИ", "искусственный интеллект", "G20"])).toEqual(["ИИ", "искусственный интеллект", "G20"]);
  });
});
