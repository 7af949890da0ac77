import type { CuratedOfficial } from "./curated-official";
import { AKIM_OF_ALMATY, AKIM_OF_ASTANA, AMBASSADOR_TO_RUSSIA, DEFENCE_MINISTER, DEPUTY_PRIME_MINISTER, ENERGY_MINISTER, FINANCE_MINISTER, FIRST_PRESIDENT, FOREIGN_MINISTER, HEAD_OF_ADMINISTRATION, KMG_HEAD, KNB_CHAIR, MAZHILIS_CHAIR, NATIONAL_BANK_CHAIR, PRESIDENT, PRIME_MINISTER, SENATE_CHAIR, STATE_SECRETARY, akimOf } from "./post-titles";

/** Kazakhstan's presidents, prime ministers and deputy prime ministers, heads of the Presidential
 *  Administration, chairs of the Senate and the Mazhilis, and heads of the security service, the
 *  National Bank and the national companies. Long careers are given as one range where the posts
 *  follow each other. */
export const KZ_LEADERSHIP: CuratedOfficial[] = [
  { name: "Нурсултан Назарбаев", latin: "Nursultan Nazarbayev", country: "KZ", terms: [[1991, 2022]], posts: [{ titles: PRESIDENT, years: [[1991, 2019]] }, { titles: FIRST_PRESIDENT, years: [[2019, 2022]] }] }, // president, then Елбасы and chairman of the Security Council
  { name: "Касым-Жомарт Токаев", latin: "Kassym-Jomart Tokayev", country: "KZ", aliases: ["Касымжомарт Токаев"], terms: [[1994, 2030]], posts: [{ titles: FOREIGN_MINISTER, years: [[1994, 1999], [2002, 2007]] }, { titles: PRIME_MINISTER, years: [[1999, 2002]] }, { titles: SENATE_CHAIR, years: [[2007, 2011], [2013, 2019]] }, { titles: ["генеральный директор … оон", "генеральный директор … объединенных наций"], years: [[2011, 2013]] }, { titles: PRESIDENT, years: [[2019, 2030]] }] }, // foreign minister, prime minister, Senate chairman, UN Geneva, president
  // Prime ministers
  { name: "Сергей Терещенко", latin: "Sergey Tereshchenko", country: "KZ", terms: [[1991, 1994]] },
  { name: "Акежан Кажегельдин", latin: "Akezhan Kazhegeldin", country: "KZ", terms: [[1994, 1997]] },
  { name: "Нурлан Балгимбаев", latin: "Nurlan Balgimbayev", country: "KZ", terms: [[1994, 2002]], posts: [{ titles: ["министр нефтяной и газовой промышленности", "министр нефти и газа"], years: [[1994, 1997]] }, { titles: PRIME_MINISTER, years: [[1997, 1999]] }, { titles: ["… казахойл"], years: [[1999, 2002]] }] }, // oil and gas minister, prime minister, head of KazakhOil
  { name: "Имангали Тасмагамбетов", latin: "Imangali Tasmagambetov", country: "KZ", terms: [[1999, 2019]], posts: [{ titles: PRIME_MINISTER, years: [[2002, 2003]] }, { titles: STATE_SECRETARY, years: [[2003, 2004]] }, { titles: AKIM_OF_ALMATY, years: [[2004, 2008]] }, { titles: AKIM_OF_ASTANA, years: [[2008, 2014]] }, { titles: DEFENCE_MINISTER, years: [[2014, 2016]] }, { titles: AMBASSADOR_TO_RUSSIA, years: [[2017, 2019]] }] }, // Atyrau akim, deputy PM, PM, state secretary, Almaty and Astana akim, defence minister, deputy PM, ambassador to Russia
  { name: "Даниал Ахметов", latin: "Daniyal Akhmetov", country: "KZ", terms: [[2001, 2009], [2014, 2023]], posts: [{ titles: akimOf("павлодарской области"), years: [[1997, 2003]] }, { titles: PRIME_MINISTER, years: [[2003, 2007]] }, { titles: DEFENCE_MINISTER, years: [[2007, 2009]] }, { titles: [...akimOf("восточно-казахстанской области"), "аким вко"], years: [[2014, 2023]] }] }, // Pavlodar akim, prime minister, defence minister; East Kazakhstan akim (2014 – June 2023)
  { name: "Карим Масимов", latin: "Karim Massimov", country: "KZ", terms: [[2006, 2022]], posts: [{ titles: DEPUTY_PRIME_MINISTER, years: [[2006, 2007]] }, { titles: PRIME_MINISTER, years: [[2007, 2012], [2014, 2016]] }, { titles: HEAD_OF_ADMINISTRATION, years: [[2012, 2014]] }, { titles: KNB_CHAIR, years: [[2016, 2022]] }] }, // deputy PM, PM, head of the Administration, PM, KNB chairman
  { name: "Серик Ахметов", latin: "Serik Akhmetov", country: "KZ", terms: [[2009, 2014]], posts: [{ titles: akimOf("карагандинской области"), years: [[2009, 2012]] }, { titles: PRIME_MINISTER, years: [[2012, 2014]] }, { titles: DEFENCE_MINISTER, years: [[2014, 2014]] }] }, // Karaganda akim, first deputy PM, PM, defence minister
  { name: "Бакытжан Сагинтаев", latin: "Bakytzhan Sagintayev", country: "KZ", terms: [[2008, 2022]], posts: [{ titles: akimOf("павлодарской области"), years: [[2008, 2012]] }, { titles: DEPUTY_PRIME_MINISTER, years: [[2013, 2016]] }, { titles: PRIME_MINISTER, years: [[2016, 2019]] }, { titles: HEAD_OF_ADMINISTRATION, years: [[2019, 2019]] }, { titles: AKIM_OF_ALMATY, years: [[2019, 2022]] }] }, // Pavlodar akim, minister, first deputy PM, PM, head of the Administration, Almaty akim
  { name: "Аскар Мамин", latin: "Askar Mamin", country: "KZ", terms: [[2006, 2022]], posts: [{ titles: AKIM_OF_ASTANA, years: [[2006, 2008]] }, { titles: ["… ктж", "… темир жолы", "… темір жолы", "… темiр жолы"], years: [[2008, 2016]] }, { titles: DEPUTY_PRIME_MINISTER, years: [[2016, 2019]] }, { titles: PRIME_MINISTER, years: [[2019, 2022]] }] }, // Astana akim, head of the railways, first deputy PM, PM
  { name: "Алихан Смаилов", latin: "Alikhan Smailov", country: "KZ", terms: [[2018, 2024]], posts: [{ titles: FINANCE_MINISTER, years: [[2018, 2022]] }, { titles: DEPUTY_PRIME_MINISTER, years: [[2019, 2022]] }, { titles: PRIME_MINISTER, years: [[2022, 2024]] }] }, // finance minister, first deputy PM, PM
  { name: "Олжас Бектенов", latin: "Olzhas Bektenov", country: "KZ", terms: [[2023, 2030]], posts: [{ titles: HEAD_OF_ADMINISTRATION, years: [[2023, 2024]] }, { titles: PRIME_MINISTER, years: [[2024, 2030]] }] }, // head of the Administration, then PM
  // Deputy prime ministers
  { name: "Роман Скляр", latin: "Roman Sklyar", country: "KZ", terms: [[2019, 2030]] },
  { name: "Серик Жумангарин", latin: "Serik Zhumangarin", country: "KZ", terms: [[2022, 2030]] },
  { name: "Ералы Тугжанов", latin: "Yeraly Tugzhanov", country: "KZ", terms: [[2017, 2023]] }, // Mangystau akim, then deputy PM
  // Heads of the Administration, state secretaries
  { name: "Нуртай Абыкаев", latin: "Nurtai Abykayev", country: "KZ", terms: [[2002, 2007], [2010, 2015]], posts: [{ titles: HEAD_OF_ADMINISTRATION, years: [[2002, 2004]] }, { titles: SENATE_CHAIR, years: [[2004, 2007]] }, { titles: KNB_CHAIR, years: [[2010, 2015]] }] }, // head of the Administration, Senate chairman; KNB chairman
  { name: "Адильбек Джаксыбеков", latin: "Adilbek Zhaksybekov", country: "KZ", terms: [[1997, 2018]], posts: [{ titles: AKIM_OF_ASTANA, years: [[1997, 2003], [2014, 2016]] }, { titles: HEAD_OF_ADMINISTRATION, years: [[2004, 2008], [2016, 2018]] }, { titles: DEFENCE_MINISTER, years: [[2009, 2014]] }] }, // Astana akim, minister, head of the Administration, defence minister, Astana akim, head of the Administration
  { name: "Аслан Мусин", latin: "Aslan Mussin", country: "KZ", terms: [[2008, 2012]] }, // head of the Administration
  { name: "Марат Тажин", latin: "Marat Tazhin", country: "KZ", terms: [[2007, 2009]] },
  { name: "Крымбек Кушербаев", latin: "Krymbek Kusherbayev", country: "KZ", terms: [[2006, 2022]] }, // Mangystau akim, deputy PM, Kyzylorda akim, head of the Administration, state secretary
  { name: "Айбек Дадебай", latin: "Aibek Dadebay", country: "KZ", terms: [[2024, 2030]] }, // head of the Administration after Бектенов
  { name: "Ерлан Карин", latin: "Erlan Karin", country: "KZ", terms: [[2019, 2030]] },
  { name: "Дарига Назарбаева", latin: "Dariga Nazarbayeva", country: "KZ", terms: [[2019, 2020]] },
  // Parliament
  { name: "Омирбек Байгельди", latin: "Omirbek Baigeldi", country: "KZ", terms: [[1996, 1999]] }, // Senate chairman
  { name: "Оралбай Абдыкаримов", latin: "Oralbai Abdykarimov", country: "KZ", terms: [[1999, 2004]] }, // Senate chairman until Абыкаев (March 2004)
  { name: "Жармахан Туякбай", latin: "Zharmakhan Tuyakbay", country: "KZ", terms: [[1999, 2004]] }, // Mazhilis chairman
  { name: "Урал Мухамеджанов", latin: "Ural Mukhamedzhanov", country: "KZ", terms: [[2004, 2012]] }, // Mazhilis chairman
  { name: "Кайрат Мами", latin: "Kairat Mami", country: "KZ", terms: [[2000, 2022]], posts: [{ titles: ["председатель верховного суда"], years: [[2000, 2009], [2013, 2017]] }, { titles: ["генеральный прокурор", "генпрокурор"], years: [[2009, 2011]] }, { titles: SENATE_CHAIR, years: [[2011, 2013]] }, { titles: ["председатель конституционного совета"], years: [[2017, 2022]] }] }, // Supreme Court, prosecutor general, Senate chairman, Supreme Court, Constitutional Council
  { name: "Нурлан Нигматулин", latin: "Nurlan Nigmatulin", country: "KZ", terms: [[2012, 2022]], posts: [{ titles: MAZHILIS_CHAIR, years: [[2012, 2014], [2016, 2022]] }, { titles: HEAD_OF_ADMINISTRATION, years: [[2014, 2016]] }] }, // Mazhilis chairman, head of the Administration, Mazhilis chairman
  { name: "Кабибулла Джакупов", latin: "Kabibulla Dzhakupov", country: "KZ", terms: [[2014, 2016]] }, // Mazhilis chairman
  { name: "Маулен Ашимбаев", latin: "Maulen Ashimbayev", country: "KZ", terms: [[2020, 2030]] },
  { name: "Ерлан Кошанов", latin: "Yerlan Koshanov", country: "KZ", terms: [[2017, 2030]] }, // Karaganda akim, head of the Administration, Mazhilis chairman
  // KNB, the National Bank, the national companies
  { name: "Нартай Дутбаев", latin: "Nartai Dutbayev", country: "KZ", terms: [[2001, 2006]] }, // KNB chairman
  { name: "Амангельды Шабдарбаев", latin: "Amangeldy Shabdarbayev", country: "KZ", terms: [[2006, 2009]] }, // KNB chairman
  { name: "Адиль Шаяхметов", latin: "Adil Shayakhmetov", country: "KZ", terms: [[2009, 2010]] }, // KNB chairman
  { name: "Владимир Жумаканов", latin: "Vladimir Zhumakanov", country: "KZ", terms: [[2015, 2016]] }, // KNB chairman
  { name: "Ермек Сагимбаев", latin: "Yermek Sagimbayev", country: "KZ", terms: [[2022, 2030]] }, // KNB chairman
  { name: "Григорий Марченко", latin: "Grigori Marchenko", country: "KZ", terms: [[1999, 2004], [2009, 2013]] }, // National Bank governor
  { name: "Анвар Сайденов", latin: "Anvar Saidenov", country: "KZ", terms: [[2004, 2009]] }, // National Bank governor
  { name: "Кайрат Келимбетов", latin: "Kairat Kelimbetov", country: "KZ", terms: [[2002, 2023]], posts: [{ titles: ["министр экономики и бюджетного планирования"], years: [[2002, 2006]] }, { titles: ["… самрук-казына"], years: [[2008, 2011]] }, { titles: NATIONAL_BANK_CHAIR, years: [[2013, 2015]] }, { titles: ["… мфца", "… международного финансового центра", "… международным финансовым центром"], years: [[2015, 2023]] }] }, // economy and budget planning minister (2002–2006), Samruk-Kazyna, economy minister, deputy PM, National Bank, AIFC governor
  { name: "Данияр Акишев", latin: "Daniyar Akishev", country: "KZ", terms: [[2015, 2019]] }, // National Bank governor
  { name: "Ерболат Досаев", latin: "Yerbolat Dossayev", country: "KZ", terms: [[2012, 2025]], posts: [{ titles: ["министр экономического развития и торговли"], years: [[2012, 2013]] }, { titles: ["министр экономики и бюджетного планирования"], years: [[2013, 2014]] }, { titles: ["министр национальной экономики"], years: [[2014, 2016]] }, { titles: NATIONAL_BANK_CHAIR, years: [[2019, 2022]] }, { titles: AKIM_OF_ALMATY, years: [[2022, 2025]] }] }, // economic development and trade minister (2012), economy minister, deputy PM, National Bank governor, Almaty akim
  { name: "Галымжан Пирматов", latin: "Galymzhan Pirmatov", country: "KZ", terms: [[2022, 2023]] }, // National Bank governor
  { name: "Тимур Сулейменов", latin: "Timur Suleimenov", country: "KZ", terms: [[2016, 2030]] }, // economy minister, deputy head of the Administration, National Bank governor
  { name: "Умирзак Шукеев", latin: "Umirzak Shukeyev", country: "KZ", terms: [[2011, 2022]] }, // head of Samruk-Kazyna, first deputy PM, Turkistan akim (February 2019 – August 2022)
  { name: "Ахметжан Есимов", latin: "Akhmetzhan Yessimov", country: "KZ", terms: [[2006, 2021]] }, // agriculture minister, Almaty akim, EXPO-2017, head of Samruk-Kazyna
  { name: "Алмасадам Саткалиев", latin: "Almasadam Satkaliyev", country: "KZ", terms: [[2021, 2025]], posts: [{ titles: ["… самрук-казына"], years: [[2021, 2023]] }, { titles: ENERGY_MINISTER, years: [[2023, 2025]] }] }, // head of Samruk-Kazyna, then energy minister
  { name: "Нурлан Жакупов", latin: "Nurlan Zhakupov", country: "KZ", terms: [[2023, 2030]] }, // head of Samruk-Kazyna after Саткалиев
  { name: "Сауат Мынбаев", latin: "Sauat Mynbayev", country: "KZ", terms: [[2007, 2018]], posts: [{ titles: ["министр энергетики и минеральных ресурсов", "министр энергетики"], years: [[2007, 2010]] }, { titles: ["министр нефти и газа"], years: [[2010, 2013]] }, { titles: KMG_HEAD, years: [[2013, 2018]] }] }, // energy and oil and gas minister, head of KazMunayGas
  { name: "Алик Айдарбаев", latin: "Alik Aidarbayev", country: "KZ", terms: [[2013, 2022]] }, // Mangystau akim, then head of KazMunayGas
  { name: "Магзум Мирзагалиев", latin: "Magzum Mirzagaliyev", country: "KZ", terms: [[2019, 2023]] }, // ecology minister, energy minister, head of KazMunayGas
  { name: "Асхат Хасенов", latin: "Askhat Khassenov", country: "KZ", terms: [[2023, 2030]] }, // head of KazMunayGas
  { name: "Мухтар Джакишев", latin: "Mukhtar Dzhakishev", country: "KZ", terms: [[1998, 2009]] }, // head of Kazatomprom
  { name: "Владимир Школьник", latin: "Vladimir Shkolnik", country: "KZ", terms: [[1999, 2016]] }, // energy and industry minister, Administration, head of Kazatomprom, energy minister
];
