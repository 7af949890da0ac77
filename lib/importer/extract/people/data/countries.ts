import type { CountryCode } from "@/lib/importer/types";

/** How titles name a country. `phrases` are lower-case word sequences matched on word prefixes
 *  (`казахстан` matches Казахстана, Казахстане, казахстанский); `genitive` is the canonical form used
 *  in position keys, so "Министр иностранных дел РК" and "… Казахстана" share one key. */
export interface CountryWords {
  code: CountryCode;
  genitive: string;
  phrases: string[];
  /** Exact abbreviations (matched as whole words, upper case in text). */
  abbreviations: string[];
}

export const COUNTRY_WORDS: CountryWords[] = [
  {
    code: "KZ",
    genitive: "казахстана",
    phrases: ["республик казахстан", "казахстан", "казахск"],
    abbreviations: ["рк"],
  },
  {
    code: "US",
    genitive: "сша",
    phrases: ["соединенн штат америк", "соединенн штат", "америк", "американ"],
    abbreviations: ["сша"],
  },
  { code: "RU", genitive: "россии", phrases: ["российск федерац", "росси"], abbreviations: ["рф"] },
  { code: "CN", genitive: "китая", phrases: ["китайск народн республик", "кита"], abbreviations: ["кнр"] },
  { code: "UZ", genitive: "узбекистана", phrases: ["республик узбекистан", "узбекистан", "узбекск"], abbreviations: [] },
  { code: "KG", genitive: "кыргызстана", phrases: ["кыргызск республик", "кыргызстан", "киргизи", "кыргызск", "киргизск"], abbreviations: ["кр"] },
  { code: "TJ", genitive: "таджикистана", phrases: ["таджикистан", "таджикск"], abbreviations: [] },
  { code: "TM", genitive: "туркменистана", phrases: ["туркменистан", "туркменск"], abbreviations: [] },
  { code: "AZ", genitive: "азербайджана", phrases: ["азербайджан"], abbreviations: [] },
  { code: "TR", genitive: "турции", phrases: ["турци", "турецк"], abbreviations: [] },
  { code: "GB", genitive: "великобритании", phrases: ["великобритан", "британ", "соединенн королевств"], abbreviations: [] },
  { code: "DE", genitive: "германии", phrases: ["германи", "германск", "фрг"], abbreviations: ["фрг"] },
  { code: "FR", genitive: "франции", phrases: ["франци", "французск"], abbreviations: [] },
  { code: "IT", genitive: "италии", phrases: ["итали"], abbreviations: [] },
  { code: "JP", genitive: "японии", phrases: ["япони"], abbreviations: [] },
  { code: "KR", genitive: "республики корея", phrases: ["республик коре", "южн коре", "южнокорейск"], abbreviations: [] },
  { code: "IN", genitive: "индии", phrases: ["индии", "индия", "индию", "индией", "индийск"], abbreviations: [] },
  { code: "UA", genitive: "украины", phrases: ["украин"], abbreviations: [] },
  { code: "BY", genitive: "беларуси", phrases: ["беларус", "белорусск"], abbreviations: ["рб"] },
  { code: "IR", genitive: "ирана", phrases: ["иран"], abbreviations: [] },
  { code: "AF", genitive: "афганистана", phrases: ["афганистан", "афганск"], abbreviations: [] },
  { code: "PK", genitive: "пакистана", phrases: ["пакистан"], abbreviations: [] },
  { code: "MN", genitive: "монголии", phrases: ["монголи"], abbreviations: [] },
  { code: "AE", genitive: "оаэ", phrases: ["объединенн арабск эмират"], abbreviations: ["оаэ"] },
  { code: "SA", genitive: "саудовской аравии", phrases: ["саудовск арави"], abbreviations: [] },
  { code: "QA", genitive: "катара", phrases: ["катар"], abbreviations: [] },
  { code: "IL", genitive: "израиля", phrases: ["израил"], abbreviations: [] },
  { code: "CA", genitive: "канады", phrases: ["канад"], abbreviations: [] },
  { code: "PL", genitive: "польши", phrases: ["польш", "польск"], abbreviations: [] },
  { code: "HU", genitive: "венгрии", phrases: ["венгри", "венгерск"], abbreviations: [] },
  { code: "GE", genitive: "грузии", phrases: ["грузи"], abbreviations: [] },
  { code: "AM", genitive: "армении", phrases: ["армени", "армянск"], abbreviations: [] },
];
