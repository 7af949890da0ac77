import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsDate, icsDateTime, nextDay, nextMonth, property } from "./ics";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("iCalendar content lines", () => {
  it("folds at 75 octets counted in UTF-8, never inside a Cyrillic letter", () => {
    const value = "Ермек Кошербаев — Кристофер Ландау, первый заместитель госсекретаря США; ".repeat(4);
    const folded = foldLine(`SUMMARY:${value}`);
    const lines = folded.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(0, -1)) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1, -1)) expect(line.startsWith(" ")).toBe(true);
    // Unfolding (RFC 5545 §3.1: remove CRLF followed by one space) gives back the line intact.
    expect(folded.replace(/\r\n /g, "").replace(/\r\n$/, "")).toBe(`SUMMARY:${value}`);
    // A 2-byte letter at the boundary moves whole to the next line: no replacement characters.
    expect(folded).not.toContain("\uFFFD");
  });

  it("keeps a short line whole and handles 4-byte characters", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0\r\n");
    const emoji = foldLine(`X:${"😀".repeat(40)}`);
    for (const line of emoji.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(emoji.replace(/\r\n /g, "")).toBe(`X:${"😀".repeat(40)}\r\n`);
  });

  it("escapes TEXT values", () => {
    expect(escapeText("a\\b; c, d\nе\r\nё")).toBe("a\\\\b\\; c\\, d\\nе\\nё");
  });

  it("writes parameters and dates", () => {
    expect(property("DTSTART", icsDate("2026-02-05"), { VALUE: "DATE" })).toBe("DTSTART;VALUE=DATE:20260205\r\n");
    expect(icsDateTime(new Date("2026-02-05T09:03:07.123Z"))).toBe("20260205T090307Z");
  });

  it("finds the exclusive end of a day or a month across year and leap-day boundaries", () => {
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(nextMonth("2026-12-01")).toBe("2027-01-01");
    expect(nextMonth("2026-03-01")).toBe("2026-04-01");
  });
});
