import type { CountryCode } from "@/lib/importer/types";

/** How an organisation's name writes a country: "Министерство … Казахстана", "Посольство США в
 *  Казахстане", "Embassy of the United States in Kazakhstan". Every country the position keys name
 *  (COUNTRY_WORDS) has an entry; a test keeps the two lists in step. */
export interface CountryForms {
  genitive: string;
  prepositional: string;
  /** As it stands after "of" or "in": with the article where English uses one. */
  en: string;
}

export const COUNTRY_FORMS: Record<CountryCode, CountryForms> = {
  KZ: { genitive: "Казахстана", prepositional: "Казахстане", en: "Kazakhstan" },
  US: { genitive: "США", prepositional: "США", en: "the United States" },
  RU: { genitive: "России", prepositional: "России", en: "Russia" },
  CN: { genitive: "Китая", prepositional: "Китае", en: "China" },
  UZ: { genitive: "Узбекистана", prepositional: "Узбекистане", en: "Uzbekistan" },
  KG: { genitive: "Кыргызстана", prepositional: "Кыргызстане", en: "Kyrgyzstan" },
  TJ: { genitive: "Таджикистана", prepositional: "Таджикистане", en: "Tajikistan" },
  TM: { genitive: "Туркменистана", prepositional: "Туркменистане", en: "Turkmenistan" },
  AZ: { genitive: "Азербайджана", prepositional: "Азербайджане", en: "Azerbaijan" },
  TR: { genitive: "Турции", prepositional: "Турции", en: "Turkey" },
  GB: { genitive: "Великобритании", prepositional: "Великобритании", en: "the United Kingdom" },
  DE: { genitive: "Германии", prepositional: "Германии", en: "Germany" },
  FR: { genitive: "Франции", prepositional: "Франции", en: "France" },
  IT: { genitive: "Италии", prepositional: "Италии", en: "Italy" },
  JP: { genitive: "Японии", prepositional: "Японии", en: "Japan" },
  KR: { genitive: "Республики Корея", prepositional: "Республике Корея", en: "the Republic of Korea" },
  IN: { genitive: "Индии", prepositional: "Индии", en: "India" },
  UA: { genitive: "Украины", prepositional: "Украине", en: "Ukraine" },
  BY: { genitive: "Беларуси", prepositional: "Беларуси", en: "Belarus" },
  IR: { genitive: "Ирана", prepositional: "Иране", en: "Iran" },
  AF: { genitive: "Афганистана", prepositional: "Афганистане", en: "Afghanistan" },
  PK: { genitive: "Пакистана", prepositional: "Пакистане", en: "Pakistan" },
  MN: { genitive: "Монголии", prepositional: "Монголии", en: "Mongolia" },
  AE: { genitive: "ОАЭ", prepositional: "ОАЭ", en: "the United Arab Emirates" },
  SA: { genitive: "Саудовской Аравии", prepositional: "Саудовской Аравии", en: "Saudi Arabia" },
  QA: { genitive: "Катара", prepositional: "Катаре", en: "Qatar" },
  IL: { genitive: "Израиля", prepositional: "Израиле", en: "Israel" },
  CA: { genitive: "Канады", prepositional: "Канаде", en: "Canada" },
  PL: { genitive: "Польши", prepositional: "Польше", en: "Poland" },
  HU: { genitive: "Венгрии", prepositional: "Венгрии", en: "Hungary" },
  GE: { genitive: "Грузии", prepositional: "Грузии", en: "Georgia" },
  AM: { genitive: "Армении", prepositional: "Армении", en: "Armenia" },
};
