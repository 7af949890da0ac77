import type { CountryCode } from "@/lib/importer/types";

/** How an organisation's name writes a country: "Министерство … Казахстана", "Посольство США в
 *  Казахстане", "Embassy of the United States in Kazakhstan". */
export interface CountryForms {
  genitive: string;
  prepositional: string;
  /** As it stands after "of" or "in": with the article where English uses one. */
  en: string;
}

/** How titles and organisation names write a country: one row per country, the only list of them.
 *  `phrases` are lower-case word sequences matched on word prefixes (`казахстан` matches Казахстана,
 *  Казахстане, казахстанский); position keys write the country as its genitive in lower case
 *  (keyGenitive), so "Министр иностранных дел РК" and "… Казахстана" share one key. */
export interface CountryWords extends CountryForms {
  code: CountryCode;
  phrases: string[];
  /** Exact abbreviations (matched as whole words, upper case in text). */
  abbreviations: string[];
}

export const COUNTRY_WORDS: CountryWords[] = [
  { code: "KZ", genitive: "Казахстана", prepositional: "Казахстане", en: "Kazakhstan", phrases: ["республик казахстан", "казахстан", "казахск"], abbreviations: ["рк"] },
  { code: "US", genitive: "США", prepositional: "США", en: "the United States", phrases: ["соединенн штат америк", "соединенн штат", "америк", "американ", "штат", "каролин"], abbreviations: ["сша"] },
  { code: "RU", genitive: "России", prepositional: "России", en: "Russia", phrases: ["российск федерац", "росси"], abbreviations: ["рф"] },
  { code: "CN", genitive: "Китая", prepositional: "Китае", en: "China", phrases: ["китайск народн республик", "кита"], abbreviations: ["кнр"] },
  { code: "UZ", genitive: "Узбекистана", prepositional: "Узбекистане", en: "Uzbekistan", phrases: ["республик узбекистан", "узбекистан", "узбекск"], abbreviations: [] },
  { code: "KG", genitive: "Кыргызстана", prepositional: "Кыргызстане", en: "Kyrgyzstan", phrases: ["кыргызск республик", "кыргызстан", "киргизи", "кыргызск", "киргизск"], abbreviations: ["кр"] },
  { code: "TJ", genitive: "Таджикистана", prepositional: "Таджикистане", en: "Tajikistan", phrases: ["таджикистан", "таджикск"], abbreviations: [] },
  { code: "TM", genitive: "Туркменистана", prepositional: "Туркменистане", en: "Turkmenistan", phrases: ["туркменистан", "туркмени", "туркменск"], abbreviations: [] },
  { code: "AZ", genitive: "Азербайджана", prepositional: "Азербайджане", en: "Azerbaijan", phrases: ["азербайджан"], abbreviations: [] },
  { code: "TR", genitive: "Турции", prepositional: "Турции", en: "Turkey", phrases: ["турци", "турецк"], abbreviations: [] },
  { code: "GB", genitive: "Великобритании", prepositional: "Великобритании", en: "the United Kingdom", phrases: ["великобритан", "британ", "соединенн королевств"], abbreviations: [] },
  { code: "DE", genitive: "Германии", prepositional: "Германии", en: "Germany", phrases: ["германи", "германск", "фрг"], abbreviations: ["фрг"] },
  { code: "FR", genitive: "Франции", prepositional: "Франции", en: "France", phrases: ["франци", "французск"], abbreviations: [] },
  { code: "IT", genitive: "Италии", prepositional: "Италии", en: "Italy", phrases: ["итали"], abbreviations: [] },
  { code: "JP", genitive: "Японии", prepositional: "Японии", en: "Japan", phrases: ["япони", "японск"], abbreviations: [] },
  { code: "KR", genitive: "Республики Корея", prepositional: "Республике Корея", en: "the Republic of Korea", phrases: ["республик коре", "южн коре", "южнокорейск"], abbreviations: [] },
  { code: "IN", genitive: "Индии", prepositional: "Индии", en: "India", phrases: ["индии", "индия", "индию", "индией", "индийск"], abbreviations: [] },
  { code: "UA", genitive: "Украины", prepositional: "Украине", en: "Ukraine", phrases: ["украин"], abbreviations: [] },
  { code: "BY", genitive: "Беларуси", prepositional: "Беларуси", en: "Belarus", phrases: ["беларус", "белорусск"], abbreviations: ["рб"] },
  { code: "IR", genitive: "Ирана", prepositional: "Иране", en: "Iran", phrases: ["иран"], abbreviations: [] },
  { code: "AF", genitive: "Афганистана", prepositional: "Афганистане", en: "Afghanistan", phrases: ["афганистан", "афганск"], abbreviations: [] },
  { code: "PK", genitive: "Пакистана", prepositional: "Пакистане", en: "Pakistan", phrases: ["пакистан"], abbreviations: [] },
  { code: "MN", genitive: "Монголии", prepositional: "Монголии", en: "Mongolia", phrases: ["монголи"], abbreviations: [] },
  { code: "AE", genitive: "ОАЭ", prepositional: "ОАЭ", en: "the United Arab Emirates", phrases: ["объединенн арабск эмират"], abbreviations: ["оаэ"] },
  { code: "SA", genitive: "Саудовской Аравии", prepositional: "Саудовской Аравии", en: "Saudi Arabia", phrases: ["саудовск арави"], abbreviations: [] },
  { code: "QA", genitive: "Катара", prepositional: "Катаре", en: "Qatar", phrases: ["катар"], abbreviations: [] },
  { code: "IL", genitive: "Израиля", prepositional: "Израиле", en: "Israel", phrases: ["израил"], abbreviations: [] },
  { code: "CA", genitive: "Канады", prepositional: "Канаде", en: "Canada", phrases: ["канад"], abbreviations: [] },
  { code: "PL", genitive: "Польши", prepositional: "Польше", en: "Poland", phrases: ["польш", "польск"], abbreviations: [] },
  { code: "HU", genitive: "Венгрии", prepositional: "Венгрии", en: "Hungary", phrases: ["венгри", "венгерск"], abbreviations: [] },
  { code: "GE", genitive: "Грузии", prepositional: "Грузии", en: "Georgia", phrases: ["грузи"], abbreviations: [] },
  { code: "AM", genitive: "Армении", prepositional: "Армении", en: "Armenia", phrases: ["армени", "армянск"], abbreviations: [] },
  { code: "CH", genitive: "Швейцарии", prepositional: "Швейцарии", en: "Switzerland", phrases: ["швейцар"], abbreviations: [] },
  { code: "ES", genitive: "Испании", prepositional: "Испании", en: "Spain", phrases: ["испани", "испанск"], abbreviations: [] },
  { code: "NL", genitive: "Нидерландов", prepositional: "Нидерландах", en: "the Netherlands", phrases: ["нидерланд", "голланд"], abbreviations: [] },
  { code: "AT", genitive: "Австрии", prepositional: "Австрии", en: "Austria", phrases: ["австри", "австрийск"], abbreviations: [] },
  { code: "SE", genitive: "Швеции", prepositional: "Швеции", en: "Sweden", phrases: ["швеци", "шведск"], abbreviations: [] },
  { code: "NO", genitive: "Норвегии", prepositional: "Норвегии", en: "Norway", phrases: ["норвеги", "норвежск"], abbreviations: [] },
  { code: "FI", genitive: "Финляндии", prepositional: "Финляндии", en: "Finland", phrases: ["финлянд", "финск"], abbreviations: [] },
  { code: "AU", genitive: "Австралии", prepositional: "Австралии", en: "Australia", phrases: ["австрали"], abbreviations: [] },
  { code: "BR", genitive: "Бразилии", prepositional: "Бразилии", en: "Brazil", phrases: ["бразили", "бразильск"], abbreviations: [] },
  { code: "SG", genitive: "Сингапура", prepositional: "Сингапуре", en: "Singapore", phrases: ["сингапур"], abbreviations: [] },
  { code: "EG", genitive: "Египта", prepositional: "Египте", en: "Egypt", phrases: ["египт", "египетск"], abbreviations: [] },
  { code: "MY", genitive: "Малайзии", prepositional: "Малайзии", en: "Malaysia", phrases: ["малайзи", "малайзийск"], abbreviations: [] },
  { code: "ID", genitive: "Индонезии", prepositional: "Индонезии", en: "Indonesia", phrases: ["индонези", "индонезийск"], abbreviations: [] },
  { code: "TH", genitive: "Таиланда", prepositional: "Таиланде", en: "Thailand", phrases: ["таиланд", "тайск"], abbreviations: [] },
  { code: "VN", genitive: "Вьетнама", prepositional: "Вьетнаме", en: "Vietnam", phrases: ["вьетнам"], abbreviations: [] },
  { code: "PH", genitive: "Филиппин", prepositional: "Филиппинах", en: "the Philippines", phrases: ["филиппин"], abbreviations: [] },
  { code: "MX", genitive: "Мексики", prepositional: "Мексике", en: "Mexico", phrases: ["мексик", "мексиканск"], abbreviations: [] },
  { code: "AR", genitive: "Аргентины", prepositional: "Аргентине", en: "Argentina", phrases: ["аргентин"], abbreviations: [] },
  { code: "BE", genitive: "Бельгии", prepositional: "Бельгии", en: "Belgium", phrases: ["бельги", "бельгийск"], abbreviations: [] },
  { code: "CZ", genitive: "Чехии", prepositional: "Чехии", en: "Czechia", phrases: ["чехи", "чешск"], abbreviations: [] },
  { code: "GR", genitive: "Греции", prepositional: "Греции", en: "Greece", phrases: ["греци", "греческ"], abbreviations: [] },
  { code: "DK", genitive: "Дании", prepositional: "Дании", en: "Denmark", phrases: ["дании", "дания", "данию", "данией", "датск"], abbreviations: [] },
  { code: "JO", genitive: "Иордании", prepositional: "Иордании", en: "Jordan", phrases: ["иордани", "иорданск"], abbreviations: [] },
  { code: "KW", genitive: "Кувейта", prepositional: "Кувейте", en: "Kuwait", phrases: ["кувейт"], abbreviations: [] },
  { code: "OM", genitive: "Омана", prepositional: "Омане", en: "Oman", phrases: ["оман"], abbreviations: [] },
  { code: "IQ", genitive: "Ирака", prepositional: "Ираке", en: "Iraq", phrases: ["ирак"], abbreviations: [] },
  { code: "SY", genitive: "Сирии", prepositional: "Сирии", en: "Syria", phrases: ["сири", "сирийск"], abbreviations: [] },
  { code: "BG", genitive: "Болгарии", prepositional: "Болгарии", en: "Bulgaria", phrases: ["болгари", "болгарск"], abbreviations: [] },
  { code: "RO", genitive: "Румынии", prepositional: "Румынии", en: "Romania", phrases: ["румыни", "румынск"], abbreviations: [] },
  { code: "LT", genitive: "Литвы", prepositional: "Литве", en: "Lithuania", phrases: ["литв", "литовск"], abbreviations: [] },
  { code: "LV", genitive: "Латвии", prepositional: "Латвии", en: "Latvia", phrases: ["латви", "латвийск"], abbreviations: [] },
  { code: "EE", genitive: "Эстонии", prepositional: "Эстонии", en: "Estonia", phrases: ["эстони", "эстонск"], abbreviations: [] },
];

/** The country as position keys write it: "министр иностранных дел казахстана". */
export function keyGenitive(country: CountryWords): string {
  return country.genitive.toLowerCase();
}
