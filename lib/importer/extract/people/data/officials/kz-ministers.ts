import type { CuratedOfficial } from "./curated-official";
import { AKIM_OF_ASTANA, DEFENCE_MINISTER, ENERGY_MINISTER, FINANCE_MINISTER, HEAD_OF_ADMINISTRATION, TRADE_AND_INTEGRATION_MINISTER, akimOf } from "./post-titles";

/** Kazakhstan's ministers of the branches US delegations meet: energy, trade and economy, defence,
 *  finance, agriculture, industry, digital development, education and science, health, justice,
 *  culture, ecology. */
export const KZ_MINISTERS: CuratedOfficial[] = [
  // Energy
  { name: "Канат Бозумбаев", latin: "Kanat Bozumbayev", country: "KZ", terms: [[2009, 2019]], posts: [{ titles: akimOf("павлодарской области"), years: [[2013, 2016]] }, { titles: ENERGY_MINISTER, years: [[2016, 2019]] }] }, // Zhambyl and Pavlodar akim, then energy minister
  { name: "Нурлан Ногаев", latin: "Nurlan Nogayev", country: "KZ", terms: [[2012, 2024]] }, // West Kazakhstan and Atyrau akim, energy minister, Mangystau akim
  { name: "Болат Акчулаков", latin: "Bolat Akchulakov", country: "KZ", terms: [[2022, 2023]] },
  { name: "Ерлан Аккенженов", latin: "Yerlan Akkenzhenov", country: "KZ", terms: [[2025, 2030]] },
  // Trade, economy, industry, digital
  { name: "Асет Исекешев", latin: "Asset Issekeshev", country: "KZ", terms: [[2010, 2019]], posts: [{ titles: ["министр индустрии и новых технологий"], years: [[2010, 2014]] }, { titles: ["министр по инвестициям и развитию"], years: [[2014, 2016]] }, { titles: AKIM_OF_ASTANA, years: [[2016, 2018]] }, { titles: HEAD_OF_ADMINISTRATION, years: [[2018, 2019]] }] }, // minister of industry, of investment, Astana akim, head of the Administration
  { name: "Женис Касымбек", latin: "Zhenis Kassymbek", country: "KZ", terms: [[2016, 2030]] }, // minister of investment, Karaganda akim, Astana akim
  { name: "Бахыт Султанов", latin: "Bakhyt Sultanov", country: "KZ", terms: [[2013, 2021]], posts: [{ titles: FINANCE_MINISTER, years: [[2013, 2018]] }, { titles: AKIM_OF_ASTANA, years: [[2018, 2019]] }, { titles: TRADE_AND_INTEGRATION_MINISTER, years: [[2019, 2021]] }] }, // finance minister, Astana akim, trade minister
  { name: "Арман Шаккалиев", latin: "Arman Shakkaliyev", country: "KZ", terms: [[2023, 2026]] },
  { name: "Канат Шарлапаев", latin: "Kanat Sharlapayev", country: "KZ", terms: [[2023, 2025]] },
  { name: "Марат Карабаев", latin: "Marat Karabayev", country: "KZ", terms: [[2023, 2025]] }, // transport minister, September 2023 – June 2025
  { name: "Багдат Мусин", latin: "Bagdat Mussin", country: "KZ", terms: [[2019, 2023]] }, // digital development
  { name: "Жаслан Мадиев", latin: "Zhaslan Madiyev", country: "KZ", terms: [[2023, 2030]] },
  { name: "Талгат Мусабаев", latin: "Talgat Musabayev", country: "KZ", terms: [[2007, 2019]] }, // head of the space agency
  // Defence
  { name: "Сагадат Нурмагамбетов", latin: "Sagadat Nurmagambetov", country: "KZ", terms: [[1992, 1995]] },
  { name: "Мухтар Алтынбаев", latin: "Mukhtar Altynbayev", country: "KZ", terms: [[1996, 1999], [2001, 2007]] },
  { name: "Сакен Жасузаков", latin: "Saken Zhasuzakov", country: "KZ", terms: [[2016, 2018]] },
  { name: "Нурлан Ермекбаев", latin: "Nurlan Yermekbayev", country: "KZ", terms: [[2016, 2021]], posts: [{ titles: ["министр по делам религий"], years: [[2016, 2018]] }, { titles: DEFENCE_MINISTER, years: [[2018, 2021]] }] }, // minister of religious affairs, then defence
  { name: "Мурат Бектанов", latin: "Murat Bektanov", country: "KZ", terms: [[2021, 2022]] },
  { name: "Руслан Жаксылыков", latin: "Ruslan Zhaksylykov", country: "KZ", terms: [[2022, 2025]] }, // January 2022 – June 2025
  { name: "Даурен Косанов", latin: "Dauren Kossanov", country: "KZ", terms: [[2025, 2030]] },
  // Finance
  { name: "Болат Жамишев", latin: "Bolat Zhamishev", country: "KZ", terms: [[2007, 2013]] },
  { name: "Мади Такиев", latin: "Madi Takiyev", country: "KZ", terms: [[2023, 2025]] },
  // Agriculture
  { name: "Асылжан Мамытбеков", latin: "Asylzhan Mamytbekov", country: "KZ", terms: [[2012, 2016]] },
  { name: "Сапархан Омаров", latin: "Saparkhan Omarov", country: "KZ", terms: [[2019, 2021]] },
  { name: "Ербол Карашукеев", latin: "Yerbol Karashukeyev", country: "KZ", terms: [[2021, 2023]] },
  { name: "Айдарбек Сапаров", latin: "Aidarbek Saparov", country: "KZ", terms: [[2022, 2030]] }, // North Kazakhstan akim (December 2022), then agriculture minister
  // Education and science
  { name: "Бакытжан Жумагулов", latin: "Bakytzhan Zhumagulov", country: "KZ", terms: [[2010, 2013]] },
  { name: "Асланбек Саринжипов", latin: "Aslanbek Sarinzhipov", country: "KZ", terms: [[2013, 2016]] },
  { name: "Ерлан Сагадиев", latin: "Yerlan Sagadiyev", country: "KZ", terms: [[2016, 2018]] },
  { name: "Асхат Аймагамбетов", latin: "Askhat Aimagambetov", country: "KZ", terms: [[2019, 2023]] },
  { name: "Саясат Нурбек", latin: "Sayasat Nurbek", country: "KZ", terms: [[2022, 2030]] },
  { name: "Гани Бейсембаев", latin: "Gani Beisembayev", country: "KZ", terms: [[2023, 2030]] },
  // Health
  { name: "Салидат Каирбекова", latin: "Salidat Kairbekova", country: "KZ", terms: [[2010, 2014]] },
  { name: "Елжан Биртанов", latin: "Yelzhan Birtanov", country: "KZ", terms: [[2017, 2020]] },
  { name: "Алексей Цой", latin: "Alexey Tsoi", country: "KZ", terms: [[2020, 2023]] },
  { name: "Ажар Гиният", latin: "Azhar Giniyat", country: "KZ", terms: [[2023, 2024]] },
  { name: "Акмарал Альназарова", latin: "Akmaral Alnazarova", country: "KZ", terms: [[2024, 2030]] },
  // Justice, culture, ecology
  { name: "Марат Бекетаев", latin: "Marat Beketayev", country: "KZ", terms: [[2016, 2022]] },
  { name: "Азамат Ескараев", latin: "Azamat Yeskarayev", country: "KZ", terms: [[2022, 2025]] },
  { name: "Аида Балаева", latin: "Aida Balayeva", country: "KZ", terms: [[2022, 2030]] },
  { name: "Нурлан Каппаров", latin: "Nurlan Kapparov", country: "KZ", terms: [[2011, 2014]] }, // minister of environmental protection
  { name: "Сериккали Брекешев", latin: "Serikkali Brekeshev", country: "KZ", terms: [[2021, 2023]] },
  { name: "Ерлан Нысанбаев", latin: "Yerlan Nyssanbayev", country: "KZ", terms: [[2023, 2030]] },
];
