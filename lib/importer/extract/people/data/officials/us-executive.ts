import type { CuratedOfficial } from "./curated-official";
import { CENTCOM_COMMANDER, CIA_DIRECTOR, DEFENSE_SECRETARY, DEPUTY_SECRETARY_OF_STATE, GOVERNOR, NATIONAL_SECURITY_ADVISER, SECRETARY_OF_STATE, US_PRESIDENT, US_UN_AMBASSADOR, VICE_PRESIDENT } from "./post-titles";

/** US presidents, vice-presidents, cabinet members and CENTCOM commanders. */
export const US_EXECUTIVE: CuratedOfficial[] = [
  // Presidents and vice-presidents
  // The press names father and son alike; the son governed Texas before the White House (`губернатор Техаса Джордж Буш`, 1997).
  { name: "Джордж Буш", latin: "George W. Bush", country: "US", terms: [[1989, 1993], [1995, 2009]], posts: [{ titles: ["губернатор*"], years: [[1995, 2000]] }, { titles: US_PRESIDENT, years: [[1989, 1993], [2001, 2009]] }] },
  { name: "Билл Клинтон", latin: "Bill Clinton", country: "US", terms: [[1993, 2001]] },
  { name: "Барак Обама", latin: "Barack Obama", country: "US", terms: [[2009, 2017]] },
  { name: "Дональд Трамп", latin: "Donald Trump", country: "US", terms: [[2017, 2021], [2025, 2030]] },
  { name: "Джо Байден", latin: "Joe Biden", country: "US", terms: [[2009, 2017], [2021, 2025]], posts: [{ titles: VICE_PRESIDENT, years: [[2009, 2017]] }, { titles: US_PRESIDENT, years: [[2021, 2025]] }] }, // vice-president, then president
  { name: "Дэн Куэйл", latin: "Dan Quayle", country: "US", terms: [[1989, 1993]] },
  { name: "Альберт Гор", latin: "Al Gore", country: "US", aliases: ["Эл Гор"], terms: [[1993, 2001]] },
  { name: "Дик Чейни", latin: "Dick Cheney", country: "US", aliases: ["Ричард Чейни"], terms: [[1989, 1993], [2001, 2009]], posts: [{ titles: DEFENSE_SECRETARY, years: [[1989, 1993]] }, { titles: VICE_PRESIDENT, years: [[2001, 2009]] }] }, // secretary of defense, then vice-president
  { name: "Майк Пенс", latin: "Mike Pence", country: "US", terms: [[2017, 2021]] },
  { name: "Камала Харрис", latin: "Kamala Harris", country: "US", terms: [[2021, 2025]] },
  { name: "Джей Ди Вэнс", latin: "JD Vance", country: "US", aliases: ["Джеймс Дэвид Вэнс"], terms: [[2025, 2030]] },
  // White House
  { name: "Кондолиза Райс", latin: "Condoleezza Rice", country: "US", terms: [[2001, 2009]], posts: [{ titles: NATIONAL_SECURITY_ADVISER, years: [[2001, 2005]] }, { titles: SECRETARY_OF_STATE, years: [[2005, 2009]] }] }, // national security adviser, then secretary of state
  { name: "Сьюзан Райс", latin: "Susan Rice", country: "US", terms: [[2009, 2017], [2021, 2023]], posts: [{ titles: US_UN_AMBASSADOR, years: [[2009, 2013]] }, { titles: NATIONAL_SECURITY_ADVISER, years: [[2013, 2017]] }, { titles: ["… по внутренней политике"], years: [[2021, 2023]] }] }, // UN ambassador, national security adviser; domestic policy adviser
  { name: "Герберт Макмастер", latin: "H. R. McMaster", country: "US", aliases: ["Херберт Макмастер"], terms: [[2017, 2018]], posts: [{ titles: NATIONAL_SECURITY_ADVISER, years: [[2017, 2018]] }] }, // national security adviser (February 2017 – April 2018)
  { name: "Джейк Салливан", latin: "Jake Sullivan", country: "US", terms: [[2021, 2025]] },
  { name: "Майк Уолтц", latin: "Mike Waltz", country: "US", terms: [[2025, 2030]] },
  { name: "Роберт Гиббс", latin: "Robert Gibbs", country: "US", terms: [[2009, 2011]] }, // press secretary
  { name: "Тони Сноу", latin: "Tony Snow", country: "US", terms: [[2006, 2007]] }, // press secretary
  { name: "Джон Подеста", latin: "John Podesta", country: "US", terms: [[2014, 2015], [2022, 2025]] }, // counselor to Obama; clean-energy and climate adviser to Biden
  // Defense
  { name: "Лес Эспин", latin: "Les Aspin", country: "US", terms: [[1993, 1994]] },
  { name: "Уильям Перри", latin: "William Perry", country: "US", terms: [[1994, 1997]] },
  { name: "Уильям Коэн", latin: "William Cohen", country: "US", terms: [[1997, 2001]] },
  { name: "Дональд Рамсфелд", latin: "Donald Rumsfeld", country: "US", terms: [[2001, 2006]] },
  { name: "Роберт Гейтс", latin: "Robert Gates", country: "US", terms: [[2006, 2011]] },
  { name: "Леон Панетта", latin: "Leon Panetta", country: "US", terms: [[2009, 2013]], posts: [{ titles: CIA_DIRECTOR, years: [[2009, 2011]] }, { titles: DEFENSE_SECRETARY, years: [[2011, 2013]] }] }, // CIA director, then secretary of defense
  { name: "Чак Хейгел", latin: "Chuck Hagel", country: "US", terms: [[2013, 2015]] },
  { name: "Эштон Картер", latin: "Ashton Carter", country: "US", terms: [[2009, 2013], [2015, 2017]], posts: [{ titles: ["заместитель министра обороны"], years: [[2009, 2013]] }, { titles: [...DEFENSE_SECRETARY, "!заместитель"], years: [[2015, 2017]] }] }, // under secretary and deputy secretary of defense, then secretary
  { name: "Джеймс Мэттис", latin: "James Mattis", country: "US", aliases: ["Джим Мэттис"], terms: [[2010, 2013], [2017, 2019]], posts: [{ titles: CENTCOM_COMMANDER, years: [[2010, 2013]] }, { titles: DEFENSE_SECRETARY, years: [[2017, 2019]] }] }, // CENTCOM, then secretary of defense
  { name: "Марк Эспер", latin: "Mark Esper", country: "US", terms: [[2017, 2020]], posts: [{ titles: ["министр армии", "министр сухопутных войск"], years: [[2017, 2019]] }, { titles: DEFENSE_SECRETARY, years: [[2019, 2020]] }] }, // secretary of the army, then of defense
  { name: "Ллойд Остин", latin: "Lloyd Austin", country: "US", terms: [[2013, 2016], [2021, 2025]], posts: [{ titles: CENTCOM_COMMANDER, years: [[2013, 2016]] }, { titles: DEFENSE_SECRETARY, years: [[2021, 2025]] }] }, // CENTCOM, then secretary of defense
  { name: "Пит Хегсет", latin: "Pete Hegseth", country: "US", aliases: ["Пит Хегсетт"], terms: [[2025, 2030]] },
  // CENTCOM
  { name: "Бинфорд Пей", latin: "Binford Peay", country: "US", terms: [[1994, 1997]] },
  { name: "Энтони Зинни", latin: "Anthony Zinni", country: "US", terms: [[1997, 2000]] },
  { name: "Томми Фрэнкс", latin: "Tommy Franks", country: "US", terms: [[2000, 2003]] },
  { name: "Джон Абизейд", latin: "John Abizaid", country: "US", terms: [[2003, 2007]] },
  { name: "Уильям Фэллон", latin: "William Fallon", country: "US", terms: [[2007, 2008]] },
  { name: "Дэвид Петреус", latin: "David Petraeus", country: "US", terms: [[2008, 2012]] }, // CENTCOM, Afghanistan, CIA director
  { name: "Джозеф Вотел", latin: "Joseph Votel", country: "US", terms: [[2016, 2019]] },
  { name: "Кеннет Маккензи", latin: "Kenneth McKenzie", country: "US", terms: [[2019, 2022]] },
  { name: "Майкл Курилла", latin: "Michael Kurilla", country: "US", terms: [[2022, 2025]] },
  { name: "Брэд Купер", latin: "Brad Cooper", country: "US", terms: [[2025, 2030]] },
  // Energy
  { name: "Хейзел О'Лири", latin: "Hazel O'Leary", country: "US", terms: [[1993, 1997]] },
  { name: "Федерико Пенья", latin: "Federico Peña", country: "US", terms: [[1997, 1998]] },
  { name: "Билл Ричардсон", latin: "Bill Richardson", country: "US", terms: [[1997, 2001]], posts: [{ titles: US_UN_AMBASSADOR, years: [[1997, 1998]] }, { titles: ["министр энергетики"], years: [[1998, 2001]] }] }, // UN ambassador, then secretary of energy
  { name: "Спенсер Абрахам", latin: "Spencer Abraham", country: "US", terms: [[2001, 2005]] },
  { name: "Сэмюэл Бодман", latin: "Samuel Bodman", country: "US", aliases: ["Сэмюэл Бодмен"], terms: [[2005, 2009]] },
  { name: "Дэниел Понеман", latin: "Daniel Poneman", country: "US", terms: [[2009, 2014]] }, // deputy secretary
  { name: "Эрнест Мониз", latin: "Ernest Moniz", country: "US", terms: [[2013, 2017]] },
  { name: "Элизабет Шервуд-Рэндалл", latin: "Elizabeth Sherwood-Randall", country: "US", terms: [[2014, 2017], [2021, 2025]] }, // deputy secretary of energy; homeland security adviser
  { name: "Рик Перри", latin: "Rick Perry", country: "US", terms: [[2000, 2014], [2017, 2019]], posts: [{ titles: GOVERNOR, years: [[2000, 2014]] }, { titles: ["министр энергетики"], years: [[2017, 2019]] }] }, // governor of Texas, then secretary of energy
  { name: "Дэн Бруйетт", latin: "Dan Brouillette", country: "US", terms: [[2017, 2021]], posts: [{ titles: ["заместитель министра энергетики"], years: [[2017, 2019]] }, { titles: ["министр энергетики"], years: [[2019, 2021]] }] }, // deputy secretary, then secretary
  { name: "Дженнифер Грэнхолм", latin: "Jennifer Granholm", country: "US", aliases: ["Дженнифер Гранхолм"], terms: [[2021, 2025]] },
  { name: "Дэвид Терк", latin: "David Turk", country: "US", terms: [[2021, 2025]] }, // deputy secretary
  { name: "Крис Райт", latin: "Chris Wright", country: "US", terms: [[2025, 2030]] },
  // Commerce and trade
  { name: "Рон Браун", latin: "Ron Brown", country: "US", aliases: ["Рональд Браун"], terms: [[1993, 1996]] },
  { name: "Микки Кантор", latin: "Mickey Kantor", country: "US", terms: [[1993, 1997]], posts: [{ titles: ["торговый представитель"], years: [[1993, 1996]] }, { titles: ["министр торговли"], years: [[1996, 1997]] }] }, // USTR, then secretary of commerce
  { name: "Уильям Дэйли", latin: "William Daley", country: "US", terms: [[1997, 2000]] },
  { name: "Дональд Эванс", latin: "Donald Evans", country: "US", terms: [[2001, 2005]] },
  { name: "Карлос Гутьеррес", latin: "Carlos Gutierrez", country: "US", terms: [[2005, 2009]] },
  { name: "Ребекка Бланк", latin: "Rebecca Blank", country: "US", terms: [[2009, 2013]] }, // under secretary, deputy and acting secretary
  { name: "Франсиско Санчес", latin: "Francisco Sánchez", country: "US", terms: [[2010, 2013]] }, // under secretary for international trade
  { name: "Гэри Локк", latin: "Gary Locke", country: "US", terms: [[2009, 2014]], posts: [{ titles: ["министр торговли"], years: [[2009, 2011]] }, { titles: ["посол … в китае", "посол … в кнр"], years: [[2011, 2014]] }] }, // commerce secretary, then ambassador to China
  { name: "Джон Брайсон", latin: "John Bryson", country: "US", terms: [[2011, 2012]] },
  { name: "Пенни Прицкер", latin: "Penny Pritzker", country: "US", terms: [[2013, 2017]] },
  { name: "Стефан Селиг", latin: "Stefan Selig", country: "US", terms: [[2014, 2016]] }, // under secretary for international trade
  { name: "Брюс Эндрюс", latin: "Bruce Andrews", country: "US", terms: [[2014, 2017]] }, // deputy secretary
  { name: "Уилбур Росс", latin: "Wilbur Ross", country: "US", terms: [[2017, 2021]] },
  { name: "Карен Данн Келли", latin: "Karen Dunn Kelley", country: "US", terms: [[2017, 2021]] }, // under secretary, then deputy secretary
  { name: "Джина Раймондо", latin: "Gina Raimondo", country: "US", terms: [[2021, 2025]] },
  { name: "Мариса Лаго", latin: "Marisa Lago", country: "US", terms: [[2022, 2025]] }, // under secretary for international trade
  { name: "Говард Лютник", latin: "Howard Lutnick", country: "US", aliases: ["Говард Латник", "Говард Лутник"], terms: [[2025, 2030]] },
  { name: "Шарлин Баршефски", latin: "Charlene Barshefsky", country: "US", terms: [[1997, 2001]] },
  { name: "Роберт Зеллик", latin: "Robert Zoellick", country: "US", terms: [[2001, 2006]], posts: [{ titles: ["торговый представитель"], years: [[2001, 2005]] }, { titles: DEPUTY_SECRETARY_OF_STATE, years: [[2005, 2006]] }] }, // USTR, then deputy secretary of state
  { name: "Роб Портман", latin: "Rob Portman", country: "US", terms: [[2005, 2006]] }, // USTR (senator later)
  { name: "Сьюзан Шваб", latin: "Susan Schwab", country: "US", terms: [[2006, 2009]] },
  { name: "Рон Кирк", latin: "Ron Kirk", country: "US", terms: [[2009, 2013]] },
  { name: "Мириам Сапиро", latin: "Miriam Sapiro", country: "US", terms: [[2009, 2014]] }, // deputy USTR
  { name: "Майкл Фроман", latin: "Michael Froman", country: "US", terms: [[2013, 2017]] },
  { name: "Роберт Лайтхайзер", latin: "Robert Lighthizer", country: "US", terms: [[2017, 2021]] },
  { name: "Кэтрин Тай", latin: "Katherine Tai", country: "US", terms: [[2021, 2025]] },
  { name: "Джеймисон Грир", latin: "Jamieson Greer", country: "US", terms: [[2025, 2030]] },
  // Agriculture
  { name: "Дэн Гликман", latin: "Dan Glickman", country: "US", terms: [[1995, 2001]] },
  { name: "Энн Венеман", latin: "Ann Veneman", country: "US", terms: [[2001, 2005]] },
  { name: "Майк Джоханнс", latin: "Mike Johanns", country: "US", terms: [[2005, 2007]] },
  { name: "Том Вилсак", latin: "Tom Vilsack", country: "US", terms: [[2009, 2017], [2021, 2025]] },
  { name: "Сонни Пердью", latin: "Sonny Perdue", country: "US", terms: [[2017, 2021]] },
  { name: "Джуэл Бронау", latin: "Jewel Bronaugh", country: "US", terms: [[2021, 2023]] }, // deputy secretary
  { name: "Брук Роллинс", latin: "Brooke Rollins", country: "US", aliases: ["Брук Роллинз"], terms: [[2025, 2030]] },
  // Health, space
  { name: "Кэтлин Сибелиус", latin: "Kathleen Sebelius", country: "US", terms: [[2009, 2014]] }, // health and human services
  { name: "Майкл Гриффин", latin: "Michael Griffin", country: "US", terms: [[2005, 2009]] }, // NASA administrator
  { name: "Чарльз Болден", latin: "Charles Bolden", country: "US", terms: [[2009, 2017]] }, // NASA administrator
  { name: "Билл Нельсон", latin: "Bill Nelson", country: "US", terms: [[2001, 2019], [2021, 2025]] }, // senator for Florida, then NASA administrator
  // Treasury, interior, transport
  { name: "Стивен Мнучин", latin: "Steven Mnuchin", country: "US", terms: [[2017, 2021]] },
  { name: "Джанет Йеллен", latin: "Janet Yellen", country: "US", terms: [[2021, 2025]] },
  { name: "Брайан Нельсон", latin: "Brian Nelson", country: "US", terms: [[2021, 2025]] }, // under secretary for terrorism and financial intelligence
  { name: "Джей Шамбо", latin: "Jay Shambaugh", country: "US", terms: [[2022, 2025]] }, // under secretary for international affairs
  { name: "Скотт Бессент", latin: "Scott Bessent", country: "US", terms: [[2025, 2030]] },
  { name: "Даг Бергам", latin: "Doug Burgum", country: "US", aliases: ["Дуг Бургум", "Даг Бургум", "Дуг Бургам"], terms: [[2016, 2030]], posts: [{ titles: GOVERNOR, years: [[2016, 2024]] }, { titles: ["министр внутренних дел"], years: [[2025, 2030]] }] }, // governor of North Dakota, then secretary of the interior
  { name: "Полли Троттенберг", latin: "Polly Trottenberg", country: "US", terms: [[2021, 2025]] }, // deputy secretary of transportation
  // The National Nuclear Security Administration, which works with Kazakhstan on the former test site and fuel
  { name: "Лиза Гордон-Хагерти", latin: "Lisa Gordon-Hagerty", country: "US", terms: [[2018, 2020]] },
  { name: "Джилл Хруби", latin: "Jill Hruby", country: "US", terms: [[2021, 2025]] },
];
