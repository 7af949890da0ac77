import { describe, expect, it } from "vitest";
import { COUNTRY_WORDS, keyGenitive } from "@/lib/importer/extract/people/data/countries";
import { organisationOf } from "./organisation-of";
import { countryOfGenitive } from "./title-words";

type Case = [title: string, country: string | null, nameRu: string, nameEn: string | null, orgCountry: string | null];

const expectOrganisation = ([title, country, nameRu, nameEn, orgCountry]: Case) =>
  expect(organisationOf(title, country), `${title} [${country}]`).toEqual({ nameRu, nameEn, country: orgCountry });

describe("organisationOf", () => {
  it("gives one ministry for every wording of the post, deputies and departments included", () => {
    const mfa = "Министерство иностранных дел Казахстана";
    const en = "Ministry of Foreign Affairs of Kazakhstan";
    const cases: Case[] = [
      ["министр иностранных дел Казахстана", "KZ", mfa, en, "KZ"],
      ["глава МИД Казахстана", "KZ", mfa, en, "KZ"],
      ["Министр иностранных дел Республики Казахстан", "KZ", mfa, en, "KZ"],
      ["глава МИД РК", "KZ", mfa, en, "KZ"],
      ["глава внешнеполитического ведомства Казахстана", "KZ", mfa, en, "KZ"],
      ["Заместитель Премьер-министра – Министр иностранных дел РК", "KZ", mfa, en, "KZ"],
      ["вице-министр иностранных дел РК", "KZ", mfa, en, "KZ"],
      ["директор департамента Америки МИД РК", "KZ", mfa, en, "KZ"],
      ["посол по особым поручениям МИД РК", "KZ", mfa, en, "KZ"],
      // The title names no country: the post's own country says which ministry.
      ["министр иностранных дел", "KZ", mfa, en, "KZ"],
    ];
    cases.forEach(expectOrganisation);
  });

  it("names other countries' ministries after the field and country, in English only where the field is known", () => {
    const cases: Case[] = [
      ["министр экологии и природных ресурсов Азербайджана", "AZ", "Министерство экологии и природных ресурсов Азербайджана", "Ministry of Ecology and Natural Resources of Azerbaijan", "AZ"],
      ["Министр цифрового развития, инноваций и аэрокосмической промышленности РК", "KZ", "Министерство цифрового развития, инноваций и аэрокосмической промышленности Казахстана", "Ministry of Digital Development, Innovation and Aerospace Industry of Kazakhstan", "KZ"],
      ["министр по чрезвычайным ситуациям РК", "KZ", "Министерство по чрезвычайным ситуациям Казахстана", "Ministry of Emergency Situations of Kazakhstan", "KZ"],
      ["министр иностранных дел Республики Корея", "KR", "Министерство иностранных дел Республики Корея", "Ministry of Foreign Affairs of the Republic of Korea", "KR"],
      ["министр водного хозяйства Узбекистана", "UZ", "Министерство водного хозяйства Узбекистана", null, "UZ"],
      ["министр иностранных дел Великобритании", "GB", "Министерство иностранных дел Великобритании", "Foreign, Commonwealth and Development Office", "GB"],
    ];
    cases.forEach(expectOrganisation);
  });

  it("knows the US departments, the State Department first of all", () => {
    const state = ["Государственный департамент США", "U.S. Department of State", "US"] as const;
    const cases: Case[] = [
      ["госсекретарь США", "US", ...state],
      ["Государственный секретарь США", "US", ...state],
      ["первый заместитель госсекретаря США", "US", ...state],
      ["помощник госсекретаря США по делам Южной и Центральной Азии", "US", ...state],
      ["исполняющая обязанности помощника госсекретаря США по делам Южной и Центральной Азии", "US", ...state],
      ["специальный координатор Государственного департамента США по вопросам нераспространения", "US", ...state],
      ["министр иностранных дел США", "US", ...state],
      ["министр торговли США", "US", "Министерство торговли США", "U.S. Department of Commerce", "US"],
      ["заместитель министра сельского хозяйства США по вопросам торговли", "US", "Министерство сельского хозяйства США", "U.S. Department of Agriculture", "US"],
      ["министр войны США", "US", "Министерство обороны США", "U.S. Department of Defense", "US"],
      ["глава Пентагона", "US", "Министерство обороны США", "U.S. Department of Defense", "US"],
      ["торговый представитель США", "US", "Офис торгового представителя США", "Office of the United States Trade Representative", "US"],
      ["командующий Центральным командованием Вооруженных сил США", "US", "Центральное командование Вооружённых сил США", "U.S. Central Command", "US"],
    ];
    cases.forEach(expectOrganisation);
  });

  it("gives a legislator or a committee chair the chamber", () => {
    const senate = ["Сенат США", "United States Senate", "US"] as const;
    const house = ["Палата представителей США", "United States House of Representatives", "US"] as const;
    const cases: Case[] = [
      ["сенатор США", "US", ...senate],
      ["сенатор", "US", ...senate],
      ["председатель комитета Сената США по иностранным делам", "US", ...senate],
      ["конгрессмен", "US", ...house],
      ["член Палаты представителей", "US", ...house],
      ["председатель Комитета по международным отношениям палаты представителей США", "US", ...house],
      ["член Конгресса США", "US", "Конгресс США", "United States Congress", "US"],
      ["председатель Мажилиса Парламента Казахстана", "KZ", "Мажилис Парламента Казахстана", "Mazhilis of the Parliament of Kazakhstan", "KZ"],
      ["Председатель Мажилиса", "KZ", "Мажилис Парламента Казахстана", "Mazhilis of the Parliament of Kazakhstan", "KZ"],
      ["Председатель Сената Парламента Республики Казахстан", "KZ", "Сенат Парламента Казахстана", "Senate of the Parliament of Kazakhstan", "KZ"],
      ["сенатор", "KZ", "Сенат Парламента Казахстана", "Senate of the Parliament of Kazakhstan", "KZ"],
    ];
    cases.forEach(expectOrganisation);
  });

  it("gives diplomats their mission: the sending country's, named for where it is", () => {
    const cases: Case[] = [
      ["посол США в Казахстане", "US", "Посольство США в Казахстане", "Embassy of the United States in Kazakhstan", "US"],
      ["Чрезвычайный и Полномочный Посол США в Казахстане", "US", "Посольство США в Казахстане", "Embassy of the United States in Kazakhstan", "US"],
      ["временный поверенный в делах США в Казахстане", "US", "Посольство США в Казахстане", "Embassy of the United States in Kazakhstan", "US"],
      ["министр-советник посольства США в Казахстане", "US", "Посольство США в Казахстане", "Embassy of the United States in Kazakhstan", "US"],
      ["Чрезвычайный и Полномочный Посол Республики Казахстан в США", "KZ", "Посольство Казахстана в США", "Embassy of Kazakhstan in the United States", "KZ"],
      ["посол Казахстана в Великобритании", "KZ", "Посольство Казахстана в Великобритании", "Embassy of Kazakhstan in the United Kingdom", "KZ"],
      ["Генеральный консул США в Алматы", "US", "Генеральное консульство США в Алматы", null, "US"],
      ["генеральный консул Казахстана в Нью-Йорке", "KZ", "Генеральное консульство Казахстана в Нью-Йорке", null, "KZ"],
      ["Постоянный представитель Казахстана при ООН", "KZ", "Постоянное представительство Казахстана при ООН", null, "KZ"],
      ["посол США при ООН", "US", "Постоянное представительство США при ООН", null, "US"],
    ];
    cases.forEach(expectOrganisation);
  });

  it("gives the government, the presidential administration, akimats, funds, companies and international organisations", () => {
    const cases: Case[] = [
      ["Премьер-министр РК", "KZ", "Правительство Казахстана", "Government of Kazakhstan", "KZ"],
      ["вице-премьер Казахстана", "KZ", "Правительство Казахстана", "Government of Kazakhstan", "KZ"],
      ["руководитель Аппарата Правительства РК", "KZ", "Правительство Казахстана", "Government of Kazakhstan", "KZ"],
      ["пресс-секретарь Главы государства", "KZ", "Администрация Президента Казахстана", "Administration of the President of Kazakhstan", "KZ"],
      ["руководитель Администрации Президента РК", "KZ", "Администрация Президента Казахстана", "Administration of the President of Kazakhstan", "KZ"],
      ["пресс-секретарь Белого дома", "US", "Белый дом", "The White House", "US"],
      ["Аким Алматы", "KZ", "Акимат Алматы", null, "KZ"],
      ["заместитель акима города Алматы", "KZ", "Акимат Алматы", null, "KZ"],
      ["аким Мангистауской области", "KZ", "Акимат Мангистауской области", null, "KZ"],
      ["Председатель Правления АО «Самрук-Казына»", "KZ", "Фонд национального благосостояния «Самрук-Казына»", "Samruk-Kazyna Sovereign Wealth Fund", "KZ"],
      ["председатель правления компании «Казатомпром»", "KZ", "Казатомпром", "Kazatomprom", "KZ"],
      ["председатель Национального банка Казахстана", "KZ", "Национальный банк Казахстана", "National Bank of Kazakhstan", "KZ"],
      ["ректор Казахского национального университета имени аль-Фараби", "KZ", "Казахский национальный университет имени аль-Фараби", "Al-Farabi Kazakh National University", "KZ"],
      ["президент компании Wabtec по Евразии", "US", "Wabtec", "Wabtec", "US"],
      ["вице-президент компании Shell", "GB", "Shell", "Shell", "GB"],
      ["генеральный директор ТОО «Казцинк»", "KZ", "ТОО «Казцинк»", null, null],
      ["заместитель Генерального секретаря ООН по политическим вопросам и вопросам миростроительства", null, "Организация Объединённых Наций", "United Nations", null],
      ["Генеральный секретарь ОДКБ", null, "Организация Договора о коллективной безопасности", "Collective Security Treaty Organization", null],
    ];
    cases.forEach(expectOrganisation);
  });

  it("builds '<post> <organisation in the genitive> <country>' only when the title names the country and the words are its own", () => {
    const cases: Case[] = [
      ["секретарь Совета безопасности РК", "KZ", "Совет безопасности Казахстана", null, "KZ"],
      ["председатель Комитета национальной безопасности РК", "KZ", "Комитет национальной безопасности Казахстана", null, "KZ"],
      ["председатель Агентства по защите и развитию конкуренции РК", "KZ", "Агентство по защите и развитию конкуренции Казахстана", null, "KZ"],
    ];
    cases.forEach(expectOrganisation);
    // The country only the holder gives; an adjective whose nominative would be a guess; a place after the name.
    expect(organisationOf("секретарь Совета безопасности", "KZ")).toBeNull();
    expect(organisationOf("председатель Верховного суда РК", "KZ")).toBeNull();
    expect(organisationOf("директор Американского совета по образованию в Казахстане", "US")).toBeNull();
    expect(organisationOf("директор Американского совета по образованию", "US")).toBeNull();
  });

  it("gives no organisation it cannot be sure of", () => {
    const none: [string, string | null][] = [
      ["Президент Казахстана", "KZ"],
      ["Президент РК", "KZ"],
      ["Президент", "KZ"],
      ["Президент США", "US"],
      ["Вице-президент США", "US"],
      ["губернатор штата Юта", "US"],
      ["Государственный советник РК", "KZ"],
      ["специальный посланник Президента США по Южной и Центральной Азии", "US"],
      ["советник президента США по международной климатической политике", "US"],
      ["ректор Университета Юты", "US"],
      ["директор департамента Америки", "KZ"],
      ["министр без портфеля", "KZ"],
      ["посол США", "US"],
      // No country anywhere: which ministry, which senate?
      ["министр иностранных дел", null],
      ["сенатор", null],
    ];
    for (const [title, country] of none) expect(organisationOf(title, country), `${title} [${country}]`).toBeNull();
  });

  it("has the forms of every country a position key can name", () => {
    for (const c of COUNTRY_WORDS) expect(countryOfGenitive(keyGenitive(c)), c.code).toEqual({ code: c.code, forms: c });
  });
});
