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
}

export const CURATED_OFFICIALS: CuratedOfficial[] = [
  // United States
  { name: "Дональд Трамп", latin: "Donald Trump", country: "US" },
  { name: "Джей Ди Вэнс", latin: "JD Vance", country: "US", aliases: ["Джеймс Дэвид Вэнс"] },
  { name: "Марко Рубио", latin: "Marco Rubio", country: "US" },
  { name: "Кристофер Ландау", latin: "Christopher Landau", country: "US" },
  { name: "Стив Дэйнс", latin: "Steve Daines", country: "US", aliases: ["Стив Дейнс", "Стивен Дэйнс"] },
  { name: "Брайан Маст", latin: "Brian Mast", country: "US" },
  { name: "Энтони Блинкен", latin: "Antony Blinken", country: "US", aliases: ["Антони Блинкен", "Антоний Блинкен"] },
  { name: "Джо Байден", latin: "Joe Biden", country: "US" },
  { name: "Камала Харрис", latin: "Kamala Harris", country: "US" },
  { name: "Джейк Салливан", latin: "Jake Sullivan", country: "US" },
  { name: "Майк Помпео", latin: "Mike Pompeo", country: "US" },
  { name: "Джон Керри", latin: "John Kerry", country: "US" },
  { name: "Ллойд Остин", latin: "Lloyd Austin", country: "US" },
  { name: "Джанет Йеллен", latin: "Janet Yellen", country: "US" },
  { name: "Пит Хегсет", latin: "Pete Hegseth", country: "US", aliases: ["Пит Хегсетт"] },
  { name: "Скотт Бессент", latin: "Scott Bessent", country: "US" },
  { name: "Говард Лютник", latin: "Howard Lutnick", country: "US" },
  { name: "Крис Райт", latin: "Chris Wright", country: "US" },
  { name: "Даг Бергам", latin: "Doug Burgum", country: "US", aliases: ["Дуг Бургум", "Даг Бургум"] },
  { name: "Стив Уиткофф", latin: "Steve Witkoff", country: "US", aliases: ["Стив Виткофф"] },
  { name: "Майк Уолтц", latin: "Mike Waltz", country: "US" },
  { name: "Серджио Гор", latin: "Sergio Gor", country: "US" },
  { name: "Джеймс Риш", latin: "James Risch", country: "US" },
  { name: "Джин Шахин", latin: "Jeanne Shaheen", country: "US", aliases: ["Джин Шейхин"] },
  { name: "Майк Джонсон", latin: "Mike Johnson", country: "US" },
  { name: "Грегори Микс", latin: "Gregory Meeks", country: "US" },
  { name: "Джо Уилсон", latin: "Joe Wilson", country: "US" },
  { name: "Линдси Грэм", latin: "Lindsey Graham", country: "US" },
  { name: "Дональд Лу", latin: "Donald Lu", country: "US" },
  { name: "Дэниел Розенблюм", latin: "Daniel Rosenblum", country: "US" },
  { name: "Джина Раймондо", latin: "Gina Raimondo", country: "US" },
  { name: "Хиллари Клинтон", latin: "Hillary Clinton", country: "US" },
  { name: "Барак Обама", latin: "Barack Obama", country: "US" },
  // Kazakhstan (Latin from transliteration; listed for country, variants and surname-only mentions)
  { name: "Касым-Жомарт Токаев", country: "KZ" },
  { name: "Ермек Кошербаев", country: "KZ" },
  { name: "Мурат Нуртлеу", country: "KZ" },
  { name: "Мухтар Тлеуберди", country: "KZ", aliases: ["Мухтар Тлеуберды"] },
  { name: "Олжас Бектенов", country: "KZ" },
  { name: "Алихан Смаилов", country: "KZ" },
  { name: "Роман Скляр", country: "KZ" },
  { name: "Серик Жумангарин", country: "KZ" },
  { name: "Маулен Ашимбаев", country: "KZ" },
  { name: "Ерлан Кошанов", country: "KZ" },
  { name: "Ерлан Карин", country: "KZ" },
  { name: "Айбек Смадияров", country: "KZ" },
  { name: "Ержан Ашикбаев", country: "KZ" },
  { name: "Алибек Бакаев", country: "KZ" },
  { name: "Роман Василенко", country: "KZ" },
  { name: "Акан Рахметуллин", country: "KZ" },
  { name: "Нурсултан Назарбаев", country: "KZ" },
  { name: "Алмасадам Саткалиев", country: "KZ" },
  { name: "Арман Шаккалиев", country: "KZ" },
  // Neighbours and others who meet both sides
  { name: "Владимир Путин", country: "RU" },
  { name: "Сергей Лавров", country: "RU" },
  { name: "Си Цзиньпин", latin: "Xi Jinping", country: "CN" },
  { name: "Ван И", latin: "Wang Yi", country: "CN" },
  { name: "Шавкат Мирзиёев", latin: "Shavkat Mirziyoyev", country: "UZ" },
  { name: "Бахтиёр Саидов", latin: "Bakhtiyor Saidov", country: "UZ" },
  { name: "Садыр Жапаров", latin: "Sadyr Japarov", country: "KG" },
  { name: "Эмомали Рахмон", latin: "Emomali Rahmon", country: "TJ" },
  { name: "Сердар Бердымухамедов", latin: "Serdar Berdimuhamedow", country: "TM" },
  { name: "Ильхам Алиев", latin: "Ilham Aliyev", country: "AZ" },
  { name: "Реджеп Тайип Эрдоган", latin: "Recep Tayyip Erdoğan", country: "TR" },
  { name: "Антониу Гутерриш", latin: "António Guterres", country: null },
];
