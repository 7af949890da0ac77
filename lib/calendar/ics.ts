/**
 * iCalendar content lines as RFC 5545 §3.1 and §3.3.11 want them, so strict readers (Outlook, Google,
 * Apple, ical.js) accept the feed: CRLF line ends; lines folded at 75 octets — counted in UTF-8 bytes,
 * and never inside a character, which matters for Cyrillic (2 bytes a letter); TEXT values escaped.
 */

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT escaping: backslash, semicolon and comma are escaped, line breaks become `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A content line folded into physical lines of at most 75 octets; continuations begin with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first physical line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `) + CRLF;
}

/** `NAME;PARAM=value:VALUE`, folded. `value` must already be escaped where it is TEXT. */
export function property(name: string, value: string, params: Record<string, string> = {}): string {
  const head = [name, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join(";");
  return foldLine(`${head}:${value}`);
}

/** A DATE value: 2026-02-05 → 20260205. */
export function icsDate(iso: string): string {
  return iso.slice(0, 10).replaceAll("-", "");
}

/** A UTC DATE-TIME value: 20260205T093000Z. */
export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** The day after an ISO date, or the first day of the next month: DTEND of an all-day event is exclusive. */
export function nextDay(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function nextMonth(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
