import type { CuratedOfficial } from "./curated-official";
import { AMBASSADOR_TO_RUSSIA, AMBASSADOR_TO_US, DEPUTY_FOREIGN_MINISTER, DEPUTY_PRIME_MINISTER, FOREIGN_MINISTER, HEAD_OF_ADMINISTRATION, STATE_SECRETARY, UN_REPRESENTATIVE, akimOf } from "./post-titles";

/** Kazakhstan's foreign ministers, their deputies, the ambassadors to the US and the ministry's
 *  spokespeople. Diplomats move between these posts; a range covers those the news names them in. */
export const KZ_FOREIGN_SERVICE: CuratedOfficial[] = [
  { name: "Тулеутай Сулейменов", latin: "Tuleutai Suleimenov", country: "KZ", terms: [[1991, 1994]] }, // foreign minister
  { name: "Болат Нургалиев", latin: "Bolat Nurgaliyev", country: "KZ", terms: [[1996, 2000]] }, // ambassador to the US
  { name: "Канат Саудабаев", latin: "Kanat Saudabayev", country: "KZ", terms: [[2000, 2011]], posts: [{ titles: AMBASSADOR_TO_US, years: [[2000, 2007]] }, { titles: STATE_SECRETARY, years: [[2007, 2011]] }, { titles: FOREIGN_MINISTER, years: [[2009, 2011]] }] }, // ambassador to the US, state secretary, foreign minister
  { name: "Ерлан Идрисов", latin: "Erlan Idrissov", country: "KZ", terms: [[1999, 2002], [2007, 2016]], posts: [{ titles: FOREIGN_MINISTER, years: [[1999, 2002], [2012, 2016]] }, { titles: AMBASSADOR_TO_US, years: [[2007, 2012]] }] }, // foreign minister; ambassador to the US, foreign minister
  { name: "Ержан Казыханов", latin: "Yerzhan Kazykhanov", country: "KZ", aliases: ["Ержан Казыхан"], terms: [[2011, 2012], [2017, 2030]], posts: [{ titles: FOREIGN_MINISTER, years: [[2011, 2012]] }, { titles: AMBASSADOR_TO_US, years: [[2017, 2021]] }] }, // foreign minister; ambassador to the US, the president's special representative and aide, envoy for talks with the US
  { name: "Кайрат Абдрахманов", latin: "Kairat Abdrakhmanov", country: "KZ", terms: [[2016, 2019]], posts: [{ titles: UN_REPRESENTATIVE, years: [[2013, 2016]] }, { titles: FOREIGN_MINISTER, years: [[2016, 2018]] }] },
  { name: "Бейбут Атамкулов", latin: "Beibut Atamkulov", country: "KZ", terms: [[2018, 2021]], posts: [{ titles: FOREIGN_MINISTER, years: [[2018, 2019]] }, { titles: ["министр индустрии"], years: [[2019, 2021]] }] }, // foreign minister, then minister of industry
  { name: "Мухтар Тлеуберди", latin: "Mukhtar Tileuberdi", country: "KZ", aliases: ["Мухтар Тлеуберды"], terms: [[2018, 2023]], posts: [{ titles: DEPUTY_FOREIGN_MINISTER, years: [[2018, 2019]] }, { titles: FOREIGN_MINISTER, years: [[2019, 2023]] }] }, // first deputy, then minister
  { name: "Мурат Нуртлеу", latin: "Murat Nurtleu", country: "KZ", terms: [[2022, 2025]], posts: [{ titles: HEAD_OF_ADMINISTRATION, years: [[2022, 2023]] }, { titles: FOREIGN_MINISTER, years: [[2023, 2025]] }] }, // head of the Administration, then foreign minister
  { name: "Ермек Кошербаев", latin: "Yermek Kosherbayev", country: "KZ", terms: [[2023, 2030]], posts: [{ titles: AMBASSADOR_TO_RUSSIA, years: [[2020, 2023]] }, { titles: [...akimOf("восточно-казахстанской области"), "аким вко"], years: [[2023, 2025]] }, { titles: DEPUTY_PRIME_MINISTER, years: [[2025, 2025]] }, { titles: FOREIGN_MINISTER, years: [[2025, 2030]] }] }, // East Kazakhstan akim (June 2023), deputy PM, foreign minister (September 2025)
  // Deputies, ambassadors to the US, spokespeople
  { name: "Кайрат Умаров", latin: "Kairat Umarov", country: "KZ", terms: [[2011, 2019], [2022, 2024]], posts: [{ titles: DEPUTY_FOREIGN_MINISTER, years: [[2011, 2013], [2022, 2024]] }, { titles: AMBASSADOR_TO_US, years: [[2013, 2017]] }, { titles: UN_REPRESENTATIVE, years: [[2017, 2019]] }] }, // deputy minister, ambassador to the US, at the UN; first deputy minister from late 2022
  { name: "Ержан Ашикбаев", latin: "Yerzhan Ashikbayev", country: "KZ", terms: [[2016, 2030]], posts: [{ titles: DEPUTY_FOREIGN_MINISTER, years: [[2016, 2021], [2025, 2030]] }, { titles: AMBASSADOR_TO_US, years: [[2021, 2025]] }] }, // deputy minister, ambassador to the US (2021–2025), first deputy minister
  { name: "Магжан Ильясов", latin: "Magzhan Ilyassov", country: "KZ", terms: [[2025, 2030]] }, // ambassador to the US
  { name: "Роман Василенко", latin: "Roman Vassilenko", country: "KZ", terms: [[2018, 2030]] },
  { name: "Акан Рахметуллин", latin: "Akan Rakhmetullin", country: "KZ", terms: [[2020, 2030]] }, // deputy foreign minister, still in 2025
  { name: "Алибек Бакаев", latin: "Alibek Bakayev", country: "KZ", terms: [[2023, 2030]] },
  { name: "Айбек Смадияров", latin: "Aibek Smadiyarov", country: "KZ", terms: [[2018, 2030]] },
];
