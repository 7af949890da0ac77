import type { CuratedOfficial } from "./curated-official";
import { CIA_DIRECTOR, DEPUTY_SECRETARY_OF_STATE, SECRETARY_OF_STATE, SENATOR, UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS, US_UN_AMBASSADOR } from "./post-titles";

/** The State Department, US envoys, and the US embassy in Kazakhstan. */
export const US_DIPLOMATS: CuratedOfficial[] = [
  // Secretaries of state
  { name: "Джеймс Бейкер", latin: "James Baker", country: "US", terms: [[1989, 1992]] },
  { name: "Лоуренс Иглбергер", latin: "Lawrence Eagleburger", country: "US", terms: [[1989, 1993]], posts: [{ titles: DEPUTY_SECRETARY_OF_STATE, years: [[1989, 1992]] }, { titles: SECRETARY_OF_STATE, years: [[1992, 1993]] }] }, // deputy secretary, then secretary
  { name: "Уоррен Кристофер", latin: "Warren Christopher", country: "US", terms: [[1993, 1997]] },
  { name: "Мадлен Олбрайт", latin: "Madeleine Albright", country: "US", terms: [[1993, 2001]], posts: [{ titles: US_UN_AMBASSADOR, years: [[1993, 1997]] }, { titles: SECRETARY_OF_STATE, years: [[1997, 2001]] }] }, // UN ambassador, then secretary
  { name: "Колин Пауэлл", latin: "Colin Powell", country: "US", terms: [[2001, 2005]], posts: [{ titles: ["председатель объединенного комитета начальников штабов"], years: [[1989, 1993]] }, { titles: SECRETARY_OF_STATE, years: [[2001, 2005]] }] },
  { name: "Хиллари Клинтон", latin: "Hillary Clinton", country: "US", aliases: ["Хиллари Родэм Клинтон", "Хилари Клинтон"], terms: [[2009, 2013]], posts: [{ titles: ["первая леди", "супруга президента"], years: [[1993, 2001]] }, { titles: SENATOR, years: [[2001, 2009]] }, { titles: SECRETARY_OF_STATE, years: [[2009, 2013]] }] },
  { name: "Джон Керри", latin: "John Kerry", country: "US", terms: [[2013, 2017], [2021, 2024]], posts: [{ titles: SENATOR, years: [[1985, 2013]] }, { titles: SECRETARY_OF_STATE, years: [[2013, 2017]] }, { titles: ["… по климату", "… по вопросам климата", "… по изменению климата"], years: [[2021, 2024]] }] }, // Secretary of State, then climate envoy
  { name: "Рекс Тиллерсон", latin: "Rex Tillerson", country: "US", terms: [[2017, 2018]] },
  { name: "Майк Помпео", latin: "Mike Pompeo", country: "US", terms: [[2017, 2021]], posts: [{ titles: CIA_DIRECTOR, years: [[2017, 2018]] }, { titles: SECRETARY_OF_STATE, years: [[2018, 2021]] }] }, // CIA director, then secretary
  { name: "Энтони Блинкен", latin: "Antony Blinken", country: "US", aliases: ["Антони Блинкен", "Антоний Блинкен"], terms: [[2009, 2017], [2021, 2025]], posts: [{ titles: DEPUTY_SECRETARY_OF_STATE, years: [[2015, 2017]] }, { titles: SECRETARY_OF_STATE, years: [[2021, 2025]] }] }, // the vice-president's national security adviser, deputy national security adviser, deputy secretary, then secretary
  { name: "Марко Рубио", latin: "Marco Rubio", country: "US", terms: [[2025, 2030]], posts: [{ titles: SENATOR, years: [[2011, 2025]] }, { titles: SECRETARY_OF_STATE, years: [[2025, 2030]] }] },
  // Deputy and under secretaries
  { name: "Строуб Тэлботт", latin: "Strobe Talbott", country: "US", aliases: ["Строуб Тэлбот", "Строб Тэлботт"], terms: [[1993, 2001]], posts: [{ titles: ["посол по особым поручениям"], years: [[1993, 1994]] }, { titles: DEPUTY_SECRETARY_OF_STATE, years: [[1994, 2001]] }] }, // ambassador-at-large for the former USSR, then deputy secretary
  { name: "Томас Пикеринг", latin: "Thomas Pickering", country: "US", terms: [[1997, 2000]] }, // under secretary for political affairs
  { name: "Ричард Армитидж", latin: "Richard Armitage", country: "US", terms: [[2001, 2005]] },
  { name: "Марк Гроссман", latin: "Marc Grossman", country: "US", terms: [[2001, 2005], [2011, 2012]] }, // under secretary for political affairs; envoy for Afghanistan and Pakistan
  { name: "Николас Бернс", latin: "Nicholas Burns", country: "US", terms: [[2005, 2008]], posts: [{ titles: UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS, years: [[2005, 2008]] }, { titles: ["посол … в китае", "посол … в кнр"], years: [[2022, 2025]] }] }, // under secretary for political affairs
  { name: "Джон Негропонте", latin: "John Negroponte", country: "US", terms: [[2007, 2009]] }, // deputy secretary
  { name: "Джеймс Стейнберг", latin: "James Steinberg", country: "US", terms: [[2009, 2011]] }, // deputy secretary
  { name: "Уильям Бернс", latin: "William Burns", country: "US", terms: [[2008, 2014], [2021, 2025]], posts: [{ titles: ["посол … в россии", "посол … в рф"], years: [[2005, 2008]] }, { titles: UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS, years: [[2008, 2011]] }, { titles: DEPUTY_SECRETARY_OF_STATE, years: [[2011, 2014]] }, { titles: CIA_DIRECTOR, years: [[2021, 2025]] }] }, // under secretary, deputy secretary; CIA director
  { name: "Роберт Хормац", latin: "Robert Hormats", country: "US", terms: [[2009, 2013]] }, // under secretary for economic affairs
  { name: "Венди Шерман", latin: "Wendy Sherman", country: "US", terms: [[2011, 2015], [2021, 2023]], posts: [{ titles: UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS, years: [[2011, 2015]] }, { titles: DEPUTY_SECRETARY_OF_STATE, years: [[2021, 2023]] }] },
  { name: "Роуз Геттемюллер", latin: "Rose Gottemoeller", country: "US", terms: [[2009, 2016]] }, // assistant, then under secretary for arms control
  { name: "Сара Сьюолл", latin: "Sarah Sewall", country: "US", terms: [[2014, 2017]] }, // under secretary for civilian security, democracy and human rights
  { name: "Томас Шеннон", latin: "Thomas Shannon", country: "US", terms: [[2016, 2018]] }, // under secretary for political affairs
  { name: "Джон Салливан", latin: "John Sullivan", country: "US", terms: [[2017, 2022]], posts: [{ titles: DEPUTY_SECRETARY_OF_STATE, years: [[2017, 2019]] }, { titles: ["посол … в россии", "посол … в рф", "посол … в российской федерации"], years: [[2019, 2022]] }] }, // deputy secretary, then ambassador to Russia
  { name: "Дэвид Хейл", latin: "David Hale", country: "US", terms: [[2018, 2021]] }, // under secretary for political affairs
  { name: "Стивен Бигэн", latin: "Stephen Biegun", country: "US", terms: [[2018, 2021]] }, // North Korea envoy, then deputy secretary
  { name: "Кит Крач", latin: "Keith Krach", country: "US", terms: [[2019, 2021]] }, // under secretary for economic growth
  { name: "Хосе Фернандес", latin: "Jose Fernandez", country: "US", terms: [[2009, 2013], [2021, 2025]] }, // assistant secretary for economic affairs; under secretary for economic growth
  { name: "Узра Зея", latin: "Uzra Zeya", country: "US", terms: [[2021, 2025]] },
  { name: "Виктория Нуланд", latin: "Victoria Nuland", country: "US", terms: [[2011, 2017], [2021, 2024]], posts: [{ titles: ["официальный представитель", "пресс-секретарь"], years: [[2011, 2013]] }, { titles: ["помощник госсекретаря", "помощник государственного секретаря"], years: [[2013, 2017]] }, { titles: UNDER_SECRETARY_FOR_POLITICAL_AFFAIRS, years: [[2021, 2024]] }] }, // spokesperson, assistant secretary for Europe and Eurasia; under secretary
  { name: "Курт Кэмпбелл", latin: "Kurt Campbell", country: "US", terms: [[2009, 2013], [2021, 2025]] }, // assistant secretary for East Asia; Indo-Pacific coordinator, deputy secretary
  { name: "Ричард Верма", latin: "Richard Verma", country: "US", terms: [[2023, 2025]] }, // deputy secretary for management and resources
  { name: "Кристофер Ландау", latin: "Christopher Landau", country: "US", terms: [[2025, 2030]], posts: [{ titles: ["посол … в мексике"], years: [[2019, 2021]] }, { titles: DEPUTY_SECRETARY_OF_STATE, years: [[2025, 2030]] }] },
  { name: "Джейкоб Хелберг", latin: "Jacob Helberg", country: "US", terms: [[2025, 2030]] }, // under secretary for economic affairs
  // Assistant secretaries for South and Central Asia (the bureau since 2006; Europe and Eurasia before) and their deputies
  { name: "Элизабет Джонс", latin: "Elizabeth Jones", country: "US", terms: [[1995, 1998], [2001, 2005]], posts: [{ titles: ["посол"], years: [[1995, 1998]] }, { titles: ["помощник госсекретаря", "помощник государственного секретаря"], years: [[2001, 2005]] }] }, // ambassador, then assistant secretary
  { name: "Ричард Баучер", latin: "Richard Boucher", country: "US", terms: [[2000, 2009]], posts: [{ titles: ["официальный представитель", "пресс-секретарь", "представитель госдепартамента"], years: [[2000, 2005]] }, { titles: ["помощник госсекретаря", "помощник государственного секретаря"], years: [[2006, 2009]] }] }, // spokesman, then assistant secretary
  { name: "Роберт Блейк", latin: "Robert Blake", country: "US", terms: [[2009, 2013]] },
  { name: "Ниша Бисвал", latin: "Nisha Biswal", country: "US", terms: [[2013, 2017], [2022, 2025]] }, // assistant secretary; deputy head of the DFC
  { name: "Элис Уэллс", latin: "Alice Wells", country: "US", terms: [[2017, 2020]] },
  { name: "Дональд Лу", latin: "Donald Lu", country: "US", terms: [[2021, 2025]] },
  { name: "Пол Капур", latin: "Paul Kapur", country: "US", terms: [[2025, 2030]] },
  // Ambassadors to Kazakhstan and the chargés d'affaires between them
  { name: "Уильям Кортни", latin: "William Courtney", country: "US", terms: [[1992, 1995]] }, // first ambassador to Kazakhstan
  { name: "Ричард Джонс", latin: "Richard Jones", country: "US", terms: [[1998, 2001]] },
  { name: "Ларри Нэппер", latin: "Larry Napper", country: "US", terms: [[2001, 2004]] },
  { name: "Джон Ордуэй", latin: "John Ordway", country: "US", terms: [[2004, 2008], [2013, 2014]] }, // ambassador; chargé d'affaires again
  { name: "Ричард Хоагланд", latin: "Richard Hoagland", country: "US", aliases: ["Ричард Хогланд", "Ричард Хоугланд"], terms: [[2008, 2011], [2013, 2015]], posts: [{ titles: ["посол … в таджикистане"], years: [[2003, 2006]] }, { titles: ["посол", "!таджикистан*", "!бывший"], years: [[2008, 2011]] }, { titles: ["заместитель помощника"], years: [[2013, 2015]] }] }, // ambassador; principal deputy assistant secretary for South and Central Asia
  { name: "Кеннет Фэйрфакс", latin: "Kenneth Fairfax", country: "US", aliases: ["Кеннет Фейрфакс"], terms: [[2011, 2014]] },
  { name: "Джордж Крол", latin: "George Krol", country: "US", terms: [[2015, 2018]] },
  { name: "Уильям Мозер", latin: "William Moser", country: "US", terms: [[2019, 2021]] },
  { name: "Джуди Куо", latin: "Judy Kuo", country: "US", terms: [[2021, 2022]] }, // chargé d'affaires from October 2021 until Rosenblum
  { name: "Дэниел Розенблюм", latin: "Daniel Rosenblum", country: "US", terms: [[2022, 2025]], posts: [{ titles: ["заместитель помощника"], years: [[2014, 2019]] }, { titles: ["посол … в узбекистане", "посол … в республике узбекистан"], years: [[2019, 2022]] }, { titles: ["посол", "!узбекистан*"], years: [[2022, 2025]] }] },
  { name: "Дебора Робинсон", latin: "Deborah Robinson", country: "US", terms: [[2024, 2025]] }, // deputy chief of mission, then chargé d'affaires
  { name: "Джули Стаффт", latin: "Julie Stufft", country: "US", terms: [[2025, 2030]] },
  // Envoys and others who visit
  { name: "Ричард Морнингстар", latin: "Richard Morningstar", country: "US", terms: [[1995, 2001], [2009, 2014]] }, // adviser on aid to the NIS and Caspian energy, ambassador to the EU; Eurasian energy envoy, ambassador to Azerbaijan
  { name: "Дэниел Фрид", latin: "Daniel Fried", country: "US", terms: [[2005, 2017]] }, // assistant secretary for Europe and Eurasia, envoy, sanctions coordinator
  { name: "Карлос Паскуаль", latin: "Carlos Pascual", country: "US", terms: [[2011, 2014]] }, // energy envoy, assistant secretary for energy resources
  { name: "Амос Хокстайн", latin: "Amos Hochstein", country: "US", terms: [[2014, 2017], [2021, 2025]] }, // energy envoy; presidential coordinator
  { name: "Ричард Холбрук", latin: "Richard Holbrooke", country: "US", terms: [[2009, 2010]] }, // envoy for Afghanistan and Pakistan
  { name: "Залмай Халилзад", latin: "Zalmay Khalilzad", country: "US", terms: [[2003, 2009], [2018, 2021]], posts: [{ titles: ["посол … в афганистане"], years: [[2003, 2005]] }, { titles: ["посол … в ираке"], years: [[2005, 2007]] }, { titles: US_UN_AMBASSADOR, years: [[2007, 2009]] }, { titles: ["… по примирению в афганистане", "… по афганскому примирению"], years: [[2018, 2021]] }] }, // ambassador to Afghanistan, Iraq, the UN; envoy for Afghan reconciliation
  { name: "Томас Уэст", latin: "Thomas West", country: "US", terms: [[2021, 2025]] }, // envoy for Afghanistan
  { name: "Никки Хейли", latin: "Nikki Haley", country: "US", terms: [[2017, 2018]] }, // UN ambassador
  { name: "Майкл Познер", latin: "Michael Posner", country: "US", terms: [[2009, 2013]] }, // assistant secretary for democracy, human rights and labor
  { name: "Натан Сейлс", latin: "Nathan Sales", country: "US", terms: [[2017, 2021]] }, // counterterrorism coordinator
  { name: "Кристофер Форд", latin: "Christopher Ford", country: "US", terms: [[2017, 2021]] }, // NSC, then assistant secretary for nonproliferation
  { name: "Селеста Уолландер", latin: "Celeste Wallander", country: "US", terms: [[2013, 2017], [2021, 2025]] }, // NSC senior director for Russia and Central Asia; assistant secretary of defense
  { name: "Дерек Шоле", latin: "Derek Chollet", country: "US", terms: [[2012, 2015], [2021, 2025]] }, // assistant secretary of defense; State Department counselor
  { name: "Джеймс О'Брайен", latin: "James O'Brien", country: "US", terms: [[2021, 2025]] }, // sanctions coordinator, then assistant secretary for Europe
  { name: "Джессика Льюис", latin: "Jessica Lewis", country: "US", terms: [[2021, 2025]] }, // assistant secretary for political-military affairs
  { name: "Нед Прайс", latin: "Ned Price", country: "US", terms: [[2021, 2025]] }, // spokesperson, then deputy UN ambassador
  { name: "Джон Кирби", latin: "John Kirby", country: "US", terms: [[2013, 2017], [2021, 2025]] }, // Pentagon and State spokesman; NSC
  { name: "Джеффри Пайетт", latin: "Geoffrey Pyatt", country: "US", terms: [[2022, 2025]] },
  { name: "Бет Ван Шаак", latin: "Beth Van Schaack", country: "US", terms: [[2022, 2025]] },
  { name: "Адам Болер", latin: "Adam Boehler", country: "US", terms: [[2019, 2021], [2025, 2030]] }, // head of the DFC; envoy for hostage affairs
  { name: "Ричард Гренелл", latin: "Richard Grenell", country: "US", terms: [[2025, 2030]] }, // envoy for special missions
  { name: "Стив Уиткофф", latin: "Steve Witkoff", country: "US", aliases: ["Стив Виткофф"], terms: [[2025, 2030]] },
  { name: "Серджио Гор", latin: "Sergio Gor", country: "US", terms: [[2025, 2030]] },
];
