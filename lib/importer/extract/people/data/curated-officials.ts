import type { CountryCode } from "@/lib/importer/types";

/** People likely to appear in Kazakhstan–US diplomatic news. Used for: the real Latin spelling of
 *  foreign names (transliterating Russian back cannot reach "JD Vance"), the country when no title
 *  gives it, a full name when an article gives only the surname, and spelling variants (`aliases`).
 *  Extraction does not depend on this list: people not in it are still found. */
export interface CuratedOfficial {
  name: string;
  latin?: string;
  country: CountryCode | null;
  aliases?: string[];
  /** The years this person holds the post(s) in which the news of this genre names them, inclusive
   *  (an open term runs to 2030): with a weekday and a day, they tell an undated story's year. */
  years?: [number, number];
}

export const CURATED_OFFICIALS: CuratedOfficial[] = [
  // United States
  { name: "Дональд Трамп", latin: "Donald Trump", country: "US" },
  { name: "Джей Ди Вэнс", latin: "JD Vance", country: "US", aliases: ["Джеймс Дэвид Вэнс"], years: [2025, 2030] },
  { name: "Марко Рубио", latin: "Marco Rubio", country: "US", years: [2025, 2030] },
  { name: "Кристофер Ландау", latin: "Christopher Landau", country: "US", years: [2025, 2030] },
  { name: "Стив Дэйнс", latin: "Steve Daines", country: "US", aliases: ["Стив Дейнс", "Стивен Дэйнс"] },
  { name: "Брайан Маст", latin: "Brian Mast", country: "US" },
  { name: "Энтони Блинкен", latin: "Antony Blinken", country: "US", aliases: ["Антони Блинкен", "Антоний Блинкен"], years: [2015, 2025] },
  { name: "Джо Байден", latin: "Joe Biden", country: "US", years: [2009, 2025] },
  { name: "Камала Харрис", latin: "Kamala Harris", country: "US", years: [2021, 2025] },
  { name: "Джейк Салливан", latin: "Jake Sullivan", country: "US", years: [2021, 2025] },
  { name: "Майк Помпео", latin: "Mike Pompeo", country: "US", years: [2017, 2021] },
  { name: "Джон Керри", latin: "John Kerry", country: "US", years: [2013, 2024] }, // Secretary of State, then climate envoy (2021–2024)
  { name: "Ллойд Остин", latin: "Lloyd Austin", country: "US", years: [2021, 2025] },
  { name: "Джанет Йеллен", latin: "Janet Yellen", country: "US", years: [2021, 2025] },
  { name: "Пит Хегсет", latin: "Pete Hegseth", country: "US", aliases: ["Пит Хегсетт"], years: [2025, 2030] },
  { name: "Скотт Бессент", latin: "Scott Bessent", country: "US", years: [2025, 2030] },
  { name: "Говард Лютник", latin: "Howard Lutnick", country: "US", aliases: ["Говард Латник"], years: [2025, 2030] },
  { name: "Крис Райт", latin: "Chris Wright", country: "US", years: [2025, 2030] },
  { name: "Даг Бергам", latin: "Doug Burgum", country: "US", aliases: ["Дуг Бургум", "Даг Бургум"], years: [2025, 2030] },
  { name: "Стив Уиткофф", latin: "Steve Witkoff", country: "US", aliases: ["Стив Виткофф"], years: [2025, 2030] },
  { name: "Майк Уолтц", latin: "Mike Waltz", country: "US", years: [2025, 2030] },
  { name: "Серджио Гор", latin: "Sergio Gor", country: "US", years: [2025, 2030] },
  { name: "Джеймс Риш", latin: "James Risch", country: "US" },
  { name: "Джин Шахин", latin: "Jeanne Shaheen", country: "US", aliases: ["Джин Шейхин"] },
  { name: "Майк Джонсон", latin: "Mike Johnson", country: "US" },
  { name: "Грегори Микс", latin: "Gregory Meeks", country: "US" },
  { name: "Джо Уилсон", latin: "Joe Wilson", country: "US" },
  { name: "Линдси Грэм", latin: "Lindsey Graham", country: "US" },
  { name: "Дональд Лу", latin: "Donald Lu", country: "US", years: [2021, 2025] },
  { name: "Дэниел Розенблюм", latin: "Daniel Rosenblum", country: "US", years: [2022, 2025] },
  { name: "Джина Раймондо", latin: "Gina Raimondo", country: "US", years: [2021, 2025] },
  { name: "Хиллари Клинтон", latin: "Hillary Clinton", country: "US", aliases: ["Хиллари Родэм Клинтон", "Хилари Клинтон"], years: [2009, 2013] },
  { name: "Барак Обама", latin: "Barack Obama", country: "US", years: [2009, 2017] },
  { name: "Рекс Тиллерсон", latin: "Rex Tillerson", country: "US", years: [2017, 2018] },
  { name: "Уильям Мозер", latin: "William Moser", country: "US", years: [2019, 2021] },
  { name: "Джордж Крол", latin: "George Krol", country: "US", years: [2015, 2018] },
  { name: "Роберт Блейк", latin: "Robert Blake", country: "US", years: [2009, 2013] },
  // The 1990s and 2000s, for the archive's history
  { name: "Джеймс Бейкер", latin: "James Baker", country: "US", years: [1989, 1992] },
  { name: "Билл Клинтон", latin: "Bill Clinton", country: "US", years: [1993, 2001] },
  { name: "Эл Гор", latin: "Al Gore", country: "US", years: [1993, 2001] },
  { name: "Уильям Перри", latin: "William Perry", country: "US", years: [1994, 1997] },
  { name: "Строуб Тэлботт", latin: "Strobe Talbott", country: "US", aliases: ["Строуб Тэлбот", "Строб Тэлботт"], years: [1994, 2001] },
  { name: "Мадлен Олбрайт", latin: "Madeleine Albright", country: "US", years: [1997, 2001] },
  { name: "Дик Чейни", latin: "Dick Cheney", country: "US", aliases: ["Ричард Чейни"], years: [2001, 2009] },
  { name: "Колин Пауэлл", latin: "Colin Powell", country: "US", years: [2001, 2005] },
  { name: "Дональд Рамсфелд", latin: "Donald Rumsfeld", country: "US", years: [2001, 2006] },
  { name: "Кондолиза Райс", latin: "Condoleezza Rice", country: "US", years: [2005, 2009] },
  { name: "Ричард Баучер", latin: "Richard Boucher", country: "US", years: [2006, 2009] },
  { name: "Сэмюэл Бодман", latin: "Samuel Bodman", country: "US", years: [2005, 2009] },
  // Kazakhstan (Latin from transliteration; listed for country, variants and surname-only mentions)
  { name: "Касым-Жомарт Токаев", country: "KZ", aliases: ["Касымжомарт Токаев"] },
  { name: "Ермек Кошербаев", country: "KZ", years: [2025, 2030] },
  { name: "Мурат Нуртлеу", country: "KZ", years: [2023, 2025] },
  { name: "Мухтар Тлеуберди", country: "KZ", aliases: ["Мухтар Тлеуберды"], years: [2019, 2023] },
  { name: "Олжас Бектенов", country: "KZ", years: [2024, 2030] },
  { name: "Алихан Смаилов", country: "KZ", years: [2022, 2024] },
  { name: "Роман Скляр", country: "KZ" },
  { name: "Серик Жумангарин", country: "KZ" },
  { name: "Маулен Ашимбаев", country: "KZ", years: [2020, 2030] },
  { name: "Ерлан Кошанов", country: "KZ", years: [2022, 2030] },
  { name: "Ерлан Карин", country: "KZ", years: [2019, 2030] },
  { name: "Айбек Смадияров", country: "KZ" },
  { name: "Ержан Ашикбаев", country: "KZ" },
  { name: "Алибек Бакаев", country: "KZ" },
  { name: "Роман Василенко", country: "KZ" },
  { name: "Акан Рахметуллин", country: "KZ" },
  { name: "Нурсултан Назарбаев", country: "KZ", years: [1991, 2022] }, // president, then Елбасы and chairman of the Security Council
  { name: "Алмасадам Саткалиев", country: "KZ" },
  { name: "Арман Шаккалиев", country: "KZ" },
  { name: "Аскар Мамин", country: "KZ", years: [2016, 2022] },
  { name: "Кайрат Абдрахманов", country: "KZ", years: [2016, 2019] },
  { name: "Ерлан Идрисов", country: "KZ", years: [2007, 2016] },
  { name: "Карим Масимов", country: "KZ", years: [2007, 2016] },
  { name: "Канат Саудабаев", country: "KZ" },
  { name: "Марат Тажин", country: "KZ" },
  { name: "Ержан Казыханов", country: "KZ" },
  // Neighbours and others who meet both sides
  { name: "Владимир Путин", country: "RU" },
  { name: "Сергей Лавров", country: "RU" },
  { name: "Си Цзиньпин", latin: "Xi Jinping", country: "CN" },
  { name: "Ван И", latin: "Wang Yi", country: "CN" },
  { name: "Шавкат Мирзиёев", latin: "Shavkat Mirziyoyev", country: "UZ", years: [2016, 2030] },
  { name: "Бахтиёр Саидов", latin: "Bakhtiyor Saidov", country: "UZ", years: [2022, 2030] },
  { name: "Садыр Жапаров", latin: "Sadyr Japarov", country: "KG", years: [2020, 2030] },
  { name: "Ислам Каримов", latin: "Islam Karimov", country: "UZ", years: [1991, 2016] },
  { name: "Аскар Акаев", latin: "Askar Akayev", country: "KG", years: [1991, 2005] },
  { name: "Курманбек Бакиев", latin: "Kurmanbek Bakiyev", country: "KG", years: [2005, 2010] },
  { name: "Эмомали Рахмон", latin: "Emomali Rahmon", country: "TJ", aliases: ["Эмомали Рахмонов"] },
  { name: "Сердар Бердымухамедов", latin: "Serdar Berdimuhamedow", country: "TM", years: [2022, 2030] },
  { name: "Ильхам Алиев", latin: "Ilham Aliyev", country: "AZ" },
  { name: "Реджеп Тайип Эрдоган", latin: "Recep Tayyip Erdoğan", country: "TR" },
  { name: "Антониу Гутерриш", latin: "António Guterres", country: null, years: [2017, 2030] },
];
