import type { Locale } from "@/lib/i18n/messages";

/** An official's name in the reader's language: the Latin form in English when there is one. */
export function displayName(locale: Locale, o: { nameRu: string; nameLatin: string | null }): string {
  return locale === "en" && o.nameLatin ? o.nameLatin : o.nameRu;
}

/** A topic's label in the reader's language. */
export function topicLabel(locale: Locale, t: { labelRu: string; labelEn: string }): string {
  return locale === "en" ? t.labelEn : t.labelRu;
}

/** A country's name in the reader's language. */
export function countryName(locale: Locale, c: { nameRu: string; nameEn: string }): string {
  return locale === "en" ? c.nameEn : c.nameRu;
}
