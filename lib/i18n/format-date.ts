import type { Locale } from "./messages";

// Made once per language: building an Intl.DateTimeFormat costs far more than formatting with one
// (an index of 500 officials, each with a date, took seconds to render when each call built its own).
const formats = (tag: string) => ({
  month: new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }),
  day: new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
});
const FORMATS = { ru: formats("ru-RU"), en: formats("en-GB") };

/** A meeting date at its precision: "5 февраля 2026 г." / "February 2026" / "2026". */
export function formatDate(iso: string, precision: "day" | "month" | "year" | null, locale: Locale): string {
  const date = new Date(`${iso}T00:00:00Z`);
  switch (precision ?? "day") {
    case "year":
      return String(date.getUTCFullYear());
    case "month":
      return FORMATS[locale].month.format(date);
    default:
      return FORMATS[locale].day.format(date);
  }
}

const SHORT_MONTH = { ru: new Intl.DateTimeFormat("ru-RU", { month: "short", timeZone: "UTC" }), en: new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }) };

/** A month's short name for a chart axis: "2026-02" → "февр." / "Feb". */
export function formatMonthShort(month: string, locale: Locale): string {
  return SHORT_MONTH[locale].format(new Date(`${month}-01T00:00:00Z`));
}
