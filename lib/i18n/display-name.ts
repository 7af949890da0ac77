import type { Locale } from "@/lib/i18n/messages";

/** A person's name in the reader's language: the Latin form in English when there is one. */
export function personName(p: { nameRu: string; nameLatin: string | null }, locale: Locale): string {
  return locale === "en" && p.nameLatin ? p.nameLatin : p.nameRu;
}

/** A place, topic or country label in the reader's language, Russian when no English is stored. */
export function localName(ru: string, en: string | null | undefined, locale: Locale): string {
  return locale === "en" && en ? en : ru;
}
