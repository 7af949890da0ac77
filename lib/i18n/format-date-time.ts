import type { Locale } from "./messages";

/** A moment of the change log, in UTC (editors work from Astana and Washington alike): "5 февраля 2026 г., 14:03 UTC". */
export function formatDateTime(at: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  }).format(at);
  return `${text} UTC`;
}
