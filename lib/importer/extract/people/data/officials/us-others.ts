import type { CuratedOfficial } from "./curated-official";

/** Members of Congress who visit Kazakhstan or speak on it (their years in either house), governors,
 *  and the heads of US companies the news names. */
export const US_OTHERS: CuratedOfficial[] = [
  // Senate
  { name: "Сэм Нанн", latin: "Sam Nunn", country: "US", terms: [[1972, 1997]] },
  { name: "Ричард Лугар", latin: "Richard Lugar", country: "US", terms: [[1977, 2013]] },
  { name: "Чак Грассли", latin: "Chuck Grassley", country: "US", terms: [[1975, 2030]] }, // House, then Senate
  { name: "Бен Кардин", latin: "Ben Cardin", country: "US", aliases: ["Бенджамин Кардин"], terms: [[1987, 2025]] }, // House, then Senate
  { name: "Линдси Грэм", latin: "Lindsey Graham", country: "US", terms: [[1995, 2030]] }, // House, then Senate
  { name: "Джеймс Риш", latin: "James Risch", country: "US", terms: [[2009, 2030]] },
  { name: "Джин Шахин", latin: "Jeanne Shaheen", country: "US", aliases: ["Джин Шейхин"], terms: [[2009, 2027]] }, // not running again in 2026
  { name: "Стив Дэйнс", latin: "Steve Daines", country: "US", aliases: ["Стив Дейнс", "Стивен Дэйнс"], terms: [[2013, 2030]] }, // House, then Senate
  // House of Representatives
  { name: "Джо Питтс", latin: "Joe Pitts", country: "US", terms: [[1997, 2017]] },
  { name: "Кевин Брэди", latin: "Kevin Brady", country: "US", terms: [[1997, 2023]] },
  { name: "Роберт Адерхолт", latin: "Robert Aderholt", country: "US", terms: [[1997, 2030]] },
  { name: "Грегори Микс", latin: "Gregory Meeks", country: "US", terms: [[1998, 2030]] },
  { name: "Джо Уилсон", latin: "Joe Wilson", country: "US", terms: [[2001, 2030]] },
  { name: "Стив Коэн", latin: "Steve Cohen", country: "US", terms: [[2007, 2030]] },
  { name: "Билл Хайзенга", latin: "Bill Huizenga", country: "US", terms: [[2011, 2030]] },
  { name: "Дарин Лахуд", latin: "Darin LaHood", country: "US", aliases: ["Дэрин Лахуд"], terms: [[2015, 2030]] },
  { name: "Трент Келли", latin: "Trent Kelly", country: "US", terms: [[2015, 2030]] },
  { name: "Брайан Маст", latin: "Brian Mast", country: "US", terms: [[2017, 2030]] },
  { name: "Джимми Панетта", latin: "Jimmy Panetta", country: "US", terms: [[2017, 2030]] },
  { name: "Майк Джонсон", latin: "Mike Johnson", country: "US", terms: [[2017, 2030]] },
  { name: "Том Суоцци", latin: "Tom Suozzi", country: "US", terms: [[2017, 2030]] }, // 2017–2023 and again from 2024
  { name: "Кэрол Миллер", latin: "Carol Miller", country: "US", terms: [[2019, 2030]] },
  { name: "Сидни Камлагер-Дав", latin: "Sydney Kamlager-Dove", country: "US", terms: [[2023, 2030]] },
  // Governors
  { name: "Ким Рейнольдс", latin: "Kim Reynolds", country: "US", terms: [[2017, 2030]] }, // governor of Iowa
  { name: "Кевин Ститт", latin: "Kevin Stitt", country: "US", terms: [[2019, 2027]] }, // governor of Oklahoma
  // Companies
  { name: "Майкл Уирт", latin: "Michael Wirth", country: "US", aliases: ["Майк Уирт", "Майкл Вирт", "Майк Вирт"], terms: [[2018, 2030]] },
  { name: "Джеймс Малва", latin: "James Mulva", country: "US" }, // ConocoPhillips
  { name: "Ли Рэймонд", latin: "Lee Raymond", country: "US" }, // Exxon, ExxonMobil
  { name: "Кеннет Дерр", latin: "Kenneth Derr", country: "US" }, // Chevron
  { name: "Джон Уотсон", latin: "John Watson", country: "US" }, // Chevron
  { name: "Даррен Вудс", latin: "Darren Woods", country: "US" }, // ExxonMobil
  { name: "Деннис Мюйленбург", latin: "Dennis Muilenburg", country: "US" }, // Boeing
  { name: "Джеффри Иммельт", latin: "Jeffrey Immelt", country: "US", aliases: ["Джеффри Иммелт"] }, // General Electric
];
