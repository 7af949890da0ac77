import type { CountryCode } from "@/lib/importer/types";
import { boundedMemo } from "../bounded-memo";

/** Companies whose heads the genre meets (`председатель совета директоров Chevron`, `глава «Боинга»`),
 *  with their home country: a post at one of them is of that country when the title names none.
 *  Latin names match as written (any case), Russian ones with their case endings. */
const COMPANIES: readonly (readonly [CountryCode, readonly string[]])[] = [
  ["US", [
    "Chevron", "Шеврон", "ExxonMobil", "Exxon Mobil", "Exxon", "Эксон", "ЭксонМобил", "Mobil", "Мобил", "ConocoPhillips", "КонокоФиллипс",
    "Boeing", "Боинг", "General Electric", "Дженерал Электрик", "GE", "Wabtec", "Вабтек", "Progress Rail", "Caterpillar", "Honeywell",
    "John Deere", "Джон Дир", "AGCO", "Valmont", "Cargill", "Tyson Foods", "Halliburton", "Baker Hughes", "Fluor", "Bechtel", "KBR",
    "Air Products", "Westinghouse", "Lockheed Martin", "General Motors", "Ford", "Tesla", "SpaceX", "Cisco", "Microsoft", "Майкрософт",
    "Google", "Apple", "Amazon", "Intel", "Nvidia", "Oracle", "IBM", "OpenAI", "Visa", "Mastercard", "Pfizer", "Coca-Cola", "PepsiCo",
    "Citigroup", "Citibank", "Citi", "JPMorgan", "Goldman Sachs", "Morgan Stanley", "BlackRock", "Bank of America", "Nasdaq",
    "Enron", "Энрон", "Amoco", "Амоко", "Texaco", "Тексако", "Freeport-McMoRan", "Cheniere", "Occidental", "Hess", "Marathon",
  ]],
  ["KR", ["Samsung", "Самсунг", "Daewoo", "Дэу", "Hyundai", "Хендай", "Хундай", "LG", "POSCO", "Korea Zinc", "SK Innovation", "KEPCO", "KNOC", "KAIST", "Korea Investment Corporation"]],
  ["AE", ["DP World", "Masdar", "Mubadala"]],
  ["SA", ["ACWA Power"]],
  ["GB", ["Shell", "Шелл", "BP", "British Gas"]],
  ["IT", ["Eni", "ENI"]],
  ["FR", ["TotalEnergies", "Total"]],
  ["CN", ["CNPC", "Sinopec", "CRRC", "CITIC"]],
  ["RU", ["Росатом", "Газпром", "Роснефть", "ЛУКойл", "Лукойл"]],
  ["JP", ["Inpex", "JBIC", "JICA"]],
];

const LATIN = /^[A-Za-z]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS: readonly (readonly [RegExp, CountryCode])[] = COMPANIES.flatMap(([country, names]) =>
  names.map((name) => [new RegExp(`(?<![\\p{L}\\d])${escape(name)}${LATIN.test(name) ? "" : "\\p{L}{0,3}"}(?![\\p{L}\\d])`, LATIN.test(name) && name.length > 3 ? "iu" : "u"), country] as const),
);

/** The home country of a company the title names, or null. Titles repeat from article to article, and
 *  each asks every company's pattern: the answer is kept. */
export const companyCountry: (title: string) => CountryCode | null = boundedMemo((title: string) => PATTERNS.find(([pattern]) => pattern.test(title))?.[1] ?? null);
