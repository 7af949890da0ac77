import type { CuratedOfficial } from "./curated-official";
import { AKIM_OF_ALMATY, AKIM_OF_ASTANA, akimOf } from "./post-titles";

/** Akims of the cities and regions US diplomats visit most. Akims often move from region to region
 *  or to a ministry; people whose main posts are national are listed with the leadership. */
export const KZ_AKIMS: CuratedOfficial[] = [
  // Almaty
  { name: "Виктор Храпунов", latin: "Viktor Khrapunov", country: "KZ", terms: [[1997, 2008]], posts: [{ titles: AKIM_OF_ALMATY, years: [[1997, 2004]] }, { titles: [...akimOf("восточно-казахстанской области"), "аким вко"], years: [[2004, 2007]] }, { titles: ["министр по чрезвычайным ситуациям"], years: [[2007, 2008]] }] }, // Almaty akim, East Kazakhstan akim, emergencies minister
  { name: "Бауыржан Байбек", latin: "Bauyrzhan Baibek", country: "KZ", terms: [[2015, 2019]] },
  { name: "Дархан Сатыбалды", latin: "Darkhan Satybaldy", country: "KZ", terms: [[2022, 2030]] }, // Turkistan akim, then Almaty akim
  // Astana
  { name: "Алтай Кульгинов", latin: "Altai Kulginov", country: "KZ", terms: [[2016, 2022]], posts: [{ titles: akimOf("западно-казахстанской области"), years: [[2016, 2019]] }, { titles: AKIM_OF_ASTANA, years: [[2019, 2022]] }] }, // West Kazakhstan akim, then Nur-Sultan akim
  // Regions
  { name: "Бердибек Сапарбаев", latin: "Berdibek Saparbayev", country: "KZ", terms: [[2009, 2022]] }, // East Kazakhstan akim, deputy PM, Aktobe and Zhambyl akim
  { name: "Нурмухамбет Абдибеков", latin: "Nurmukhambet Abdibekov", country: "KZ", terms: [[2014, 2017]] }, // Karaganda akim
  { name: "Абылкаир Скаков", latin: "Abylkair Skakov", country: "KZ", terms: [[2019, 2022]] }, // Pavlodar akim
  { name: "Кумар Аксакалов", latin: "Kumar Aksakalov", country: "KZ", terms: [[2016, 2030]] }, // deputy head of the Administration, North Kazakhstan akim, Kostanay akim from 2022
  { name: "Серик Шапкенов", latin: "Serik Shapkenov", country: "KZ", terms: [[2022, 2030]] }, // labour minister, then Atyrau akim (December 2022)
  { name: "Ондасын Уразалин", latin: "Ondassyn Urazalin", country: "KZ", terms: [[2019, 2022]] }, // Aktobe akim
  { name: "Асхат Шахаров", latin: "Askhat Shakharov", country: "KZ", terms: [[2023, 2030]] }, // Aktobe akim from September 2023
  { name: "Махамбет Досмухамбетов", latin: "Makhambet Dosmukhambetov", country: "KZ", terms: [[2019, 2022]] }, // Atyrau akim
  { name: "Асаин Байханов", latin: "Assain Baikhanov", country: "KZ", terms: [[2022, 2030]] }, // Pavlodar akim from December 2022
  { name: "Нурлыбек Налибаев", latin: "Nurlybek Nalibayev", country: "KZ", terms: [[2022, 2030]] }, // Kyzylorda akim after Абдыкаликова
  { name: "Нурдаулет Килыбай", latin: "Nurdaulet Kilybay", country: "KZ", terms: [[2024, 2030]] }, // Mangystau akim from May 2024
  { name: "Габит Сыздыкбеков", latin: "Gabit Syzdykbekov", country: "KZ", terms: [[2023, 2030]] }, // Shymkent akim after Айтенов (September 2023)
  { name: "Гали Искалиев", latin: "Gali Iskaliyev", country: "KZ", terms: [[2019, 2022]] }, // West Kazakhstan akim
  { name: "Амандык Баталов", latin: "Amandyk Batalov", country: "KZ", terms: [[2014, 2021]] }, // Almaty region akim
];
