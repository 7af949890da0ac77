import type { Locale } from "./messages";

/** A meeting date at its precision: "5 февраля 2026 г." / "February 2026" / "2026". */
export function formatDate(iso: string, precision: "day" | "month" | "year" | null, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const tag = locale === "ru" ? "ru-RU" : "en-GB";
  switch (precision ?? "day") {
    case "year":
      return String(date.getUTCFullYear());
    case "month":
      return new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
    default:
      return new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }
}

const SHORT_MONTH = { ru: new Intl.DateTimeFormat("ru-RU", { month: "short", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }) };

/** A month's short name for a chart axis: "2026-02" → "февр." / "Feb". */
export function formatMonthShort(month: string, locale: Locale): string {
  return SHORT_MONTH[locale].format(new Date(`${month}-01T00:00:00Z`));
}
