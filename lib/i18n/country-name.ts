import { COUNTRIES } from "@/lib/domain/countries";
import type { Locale } from "./messages";

const REGION_NAMES = { ru: new Intl.DisplayNames(["ru"], { type: "region" }), en: new Intl.DisplayNames(["en"], { type: "region" }) };

/** A country's name from its ISO code: the archive's own wording first (США, United States), else CLDR's. */
export function countryName(code: string, locale: Locale): string {
  return COUNTRIES[code]?.[locale] ?? REGION_NAMES[locale].of(code) ?? code;
}
