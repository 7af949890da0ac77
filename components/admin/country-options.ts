import { COUNTRIES } from "@/lib/domain/countries";
import { localName } from "@/lib/i18n/display-name";
import type { Locale } from "@/lib/i18n/messages";

/** The countries an editor may assign, named in the interface language, with "none" first. */
export function countryOptions(locale: Locale, none: string): { value: string; label: string }[] {
  return [{ value: "", label: none }, ...Object.entries(COUNTRIES).map(([code, n]) => ({ value: code, label: `${localName(n.ru, n.en, locale)} (${code})` }))];
}
