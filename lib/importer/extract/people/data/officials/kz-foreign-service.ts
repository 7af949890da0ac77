import type { CuratedOfficial } from "./curated-official";

/** Kazakhstan's foreign ministers, their deputies, the ambassadors to the US and the ministry's
 *  spokespeople. Diplomats move between these posts; a range covers those the news names them in. */
export const KZ_FOREIGN_SERVICE: CuratedOfficial[] = [
  { name: "Тулеутай Сулейменов", latin: "Tuleutai Suleimenov", country: "KZ", terms: [[1991, 1994]] }, // foreign minister
  { name: "Болат Нургалиев", latin: "Bolat Nurgaliyev", country: "KZ", terms: [[1996, 2000]] }, // ambassador to the US
  { name: "Канат Саудабаев", latin: "Kanat Saudabayev", country: "KZ", terms: [[2000, 2011]] }, // ambassador to the US, state secretary, foreign minister
  { name: "Ерлан Идрисов", latin: "Erlan Idrissov", country: "KZ", terms: [[1999, 2002], [2007, 2016]] }, // foreign minister; ambassador to the US, foreign minister
  { name: "Ержан Казыханов", latin: "Yerzhan Kazykhanov", country: "KZ", aliases: ["Ержан Казыхан"], terms: [[2011, 2012], [2017, 2030]] }, // foreign minister; ambassador to the US, the president's special representative and aide, envoy for talks with the US
  { name: "Кайрат Абдрахманов", latin: "Kairat Abdrakhmanov", country: "KZ", terms: [[2016, 2019]] },
  { name: "Бейбут Атамкулов", latin: "Beibut Atamkulov", country: "KZ", terms: [[2018, 2021]] }, // foreign minister, then minister of industry
  { name: "Мухтар Тлеуберди", latin: "Mukhtar Tileuberdi", country: "KZ", aliases: ["Мухтар Тлеуберды"], terms: [[2018, 2023]] }, // first deputy, then minister
  { name: "Мурат Нуртлеу", latin: "Murat Nurtleu", country: "KZ", terms: [[2022, 2025]] }, // head of the Administration, then foreign minister
  { name: "Ермек Кошербаев", latin: "Yermek Kosherbayev", country: "KZ", terms: [[2023, 2030]] }, // East Kazakhstan akim (June 2023), deputy PM, foreign minister (September 2025)
  // Deputies, ambassadors to the US, spokespeople
  { name: "Кайрат Умаров", latin: "Kairat Umarov", country: "KZ", terms: [[2011, 2019], [2022, 2024]] }, // deputy minister, ambassador to the US, at the UN; first deputy minister from late 2022
  { name: "Ержан Ашикбаев", latin: "Yerzhan Ashikbayev", country: "KZ", terms: [[2016, 2030]] }, // deputy minister, ambassador to the US (2021–2025), first deputy minister
  { name: "Магжан Ильясов", latin: "Magzhan Ilyassov", country: "KZ", terms: [[2025, 2030]] }, // ambassador to the US
  { name: "Роман Василенко", latin: "Roman Vassilenko", country: "KZ", terms: [[2018, 2030]] },
  { name: "Акан Рахметуллин", latin: "Akan Rakhmetullin", country: "KZ", terms: [[2020, 2030]] }, // deputy foreign minister, still in 2025
  { name: "Алибек Бакаев", latin: "Alibek Bakayev", country: "KZ", terms: [[2023, 2030]] },
  { name: "Айбек Смадияров", latin: "Aibek Smadiyarov", country: "KZ", terms: [[2018, 2030]] },
];
