import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvRow } from "./csv";

describe("CSV cells", () => {
  it("quotes separators, quotes and line breaks as RFC 4180 says", () => {
    expect(csvCell("Вашингтон")).toBe("Вашингтон");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('«Анадолу» "AA"')).toBe('"«Анадолу» ""AA"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("turns text that a spreadsheet would run as a formula into text", () => {
    for (const evil of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvCell(evil).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    expect(csvCell("Кошербаев = министр")).toBe("Кошербаев = министр");
  });

  it("reads back through a real CSV parser to the same values", () => {
    const rows = [
      ["id", "participants", "note"],
      ["1", "Ермек Кошербаев (Министр иностранных дел Казахстана, KZ); Кристофер Ландау (US)", 'quote " and, comma\nnewline'],
    ];
    const text = BOM + rows.map((r) => csvRow(r)).join("");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text, { bom: true, relax_column_count: false })).toEqual(rows);
  });
});
