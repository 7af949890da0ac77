import { COUNTRY_WORDS } from "@/lib/importer/extract/people/data/countries";

/** The archive's own wording where it differs from CLDR's (США, not «Соединенные Штаты»). */
const WORDING: Record<string, { ru: string; en: string }> = {
  US: { ru: "США", en: "United States" },
  GB: { ru: "Великобритания", en: "United Kingdom" },
  KR: { ru: "Южная Корея", en: "South Korea" },
  KG: { ru: "Киргизия", en: "Kyrgyzstan" },
  AE: { ru: "ОАЭ", en: "United Arab Emirates" },
  TR: { ru: "Турция", en: "Turkey" },
  EU: { ru: "Европейский союз", en: "European Union" },
};

const REGION = { ru: new Intl.DisplayNames(["ru"], { type: "region" }), en: new Intl.DisplayNames(["en"], { type: "region" }) };

/** Every country the importer can assign (its one table, `COUNTRY_WORDS`) and the EU, named for display
 *  and offered to editors; so no code the importer stores lacks a name or an editor option. */
export const COUNTRIES: Record<string, { ru: string; en: string }> = Object.fromEntries(
  [...COUNTRY_WORDS.map((c) => c.code), "EU"].map((code) => [code, WORDING[code] ?? { ru: REGION.ru.of(code) ?? code, en: REGION.en.of(code) ?? code }]),
);

export function countryNames(code: string): { ru: string; en: string } {
  return COUNTRIES[code] ?? { ru: code, en: code };
}
