/**
 * RFC 4180 CSV with the two things spreadsheets need: a UTF-8 byte-order mark (without it Excel reads
 * Cyrillic as Windows-1252) and a guard against formula injection (OWASP: a text cell that starts with
 * = + - @, a tab or a carriage return is run as a formula; a leading apostrophe makes it text).
 */

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
