/** Country names for the ISO codes the importer assigns. Unknown codes still store (named by code). */
export const COUNTRIES: Record<string, { ru: string; en: string }> = {
  KZ: { ru: "Казахстан", en: "Kazakhstan" },
  US: { ru: "США", en: "United States" },
  RU: { ru: "Россия", en: "Russia" },
  CN: { ru: "Китай", en: "China" },
  GB: { ru: "Великобритания", en: "United Kingdom" },
  DE: { ru: "Германия", en: "Germany" },
  FR: { ru: "Франция", en: "France" },
  IT: { ru: "Италия", en: "Italy" },
  JP: { ru: "Япония", en: "Japan" },
  KR: { ru: "Южная Корея", en: "South Korea" },
  TR: { ru: "Турция", en: "Turkey" },
  UZ: { ru: "Узбекистан", en: "Uzbekistan" },
  KG: { ru: "Киргизия", en: "Kyrgyzstan" },
  TJ: { ru: "Таджикистан", en: "Tajikistan" },
  TM: { ru: "Туркменистан", en: "Turkmenistan" },
  AF: { ru: "Афганистан", en: "Afghanistan" },
  AZ: { ru: "Азербайджан", en: "Azerbaijan" },
  UA: { ru: "Украина", en: "Ukraine" },
  IN: { ru: "Индия", en: "India" },
  AE: { ru: "ОАЭ", en: "United Arab Emirates" },
  SA: { ru: "Саудовская Аравия", en: "Saudi Arabia" },
  EU: { ru: "Европейский союз", en: "European Union" },
};

export function countryNames(code: string): { ru: string; en: string } {
  return COUNTRIES[code] ?? { ru: code, en: code };
}
