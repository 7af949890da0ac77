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
  /** The terms (first and last year, inclusive) of the posts in which the news of this genre names this
   *  person (an open term runs to 2030): with a weekday and a day, they tell an undated story's year. */
  terms?: readonly (readonly [number, number])[];
}

/** Kazakh officials' `latin` is the spelling their own offices publish in English (Akorda: "Kassym-Jomart
 *  Tokayev"; the MFA: "Erlan Idrissov") where it differs from the transliteration the rest get. */
export const CURATED_OFFICIALS: CuratedOfficial[] = [
  // United States
  { name: "Дональд Трамп", latin: "Donald Trump", country: "US", terms: [[2017, 2021], [2025, 2030]] },
  { name: "Джей Ди Вэнс", latin: "JD Vance", country: "US", aliases: ["Джеймс Дэвид Вэнс"], terms: [[2025, 2030]] },
  { name: "Марко Рубио", latin: "Marco Rubio", country: "US", terms: [[2025, 2030]] },
  { name: "Кристофер Ландау", latin: "Christopher Landau", country: "US", terms: [[2025, 2030]] },
  { name: "Стив Дэйнс", latin: "Steve Daines", country: "US", aliases: ["Стив Дейнс", "Стивен Дэйнс"] },
  { name: "Брайан Маст", latin: "Brian Mast", country: "US" },
  { name: "Энтони Блинкен", latin: "Antony Blinken", country: "US", aliases: ["Антони Блинкен", "Антоний Блинкен"], terms: [[2015, 2017], [2021, 2025]] }, // deputy secretary, then secretary
  { name: "Джо Байден", latin: "Joe Biden", country: "US", terms: [[2009, 2017], [2021, 2025]] }, // vice-president, then president
  { name: "Камала Харрис", latin: "Kamala Harris", country: "US", terms: [[2021, 2025]] },
  { name: "Джейк Салливан", latin: "Jake Sullivan", country: "US", terms: [[2021, 2025]] },
  { name: "Майк Помпео", latin: "Mike Pompeo", country: "US", terms: [[2017, 2021]] },
  { name: "Джон Керри", latin: "John Kerry", country: "US", terms: [[2013, 2017], [2021, 2024]] }, // Secretary of State, then climate envoy
  { name: "Ллойд Остин", latin: "Lloyd Austin", country: "US", terms: [[2021, 2025]] },
  { name: "Джанет Йеллен", latin: "Janet Yellen", country: "US", terms: [[2021, 2025]] },
  { name: "Пит Хегсет", latin: "Pete Hegseth", country: "US", aliases: ["Пит Хегсетт"], terms: [[2025, 2030]] },
  { name: "Скотт Бессент", latin: "Scott Bessent", country: "US", terms: [[2025, 2030]] },
  { name: "Говард Лютник", latin: "Howard Lutnick", country: "US", aliases: ["Говард Латник"], terms: [[2025, 2030]] },
  { name: "Крис Райт", latin: "Chris Wright", country: "US", terms: [[2025, 2030]] },
  { name: "Даг Бергам", latin: "Doug Burgum", country: "US", aliases: ["Дуг Бургум", "Даг Бургум"], terms: [[2016, 2030]] },
  { name: "Стив Уиткофф", latin: "Steve Witkoff", country: "US", aliases: ["Стив Виткофф"], terms: [[2025, 2030]] },
  { name: "Майк Уолтц", latin: "Mike Waltz", country: "US", terms: [[2025, 2030]] },
  { name: "Серджио Гор", latin: "Sergio Gor", country: "US", terms: [[2025, 2030]] },
  { name: "Джеймс Риш", latin: "James Risch", country: "US" },
  { name: "Джин Шахин", latin: "Jeanne Shaheen", country: "US", aliases: ["Джин Шейхин"] },
  { name: "Майк Джонсон", latin: "Mike Johnson", country: "US" },
  { name: "Грегори Микс", latin: "Gregory Meeks", country: "US" },
  { name: "Джо Уилсон", latin: "Joe Wilson", country: "US" },
  { name: "Линдси Грэм", latin: "Lindsey Graham", country: "US" },
  { name: "Дональд Лу", latin: "Donald Lu", country: "US", terms: [[2021, 2025]] },
  { name: "Дэниел Розенблюм", latin: "Daniel Rosenblum", country: "US", terms: [[2022, 2025]] },
  { name: "Джина Раймондо", latin: "Gina Raimondo", country: "US", terms: [[2021, 2025]] },
  { name: "Хиллари Клинтон", latin: "Hillary Clinton", country: "US", aliases: ["Хиллари Родэм Клинтон", "Хилари Клинтон"], terms: [[2009, 2013]] },
  { name: "Барак Обама", latin: "Barack Obama", country: "US", terms: [[2009, 2017]] },
  { name: "Рекс Тиллерсон", latin: "Rex Tillerson", country: "US", terms: [[2017, 2018]] },
  { name: "Уильям Мозер", latin: "William Moser", country: "US", terms: [[2019, 2021]] },
  { name: "Джордж Крол", latin: "George Krol", country: "US", terms: [[2015, 2018]] },
  { name: "Роберт Блейк", latin: "Robert Blake", country: "US", terms: [[2009, 2013]] },
  { name: "Кеннет Фэйрфакс", latin: "Kenneth Fairfax", country: "US", aliases: ["Кеннет Фейрфакс"], terms: [[2011, 2014]] },
  { name: "Ричард Хоагланд", latin: "Richard Hoagland", country: "US", aliases: ["Ричард Хогланд", "Ричард Хоугланд"], terms: [[2008, 2011]] },
  { name: "Джон Ордуэй", latin: "John Ordway", country: "US", terms: [[2004, 2008]] },
  { name: "Ниша Бисвал", latin: "Nisha Biswal", country: "US", terms: [[2013, 2017]] },
  { name: "Элис Уэллс", latin: "Alice Wells", country: "US", terms: [[2017, 2020]] },
  { name: "Венди Шерман", latin: "Wendy Sherman", country: "US", terms: [[2011, 2015], [2021, 2023]] },
  { name: "Эрнест Мониз", latin: "Ernest Moniz", country: "US", terms: [[2013, 2017]] },
  { name: "Рик Перри", latin: "Rick Perry", country: "US", terms: [[2017, 2019]] },
  { name: "Дженнифер Грэнхолм", latin: "Jennifer Granholm", country: "US", aliases: ["Дженнифер Гранхолм"], terms: [[2021, 2025]] },
  { name: "Пенни Прицкер", latin: "Penny Pritzker", country: "US", terms: [[2013, 2017]] },
  { name: "Уилбур Росс", latin: "Wilbur Ross", country: "US", terms: [[2017, 2021]] },
  { name: "Стивен Мнучин", latin: "Steven Mnuchin", country: "US", terms: [[2017, 2021]] },
  { name: "Кэтрин Тай", latin: "Katherine Tai", country: "US", terms: [[2021, 2025]] },
  { name: "Джеймисон Грир", latin: "Jamieson Greer", country: "US", terms: [[2025, 2030]] },
  { name: "Брук Роллинс", latin: "Brooke Rollins", country: "US", terms: [[2025, 2030]] },
  { name: "Эштон Картер", latin: "Ashton Carter", country: "US", terms: [[2015, 2017]] },
  { name: "Джеймс Мэттис", latin: "James Mattis", country: "US", aliases: ["Джим Мэттис"], terms: [[2017, 2019]] },
  { name: "Залмай Халилзад", latin: "Zalmay Khalilzad", country: "US", terms: [[2018, 2021]] },
  { name: "Роберт Адерхолт", latin: "Robert Aderholt", country: "US" },
  { name: "Джимми Панетта", latin: "Jimmy Panetta", country: "US" },
  { name: "Дарин Лахуд", latin: "Darin LaHood", country: "US", aliases: ["Дэрин Лахуд"] },
  { name: "Майкл Уирт", latin: "Michael Wirth", country: "US", aliases: ["Майк Уирт", "Майкл Вирт", "Майк Вирт"], terms: [[2018, 2030]] },
  { name: "Джули Стаффт", latin: "Julie Stufft", country: "US", terms: [[2025, 2030]] },
  // The 1990s and 2000s, for the archive's history
  { name: "Джеймс Бейкер", latin: "James Baker", country: "US", terms: [[1989, 1992]] },
  { name: "Билл Клинтон", latin: "Bill Clinton", country: "US", terms: [[1993, 2001]] },
  { name: "Альберт Гор", latin: "Al Gore", country: "US", aliases: ["Эл Гор"], terms: [[1993, 2001]] },
  { name: "Уоррен Кристофер", latin: "Warren Christopher", country: "US", terms: [[1993, 1997]] },
  { name: "Уильям Кортни", latin: "William Courtney", country: "US", terms: [[1992, 1995]] }, // first ambassador to Kazakhstan
  { name: "Элизабет Джонс", latin: "Elizabeth Jones", country: "US", terms: [[1995, 1998], [2001, 2005]] }, // ambassador, then assistant secretary
  { name: "Ричард Джонс", latin: "Richard Jones", country: "US", terms: [[1998, 2001]] }, // ambassador
  { name: "Ларри Нэппер", latin: "Larry Napper", country: "US", terms: [[2001, 2004]] }, // ambassador
  { name: "Джон Абизейд", latin: "John Abizaid", country: "US", terms: [[2003, 2007]] }, // CENTCOM
  { name: "Виктор Черномырдин", country: "RU", terms: [[1992, 1998]] },
  { name: "Ян Цзечи", country: "CN", terms: [[2007, 2013]] },
  { name: "Ху Цзиньтао", country: "CN", terms: [[2003, 2013]] },
  { name: "Уильям Перри", latin: "William Perry", country: "US", terms: [[1994, 1997]] },
  { name: "Строуб Тэлботт", latin: "Strobe Talbott", country: "US", aliases: ["Строуб Тэлбот", "Строб Тэлботт"], terms: [[1994, 2001]] },
  { name: "Мадлен Олбрайт", latin: "Madeleine Albright", country: "US", terms: [[1997, 2001]] },
  { name: "Дик Чейни", latin: "Dick Cheney", country: "US", aliases: ["Ричард Чейни"], terms: [[2001, 2009]] },
  { name: "Колин Пауэлл", latin: "Colin Powell", country: "US", terms: [[2001, 2005]] },
  { name: "Дональд Рамсфелд", latin: "Donald Rumsfeld", country: "US", terms: [[2001, 2006]] },
  { name: "Кондолиза Райс", latin: "Condoleezza Rice", country: "US", terms: [[2001, 2009]] }, // national security adviser, then secretary
  { name: "Ричард Баучер", latin: "Richard Boucher", country: "US", terms: [[2006, 2009]] },
  { name: "Сэмюэл Бодман", latin: "Samuel Bodman", country: "US", terms: [[2005, 2009]] },
  { name: "Джозеф Вотел", latin: "Joseph Votel", country: "US", terms: [[2016, 2019]] }, // CENTCOM
  { name: "Кеннет Маккензи", latin: "Kenneth McKenzie", country: "US", terms: [[2019, 2022]] },
  { name: "Майкл Курилла", latin: "Michael Kurilla", country: "US", terms: [[2022, 2025]] },
  { name: "Брэд Купер", latin: "Brad Cooper", country: "US", terms: [[2025, 2030]] },
  { name: "Узра Зея", latin: "Uzra Zeya", country: "US", terms: [[2021, 2025]] },
  { name: "Бет Ван Шаак", latin: "Beth Van Schaack", country: "US", terms: [[2022, 2025]] },
  { name: "Виктория Нуланд", latin: "Victoria Nuland", country: "US", terms: [[2013, 2017], [2021, 2024]] },
  { name: "Джеффри Пайетт", latin: "Geoffrey Pyatt", country: "US", terms: [[2022, 2025]] },
  { name: "Ким Рейнольдс", latin: "Kim Reynolds", country: "US", terms: [[2017, 2030]] }, // governor of Iowa
  // Kazakhstan (Latin from transliteration; listed for country, variants and surname-only mentions)
  { name: "Сакен Жасузаков", country: "KZ", terms: [[2016, 2018]] }, // minister of defence
  { name: "Нурлан Ермекбаев", country: "KZ", terms: [[2018, 2021]] },
  { name: "Мади Такиев", country: "KZ", terms: [[2023, 2025]] },
  { name: "Азамат Ескараев", country: "KZ", terms: [[2022, 2025]] },
  { name: "Ерлан Аккенженов", country: "KZ", terms: [[2025, 2030]] },
  { name: "Жаслан Мадиев", country: "KZ", terms: [[2023, 2030]] },
  { name: "Канат Шарлапаев", country: "KZ", terms: [[2023, 2025]] },
  { name: "Касым-Жомарт Токаев", latin: "Kassym-Jomart Tokayev", country: "KZ", aliases: ["Касымжомарт Токаев"] },
  { name: "Ермек Кошербаев", country: "KZ", terms: [[2025, 2030]] },
  { name: "Мурат Нуртлеу", country: "KZ", terms: [[2023, 2025]] },
  { name: "Мухтар Тлеуберди", latin: "Mukhtar Tileuberdi", country: "KZ", aliases: ["Мухтар Тлеуберды"], terms: [[2019, 2023]] },
  { name: "Олжас Бектенов", country: "KZ", terms: [[2024, 2030]] },
  { name: "Алихан Смаилов", country: "KZ", terms: [[2022, 2024]] },
  { name: "Роман Скляр", country: "KZ", terms: [[2019, 2030]] },
  { name: "Серик Жумангарин", country: "KZ", terms: [[2022, 2030]] },
  { name: "Маулен Ашимбаев", country: "KZ", terms: [[2020, 2030]] },
  { name: "Ерлан Кошанов", country: "KZ", terms: [[2017, 2030]] }, // Karaganda akim, head of the Administration, Mazhilis chairman
  { name: "Ерлан Карин", latin: "Erlan Karin", country: "KZ", terms: [[2019, 2030]] },
  { name: "Айбек Смадияров", latin: "Aibek Smadiyarov", country: "KZ", terms: [[2018, 2030]] },
  { name: "Ержан Ашикбаев", country: "KZ" },
  { name: "Алибек Бакаев", country: "KZ", terms: [[2023, 2030]] },
  { name: "Роман Василенко", latin: "Roman Vassilenko", country: "KZ", terms: [[2018, 2030]] },
  { name: "Акан Рахметуллин", country: "KZ", terms: [[2020, 2024]] },
  { name: "Нурсултан Назарбаев", country: "KZ", terms: [[1991, 2022]] }, // president, then Елбасы and chairman of the Security Council
  { name: "Алмасадам Саткалиев", country: "KZ", terms: [[2023, 2025]] },
  { name: "Арман Шаккалиев", country: "KZ", terms: [[2023, 2026]] },
  { name: "Аскар Мамин", country: "KZ", terms: [[2016, 2022]] },
  { name: "Кайрат Абдрахманов", latin: "Kairat Abdrakhmanov", country: "KZ", terms: [[2016, 2019]] },
  { name: "Ерлан Идрисов", latin: "Erlan Idrissov", country: "KZ", terms: [[2007, 2016]] },
  { name: "Бейбут Атамкулов", latin: "Beibut Atamkulov", country: "KZ", terms: [[2018, 2021]] },
  { name: "Бакытжан Сагинтаев", country: "KZ", terms: [[2016, 2022]] }, // prime minister, then Almaty akim
  { name: "Серик Ахметов", country: "KZ", terms: [[2012, 2014]] },
  { name: "Дарига Назарбаева", country: "KZ", terms: [[2019, 2020]] },
  { name: "Нурлан Нигматулин", country: "KZ", terms: [[2012, 2014], [2016, 2022]] },
  { name: "Кайрат Умаров", latin: "Kairat Umarov", country: "KZ", terms: [[2013, 2017]] },
  { name: "Карим Масимов", latin: "Karim Massimov", country: "KZ", terms: [[2007, 2016]] },
  { name: "Канат Саудабаев", country: "KZ", terms: [[2000, 2011]] },
  { name: "Марат Тажин", country: "KZ", terms: [[2007, 2009]] },
  { name: "Ержан Казыханов", country: "KZ", terms: [[2011, 2012], [2017, 2021]] },
  // Neighbours and others who meet both sides
  { name: "Владимир Путин", country: "RU" },
  { name: "Сергей Лавров", country: "RU" },
  { name: "Си Цзиньпин", latin: "Xi Jinping", country: "CN" },
  { name: "Ван И", latin: "Wang Yi", country: "CN" },
  { name: "Шавкат Мирзиёев", latin: "Shavkat Mirziyoyev", country: "UZ", terms: [[2016, 2030]] },
  { name: "Бахтиёр Саидов", latin: "Bakhtiyor Saidov", country: "UZ", terms: [[2022, 2030]] },
  { name: "Садыр Жапаров", latin: "Sadyr Japarov", country: "KG", terms: [[2020, 2030]] },
  { name: "Алмазбек Атамбаев", latin: "Almazbek Atambayev", country: "KG", terms: [[2010, 2017]] },
  { name: "Сооронбай Жээнбеков", latin: "Sooronbay Jeenbekov", country: "KG", terms: [[2016, 2020]] },
  { name: "Жээнбек Кулубаев", latin: "Jeenbek Kulubaev", country: "KG", terms: [[2020, 2030]] },
  { name: "Абдулазиз Камилов", latin: "Abdulaziz Kamilov", country: "UZ", terms: [[1994, 2003], [2012, 2022]] },
  { name: "Пан Ги Мун", latin: "Ban Ki-moon", country: null, terms: [[2007, 2016]] },
  { name: "Ислам Каримов", latin: "Islam Karimov", country: "UZ", terms: [[1991, 2016]] },
  { name: "Аскар Акаев", latin: "Askar Akayev", country: "KG", terms: [[1991, 2005]] },
  { name: "Курманбек Бакиев", latin: "Kurmanbek Bakiyev", country: "KG", terms: [[2005, 2010]] },
  { name: "Эмомали Рахмон", latin: "Emomali Rahmon", country: "TJ", aliases: ["Эмомали Рахмонов"] },
  { name: "Сердар Бердымухамедов", latin: "Serdar Berdimuhamedow", country: "TM", terms: [[2022, 2030]] },
  { name: "Ильхам Алиев", latin: "Ilham Aliyev", country: "AZ" },
  { name: "Реджеп Тайип Эрдоган", latin: "Recep Tayyip Erdoğan", country: "TR" },
  { name: "Антониу Гутерриш", latin: "António Guterres", country: null, terms: [[2017, 2030]] },
];
