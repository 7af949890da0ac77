import { describe, expect, it } from "vitest";
import { wordForms } from "./word-forms";

describe("wordForms", () => {
  it("gives the declension of a noun from any of its forms", () => {
    for (const w of ["минерал", "минералы", "минералов"]) expect(wordForms(w)).toEqual(expect.arrayContaining(["минерал", "минералы", "минералов", "минералами"]));
    expect(wordForms("критических")).toEqual(expect.arrayContaining(["критический", "критическими", "критическая"]));
  });

  it("leaves short words, Latin words and digits alone", () => {
    expect(wordForms("мира")).toEqual(["мира"]);
    expect(wordForms("США")).toEqual(["США"]);
    expect(wordForms("Kosherbayev")).toEqual(["Kosherbayev"]);
    expect(wordForms("2026")).toEqual(["2026"]);
  });
});
