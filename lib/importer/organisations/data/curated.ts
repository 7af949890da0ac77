import type { CountryCode } from "@/lib/importer/types";
import { MINISTRY_NAMES } from "./ministries";

export interface CuratedOrganisation {
  nameRu: string;
  nameEn: string;
  country: CountryCode | null;
  /** Over a position key (see positionKey): lower case, ё as е, synonyms spelt out (госсекретаря →
   *  государственного секретаря, МИД → министерства иностранных дел), countries as their canonical
   *  genitive (РК → казахстана), the holder's country appended when the title names none. */
  patterns: RegExp[];
}

const STATE_DEPARTMENT = MINISTRY_NAMES.US?.["иностранных дел"];
const DEFENSE_DEPARTMENT = MINISTRY_NAMES.US?.["обороны"];
if (!STATE_DEPARTMENT || !DEFENSE_DEPARTMENT) throw new Error("the US departments are missing from MINISTRY_NAMES");

// A word of the key, bounded by spaces or the ends: keys are space-separated lower-case words.
const w = (source: string) => new RegExp(`(?:^| )${source}(?= |$)`, "u");

/**
 * Organisations a title may name whose names no general rule can build: legislatures, the US State
 * Department, international organisations, national companies and funds. First match wins, so the
 * narrower come first (the Senate before Congress). A committee's or a department's post belongs to the
 * institution (председатель комитета Сената США → Сенат США).
 */
export const CURATED_ORGANISATIONS: CuratedOrganisation[] = [
  { nameRu: STATE_DEPARTMENT.ru, nameEn: STATE_DEPARTMENT.en, country: "US", patterns: [w("государственн\\S* (?:секретар|департамент)\\S* сша"), w("госдеп\\S*( сша)?")] },
  { nameRu: DEFENSE_DEPARTMENT.ru, nameEn: DEFENSE_DEPARTMENT.en, country: "US", patterns: [w("пентагон\\S*")] },
  { nameRu: "Офис торгового представителя США", nameEn: "Office of the United States Trade Representative", country: "US", patterns: [w("торгов\\S* представител\\S* сша")] },
  { nameRu: "Белый дом", nameEn: "The White House", country: "US", patterns: [w("белого дома")] },
  { nameRu: "Агентство США по международному развитию", nameEn: "U.S. Agency for International Development", country: "US", patterns: [w("агентства сша по международному развитию"), w("usaid")] },
  { nameRu: "Корпорация США по международному финансированию развития", nameEn: "U.S. International Development Finance Corporation", country: "US", patterns: [w("корпорации сша по международному финансированию развития")] },
  { nameRu: "Центральное командование Вооружённых сил США", nameEn: "U.S. Central Command", country: "US", patterns: [w("центральн\\S* командовани\\S*( вооруженных сил)? сша")] },
  { nameRu: "Сенат США", nameEn: "United States Senate", country: "US", patterns: [w("сенат\\S* сша")] },
  { nameRu: "Палата представителей США", nameEn: "United States House of Representatives", country: "US", patterns: [w("палат\\S* представителей( конгресса)? сша"), w("конгрессмен\\S* сша"), w("конгрессвумен сша")] },
  { nameRu: "Конгресс США", nameEn: "United States Congress", country: "US", patterns: [w("конгресс\\S* сша")] },

  { nameRu: "Мажилис Парламента Казахстана", nameEn: "Mazhilis of the Parliament of Kazakhstan", country: "KZ", patterns: [w("мажилис\\S*")] },
  { nameRu: "Сенат Парламента Казахстана", nameEn: "Senate of the Parliament of Kazakhstan", country: "KZ", patterns: [w("сенат\\S*( парламента)? казахстана")] },
  { nameRu: "Парламент Казахстана", nameEn: "Parliament of Kazakhstan", country: "KZ", patterns: [w("парламент\\S* казахстана")] },
  {
    nameRu: "Администрация Президента Казахстана",
    nameEn: "Administration of the President of Kazakhstan",
    country: "KZ",
    patterns: [w("администраци\\S* (?:президента|главы государства) казахстана"), w("(?:пресс-секретар|помощник|советник)\\S* (?:президента|главы государства) казахстана")],
  },
  { nameRu: "Национальный банк Казахстана", nameEn: "National Bank of Kazakhstan", country: "KZ", patterns: [w("национальн\\S* банк\\S* казахстана"), w("нацбанк\\S*( казахстана)?")] },
  { nameRu: "Фонд национального благосостояния «Самрук-Казына»", nameEn: "Samruk-Kazyna Sovereign Wealth Fund", country: "KZ", patterns: [w("самрук-казын\\S*")] },
  { nameRu: "Казатомпром", nameEn: "Kazatomprom", country: "KZ", patterns: [w("казатомпром\\S*")] },
  { nameRu: "КазМунайГаз", nameEn: "KazMunayGas", country: "KZ", patterns: [w("казмунайгаз\\S*")] },
  { nameRu: "Холдинг «Байтерек»", nameEn: "Baiterek Holding", country: "KZ", patterns: [w("байтерек\\S*")] },
  { nameRu: "Kazakh Invest", nameEn: "Kazakh Invest", country: "KZ", patterns: [w("kazakh invest"), w("казах инвест")] },
  { nameRu: "Международный финансовый центр «Астана»", nameEn: "Astana International Financial Centre", country: "KZ", patterns: [w("международного финансового центра астана"), w("мфца")] },
  { nameRu: "Казахский национальный университет имени аль-Фараби", nameEn: "Al-Farabi Kazakh National University", country: "KZ", patterns: [w("университет\\S* имени аль-фараби")] },
  { nameRu: "Назарбаев Университет", nameEn: "Nazarbayev University", country: "KZ", patterns: [w("назарбаев университет\\S*")] },

  { nameRu: "Организация Объединённых Наций", nameEn: "United Nations", country: null, patterns: [w("оон")] },
  { nameRu: "Организация по безопасности и сотрудничеству в Европе", nameEn: "Organization for Security and Co-operation in Europe", country: null, patterns: [w("обсе")] },
  { nameRu: "НАТО", nameEn: "NATO", country: null, patterns: [w("нато")] },
  { nameRu: "Организация Договора о коллективной безопасности", nameEn: "Collective Security Treaty Organization", country: null, patterns: [w("одкб")] },
  { nameRu: "Организация тюркских государств", nameEn: "Organization of Turkic States", country: null, patterns: [w("отг"), w("организации тюркских государств")] },
  { nameRu: "Совещание по взаимодействию и мерам доверия в Азии", nameEn: "Conference on Interaction and Confidence Building Measures in Asia", country: null, patterns: [w("свмда")] },
  { nameRu: "Шанхайская организация сотрудничества", nameEn: "Shanghai Cooperation Organisation", country: null, patterns: [w("шос")] },
  { nameRu: "Содружество Независимых Государств", nameEn: "Commonwealth of Independent States", country: null, patterns: [w("снг")] },
  { nameRu: "Евразийская экономическая комиссия", nameEn: "Eurasian Economic Commission", country: null, patterns: [w("евразийской экономической комиссии")] },
  { nameRu: "Евразийский экономический союз", nameEn: "Eurasian Economic Union", country: null, patterns: [w("еаэс"), w("евразийского экономического союза")] },
  { nameRu: "Европейская комиссия", nameEn: "European Commission", country: null, patterns: [w("европейской комиссии"), w("еврокомиссии")] },
  { nameRu: "Европейский союз", nameEn: "European Union", country: null, patterns: [w("ес"), w("евросоюза"), w("европейского союза")] },
  { nameRu: "Международное агентство по атомной энергии", nameEn: "International Atomic Energy Agency", country: null, patterns: [w("магатэ")] },
  { nameRu: "Международный валютный фонд", nameEn: "International Monetary Fund", country: null, patterns: [w("мвф")] },
  { nameRu: "Всемирный банк", nameEn: "World Bank", country: null, patterns: [w("всемирного банка")] },
  { nameRu: "Европейский банк реконструкции и развития", nameEn: "European Bank for Reconstruction and Development", country: null, patterns: [w("ебрр")] },
  { nameRu: "Азиатский банк развития", nameEn: "Asian Development Bank", country: null, patterns: [w("абр"), w("азиатского банка развития")] },
  { nameRu: "Всемирная торговая организация", nameEn: "World Trade Organization", country: null, patterns: [w("вто")] },
];
