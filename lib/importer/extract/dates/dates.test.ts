import { describe, expect, it } from "vitest";
import { findDates, findPublicationDate, mentionedYears, newsDayOfPage } from ".";
import { eraOf } from "./era";
import { inferYearFromWeekday } from "./infer-year";

const pub = "2026-02-05"; // a Thursday
const one = (text: string, tense: "past" | "future" = "past", publishedOn: string | null = pub) => {
  const found = findDates(text, { publishedOn, tense });
  expect(found).toHaveLength(1);
  const [d] = found;
  return { date: d?.date, precision: d?.precision, source: d?.source };
};

describe("explicit dates", () => {
  it.each([
    ["подписан 5 ноября 2025 года в Вашингтоне", "2025-11-05", "day"],
    ["встреча 5–6 февраля 2026 г. прошла", "2026-02-05", "day"],
    ["конференция пройдет с 18 по 22 марта в Хьюстоне", "2026-03-18", "day"],
    ["документ от 05.02.2026 вступил в силу", "2026-02-05", "day"],
    ["визит запланирован в марте 2026 года", "2026-03-01", "month"],
    ["саммит пройдет в начале марта", "2026-03-01", "month"],
    ["в 2025 году товарооборот вырос", "2025-01-01", "year"],
    ["визит планируется в первой половине 2026 года", "2026-01-01", "year"],
    ["заседание пройдет в первом полугодии 2020 года", "2020-01-01", "year"],
    ["заседание комиссии проведут в первом квартале 2018 года", "2018-01-01", "year"],
    ["раунд диалога перенесен на первый квартал 2027 года", "2027-01-01", "year"],
    ["встреча намечена на конец 2026 года", "2026-01-01", "year"],
  ])("%s", (text, date, precision) => {
    expect(one(text, "future")).toEqual({ date, precision, source: "explicit" });
  });
  it("takes a missing year from publication, a year back for a past event months ahead", () => {
    expect(one("встреча состоялась 3 февраля").date).toBe("2026-02-03");
    expect(one("встреча состоялась 12 декабря").date).toBe("2025-12-12");
    expect(one("встреча состоялась 12 декабря", "past", null).date).toBeNull();
  });
  it("does not read a city as a month", () => {
    expect(findDates("саммит в Майами", { publishedOn: pub, tense: "future" })).toEqual([]);
  });
});

describe("relative dates", () => {
  it.each([
    ["Накануне министр провел встречу", "2026-02-04", "day"],
    ["вчера стороны обсудили", "2026-02-04", "day"],
    ["сегодня состоялась встреча", "2026-02-05", "day"],
    ["во вторник министр встретился", "2026-02-03", "day"],
    ["в четверг министр встретился", "2026-02-05", "day"],
    ["в прошлом году товарооборот вырос", "2025-01-01", "year"],
    ["в следующем месяце планируется визит", "2026-03-01", "month"],
    ["визит ожидается в первой половине следующего года", "2027-01-01", "year"],
    ["визит ожидается в первом полугодии следующего года", "2027-01-01", "year"],
    ["в первом полугодии Караганду намерен посетить министр", "2026-01-01", "year"],
    ["заседание рабочей группы проведут в первом квартале следующего года", "2027-01-01", "year"],
    ["очередное заседание Диалога пройдет во второй половине года", "2026-01-01", "year"],
    ["визит ожидается в четвертом квартале", "2026-01-01", "year"],
    ["в конце прошлого года министры встретились", "2025-01-01", "year"],
    ["в начале текущего месяца прошли консультации", "2026-02-01", "month"],
    ["меморандум планируется подписать до конца года", "2026-01-01", "year"],
    ["визит перенесен на следующий год", "2027-01-01", "year"],
  ])("%s", (text, date, precision) => {
    expect(one(text)).toEqual({ date, precision, source: "relative" });
  });
  it("dates an event by its month's adjective («январский визит», «ноябрьские переговоры»)", () => {
    expect(one("январский визит президента в Вашингтон")).toEqual({ date: "2026-01-01", precision: "month", source: "explicit" });
    expect(one("ноябрьские переговоры министров")).toEqual({ date: "2025-11-01", precision: "month", source: "explicit" });
    expect(findDates("майские праздники прошли спокойно", { publishedOn: pub, tense: "past" })).toEqual([]);
  });
  it("dates a season of a year at the year's precision («весной 2020 года», «осенью текущего года», «на весну следующего года»)", () => {
    expect(one("визит запланирован на весну 2020 года", "future")).toEqual({ date: "2020-01-01", precision: "year", source: "explicit" });
    expect(one("министр посетит США осенью текущего года", "future")).toEqual({ date: "2026-01-01", precision: "year", source: "relative" });
    expect(one("раунд решено провести на весну следующего года", "future")).toEqual({ date: "2027-01-01", precision: "year", source: "relative" });
    expect(findDates("министр посетит США осенью", { publishedOn: pub, tense: "future" })).toEqual([]);
  });
  it("looks ahead for planned events", () => {
    expect(one("во вторник министр посетит Астану", "future").date).toBe("2026-02-10");
    // A Thursday story: «позднее в четверг» is later that day, «в следующий четверг» the next week.
    expect(one("позднее в четверг министр проведет переговоры", "future").date).toBe("2026-02-05");
    expect(one("в следующий четверг министр посетит Астану", "future").date).toBe("2026-02-12");
  });
  it("reports a past week inside one month at month precision", () => {
    expect(one("на прошлой неделе министры встретились", "past", "2026-02-12")).toEqual({ date: "2026-02-01", precision: "month", source: "relative" });
  });
  it("leaves a week across two months without a date rather than inventing a month", () => {
    expect(one("на прошлой неделе министры встретились", "past", "2026-03-04").date).toBeNull();
  });
  it("does not read `накануне визита` as yesterday", () => {
    expect(findDates("накануне визита министр заявил", { publishedOn: pub, tense: "past" })).toEqual([]);
    expect(findDates("накануне официальных встреч гость провел рабочий ужин", { publishedOn: pub, tense: "past" })).toEqual([]);
    expect(findDates("Накануне открытия министр встретился с дипломатом", { publishedOn: pub, tense: "past" })).toEqual([]);
  });
  it("dates a weekday spent somewhere, told in the accusative at the sentence's opening («Среду премьер провел в Нью-Йорке»)", () => {
    expect(one("Среду премьер провел в Нью-Йорке, где принял руководителей компаний", "past", "1996-10-04")).toEqual({ date: "1996-10-02", precision: "day", source: "relative" });
    expect(one("Весь вторник министр провел в переговорах", "past", "1996-10-04")).toEqual({ date: "1996-10-01", precision: "day", source: "relative" });
    expect(findDates("Пятницу здесь называют днем отдыха", { publishedOn: "1996-10-04", tense: "past" })).toEqual([]);
  });

  it("dates `в минувшие выходные` by the last Saturday before publication", () => {
    expect(one("В минувшие выходные посол посетил Костанай", "past", "2016-05-23")).toEqual({ date: "2016-05-21", precision: "day", source: "relative" });
    expect(one("в прошлые выходные посол посетил Костанай")).toEqual({ date: "2026-01-31", precision: "day", source: "relative" });
  });
  it("takes the day spelt out after `накануне,` for the date, not the day before publication", () => {
    expect(one("Накануне, 3 февраля, в Астане посол вручил копии верительных грамот")).toEqual({ date: "2026-02-03", precision: "day", source: "explicit" });
  });
  it("keeps an unresolvable phrase with a null date", () => {
    expect(one("накануне министр провел встречу", "past", null)).toEqual({ date: null, precision: "day", source: "relative" });
  });
});

describe("year inference", () => {
  it("finds the year in which the weekday fits, near the mentioned years", () => {
    expect(inferYearFromWeekday(5, 2, 4, { years: [2025, 2026], ahead: [], notBefore: null })).toBe(2026);
  });
  it("gives up without a mentioned year, never goes before a past event's year, and looks a decade past it", () => {
    expect(inferYearFromWeekday(5, 2, 4, { years: [], ahead: [], notBefore: null })).toBeNull();
    // 27 October is a Monday in 2014 (before the event: never) and next in 2025, within the decade after.
    expect(inferYearFromWeekday(27, 10, 1, { years: [2015], ahead: [], notBefore: 2015 })).toBe(2025);
    // 10 March is a Thursday in 2016 and 2022: two fits in the decade after a 2014 event, so no year.
    expect(inferYearFromWeekday(10, 3, 4, { years: [2014], ahead: [], notBefore: 2014 })).toBeNull();
  });
  it("marks the year of a bid as ahead («добивается председательства в ОБСЕ в 2009 году»)", () => {
    expect(mentionedYears(["Казахстан добивается председательства в ОБСЕ в 2009 году", "Астана подала заявку на проведение саммита в 2012 году"]).ahead).toEqual([2009, 2012]);
    expect(mentionedYears(["Окончательное решение о председательстве 2009 года отложено."]).ahead).toEqual([2009]);
  });
  it("counts a year of results and marks a year named only for what is to come", () => {
    expect(mentionedYears(["товарооборот по итогам 2025 года вырос", "саммит, который пройдет в Токио в 2027 году"])).toEqual({
      years: [2025, 2027],
      ahead: [2027],
      notBefore: null,
    });
  });
  it("reads a year's results opening a sentence («По итогам 2025 года товарооборот … вырос») as told after that year", () => {
    expect(mentionedYears(["По итогам 2025 года товарооборот Казахстана и США заметно вырос, отметили в МИД."]).notBefore).toBe(2026);
  });
  it("does not take a decade (`в начале 1990-х годов`) for a year", () => {
    expect(mentionedYears(["отказ от ядерного арсенала в начале 1990-х годов", "в 2000-е годы", "с 1990-ми"]).years).toEqual([]);
  });
  it("skips horizons and notes years of past events", () => {
    expect(mentionedYears(["стратегия до 2060 года", "форум был учрежден в 2015 году", "в 2023/2024 учебном году"])).toEqual({
      years: [2015, 2023, 2024],
      ahead: [],
      notBefore: 2015,
      notAfter: 2060,
    });
  });
  it("marks the year of a meeting the sides agreed to hold next as ahead", () => {
    expect(mentionedYears(["Стороны договорились провести следующую встречу в очном формате в 2021 году."]).ahead).toEqual([2021]);
  });
  it("tells a page's news day from the dateline opening its first paragraph, a day to a week before the header", () => {
    const dateline = (day: number, month: number) => ({ place: "Астана", day, month, year: null, source: null, length: 0 });
    expect(newsDayOfPage("1998-11-18", dateline(17, 11))).toBe("1998-11-17");
    expect(newsDayOfPage("2020-01-03", dateline(30, 12))).toBe("2019-12-30");
    expect(newsDayOfPage("1998-11-18", dateline(18, 11))).toBeNull();
    expect(newsDayOfPage("1998-11-18", dateline(2, 11))).toBeNull();
    expect(newsDayOfPage(null, dateline(17, 11))).toBeNull();
  });
  it("dates a 1990s wire story by the people in office and its weekday (Gore and Chernomyrdin, Monday 13 December → 1993)", () => {
    const texts = ["АЛМА-АТА, 13 декабря. Вице-президент США Альберт Гор, прибывший в понедельник из Москвы, где встречался с Виктором Черномырдиным, провел переговоры с Нурсултаном Назарбаевым."];
    const years = { ...mentionedYears(texts), era: eraOf([{ name: "Альберт Гор" }, { name: "Виктор Черномырдин" }, { name: "Нурсултан Назарбаев" }], texts, mentionedYears(texts)) };
    expect(findPublicationDate(null, { place: "Алма-Ата", day: 13, month: 12, year: null, source: null, length: 0 }, texts, years).date).toBe("1993-12-13");
  });
  it("dates a wire story by the people in office, not by a year long before them that its weekday fits (`с 1996 года`)", () => {
    const texts = [
      "Министр национальной экономики Казахстана Ерболат Досаев во вторник провел в Женеве переговоры с заместителем торгового представителя США Майклом Пунке.",
      "Как сообщалось, Казахстан ведет переговоры о вступлении в ВТО с 1996 года.",
    ];
    const mentioned = mentionedYears(texts);
    const years = { ...mentioned, era: eraOf([{ name: "Ерболат Досаев", title: "министр национальной экономики Казахстана" }, { name: "Майкл Пунке" }], texts, mentioned) };
    expect(findPublicationDate(null, { place: "Астана", day: 5, month: 11, year: null, source: null, length: 0 }, texts, years).date).toBe("2014-11-05");
  });
  it("dates a story by the weekday of its telling («Об этом в среду, 7 апреля, сообщил»), not of the event it announces first", () => {
    const texts = [
      "Президент Казахстана Нурсултан Назарбаев и Президент США Барак Обама проведут двусторонние переговоры в воскресенье, 11 апреля, в Вашингтоне.",
      "Об этом в среду, 7 апреля, сообщил журналистам официальный представитель Белого дома Роберт Гиббс.",
      "Саммит по ядерной безопасности пройдет 12–13 апреля 2010 года.",
    ];
    const mentioned = mentionedYears(texts);
    const officials = [{ name: "Нурсултан Назарбаев" }, { name: "Барак Обама" }];
    expect(findPublicationDate(null, null, texts, { ...mentioned, era: eraOf(officials, texts, mentioned) }).date).toBe("2010-04-07");
  });
  it("knows Rick Perry as governor of Texas before he was secretary of energy (Friday 13 May with Idrissov ambassador → 2011)", () => {
    const texts = ["Посол Казахстана в США Ерлан Идрисов в пятницу, 13 мая, завершил поездку по Техасу, где его принял губернатор штата Рик Перри."];
    const mentioned = mentionedYears(texts);
    const officials = [{ name: "Ерлан Идрисов", title: "Посол Казахстана в США" }, { name: "Рик Перри" }];
    expect(findPublicationDate(null, null, texts, { ...mentioned, era: eraOf(officials, texts, mentioned) }).date).toBe("2011-05-13");
  });
  it("dates a wire story filed from «АСТАНА» outside the years the capital was Nur-Sultan", () => {
    // Rakhmetullin (2020–) and Zeya (2021–2025): 17 November fits a Wednesday in 2021, when the capital was
    // Nur-Sultan; under an «АСТАНА» dateline the story is of 2022, its Wednesday the day before.
    const texts = ["Первый заместитель министра иностранных дел Казахстана Акан Рахметуллин и заместитель госсекретаря США Узра Зея провели в среду политические консультации."];
    const mentioned = mentionedYears(texts);
    const officials = [{ name: "Акан Рахметуллин" }, { name: "Узра Зея" }];
    const dateline = { place: "Астана", day: 17, month: 11, year: null, source: null, length: 0 };
    expect(findPublicationDate(null, dateline, texts, { ...mentioned, era: eraOf(officials, texts, mentioned, "Астана") }).date).toBe("2022-11-17");
    expect(findPublicationDate(null, { ...dateline, place: "Нур-Султан" }, texts, { ...mentioned, era: eraOf(officials, texts, mentioned, "Нур-Султан") }).date).toBe("2021-11-17");
  });
  it("takes a horizon (`до конца 2011 года`) for the latest year the story can be from", () => {
    // Tuesday 22 March: 2011 or 2016 while Masimov was prime minister; the horizon leaves 2011.
    const texts = ["Министр во вторник, 22 марта, принял гостя.", "Премьер-министр Карим Масимов рассчитывает до конца 2011 года завершить переговоры."];
    const mentioned = mentionedYears(texts);
    expect(mentioned.notAfter).toBe(2011);
    expect(findPublicationDate(null, null, texts, { ...mentioned, era: eraOf([{ name: "Карим Масимов" }], texts, mentioned) }).date).toBe("2011-03-22");
  });
  it("bounds a dateline without weekday by a horizon too, and takes «условились провести … в 1999 году» for a year ahead", () => {
    // Richardson (1998–2001) and Balgimbayev as prime minister (1997–1999): 1998 or 1999; the horizon leaves 1998.
    const texts = [
      "Астана, 20 ноября. Президент Нурсултан Назарбаев принял министра энергетики США Билла Ричардсона. Затем прошли переговоры у премьер-министра Нурлана Балгимбаева.",
      "Объем американских инвестиций к концу 1998 года, по оценкам правительства, превысит пять миллиардов долларов.",
      "Стороны условились провести очередное заседание совместной комиссии по энергетическому сотрудничеству в Вашингтоне в 1999 году.",
    ];
    const mentioned = mentionedYears(texts);
    expect(mentioned.ahead).toEqual([1999]);
    const officials = [{ name: "Нурсултан Назарбаев" }, { name: "Билл Ричардсон" }, { name: "Нурлан Балгимбаев", title: "премьер-министр" }];
    const dateline = { place: "Астана", day: 20, month: 11, year: null, source: null, length: 0 };
    expect(findPublicationDate(null, dateline, texts, { ...mentioned, era: eraOf(officials, texts, mentioned, "Астана") }).date).toBe("1998-11-20");
  });
  it("lets the mentioned years date a weekday past the end of a term the table closes (Takiyev, Tuesday 20 January after «в конце 2025 года» → 2026)", () => {
    const texts = ["Министр финансов Мади Такиев во вторник, 20 января, встретился с послом США Джули Стаффт.", "Посол прибыла в Астану в конце 2025 года."];
    const mentioned = mentionedYears(texts);
    const officials = [{ name: "Мади Такиев" }, { name: "Джули Стаффт" }];
    const dateline = { place: "Астана", day: 20, month: 1, year: null, source: null, length: 0 };
    expect(findPublicationDate(null, dateline, texts, { ...mentioned, era: eraOf(officials, texts, mentioned, "Астана") }).date).toBe("2026-01-20");
  });
  it("dates a story by the years of the post the title names, not the person's whole career", () => {
    // Tokayev's terms run 1994–2030; as foreign minister 1994–1999 and 2002–2007, and Thursday 19 February
    // fell in 1998 and 2004 of those: the later. By his whole career it would be the latest such Thursday.
    const tokayev = ["Министр иностранных дел Казахстана Касым-Жомарт Токаев в четверг, 19 февраля, встретился в Астане с помощником госсекретаря США Лорном Крейнером."];
    const fm = mentionedYears(tokayev);
    const era = eraOf([{ name: "Касым-Жомарт Токаев", title: "Министр иностранных дел Казахстана" }], tokayev, fm);
    expect(findPublicationDate(null, null, tokayev, { ...fm, era }).date).toBe("2004-02-19");
    // Tasmagambetov was prime minister January 2002 – June 2003: Wednesday 14 May is 2003.
    const pm = ["Премьер-министр Имангали Тасмагамбетов в среду, 14 мая, принял делегацию конгресса США."];
    const mentioned = mentionedYears(pm);
    const pmEra = eraOf([{ name: "Имангали Тасмагамбетов", title: "Премьер-министр" }], pm, mentioned);
    expect(pmEra).toEqual([2002, 2003]);
    expect(findPublicationDate(null, null, pm, { ...mentioned, era: pmEra }).date).toBe("2003-05-14");
  });
  it("takes the person's whole terms when the title names none of their posts, and from their first term on when it looks back at one", () => {
    const texts = ["Имангали Тасмагамбетов в среду, 14 мая, принял делегацию конгресса США."];
    const whole = eraOf([{ name: "Имангали Тасмагамбетов" }], texts, mentionedYears(texts));
    expect(whole).toEqual(Array.from({ length: 21 }, (_, i) => 1999 + i));
    expect(eraOf([{ name: "Имангали Тасмагамбетов", title: "глава делегации" }], texts, mentionedYears(texts))).toEqual(whole);
    expect(eraOf([{ name: "Имангали Тасмагамбетов", title: "бывший премьер-министр" }], texts, mentionedYears(texts))).toEqual(Array.from({ length: new Date().getUTCFullYear() + 2 - 1999 }, (_, i) => 1999 + i));
    // `заместитель премьер-министра – министр иностранных дел` is the foreign minister's post, not the prime minister's.
    expect(eraOf([{ name: "Касым-Жомарт Токаев", title: "заместитель премьер-министра – министр иностранных дел" }], texts, mentionedYears(texts))).toEqual([1994, 1995, 1996, 1997, 1998, 1999, 2002, 2003, 2004, 2005, 2006, 2007]);
    // The Kazakh ambassador to the US, then foreign minister again.
    expect(eraOf([{ name: "Ерлан Идрисов", title: "Посол Казахстана в США" }], texts, mentionedYears(texts))).toEqual([2007, 2008, 2009, 2010, 2011, 2012]);
    // The under secretary for political affairs is not the deputy secretary.
    expect(eraOf([{ name: "Уильям Бернс", title: "заместитель госсекретаря США по политическим вопросам" }], texts, mentionedYears(texts))).toEqual([2008, 2009, 2010, 2011]);
  });
  it("takes a whole year's figure (`в 2017 году товарооборот составил`) for a year already over", () => {
    const texts = ["Министр в четверг провел встречу с деловыми кругами.", "Справочно: в 2017 году товарооборот между Казахстаном и США составил 1,88 млрд долларов."];
    expect(mentionedYears(texts).notBefore).toBe(2018);
    // Thursday 28 September is 2017; the figure for 2017 rules it out, the day before in 2018 remains.
    expect(inferYearFromWeekday(28, 9, 4, { ...mentionedYears(texts), era: [2016, 2017, 2018] })).toBeNull();
  });
  it("takes an exhibition named by its year (`ЭКСПО-2017`) for one still ahead", () => {
    expect(mentionedYears(["Председатель правления АО «НК «Астана ЭКСПО-2017» встретился с послом."]).ahead).toEqual([2017]);
  });
  it("takes the end of a reported span (`с 2005 по 2015 год`) for the earliest year, not a horizon", () => {
    const texts = ["Министр во вторник провел переговоры с гостем.", "Американские компании с 2005 по 2015 год инвестировали в экономику Казахстана свыше $50 млрд."];
    const mentioned = mentionedYears(texts);
    expect(mentioned.notAfter).toBeUndefined();
    expect(mentioned.notBefore).toBe(2015);
  });
  it("dates a dateline with no year by the month and year of what it announces", () => {
    const texts = ["АСТАНА, 29 января – Министр на следующей неделе посетит Вашингтон.", "Министр обсудит подготовку к саммиту, который пройдет в декабре 2026 года."];
    expect(mentionedYears(texts).aheadMonths).toEqual([{ year: 2026, month: 12 }]);
    const dateline = { place: "Астана", day: 29, month: 1, year: null, source: null, length: 0 };
    expect(findPublicationDate(null, dateline, texts, mentionedYears(texts)).date).toBe("2026-01-29");
    // A November story announcing a March summit is from the year before it.
    const later = ["Саммит пройдет в марте 2027 года."];
    expect(findPublicationDate(null, { ...dateline, day: 20, month: 11 }, later, mentionedYears(later)).date).toBe("2026-11-20");
  });
  it("takes the year of a recalled event («Напомним, …») as past when the story is written", () => {
    expect(mentionedYears(["Напомним, в марте 2024 года делегация посетила Астану."]).notBefore).toBe(2024);
    // Thursday 14 May: 2020 or 2026; the story recalls 2024, so it is later.
    const texts = ["Спикер посетит США, сообщила в четверг, 14 мая, пресс-служба.", "Напомним, в марте 2024 года делегация посетила Астану."];
    expect(findPublicationDate(null, null, texts, mentionedYears(texts))).toEqual({ date: "2026-05-14", source: "weekday" });
  });
});

describe("publication date", () => {
  const years = (texts: string[]) => mentionedYears(texts);
  it("prefers the header", () => {
    expect(findPublicationDate("2026-02-05", null, [], years([]))).toEqual({ date: "2026-02-05", source: "header" });
  });
  it("infers the seed's `в четверг, 5 февраля` as 2026", () => {
    const texts = ["Об этом в четверг, 5 февраля сообщается.", "визита в ноябре 2025 года", "саммит в декабре 2026 года"];
    expect(findPublicationDate(null, null, texts, years(texts))).toEqual({ date: "2026-02-05", source: "weekday" });
  });
  it("reads a dateline with the year from the text", () => {
    const dateline = { place: "Астана", day: 23, month: 8, year: null, source: "КазТАГ", length: 30 };
    const texts = ["по итогам первого полугодия 2024 года"];
    expect(findPublicationDate(null, dateline, texts, years(texts))).toEqual({ date: "2024-08-23", source: "dateline" });
  });
  it("does not date a dateline by a year still to come; the opening's weekday decides", () => {
    const dateline = { place: "Астана", day: 17, month: 4, year: null, source: "Интерфакс", length: 30 };
    const texts = ["Заголовок", "Министры провели в пятницу консультации.", "Саммит пройдет в Токио в 2027 году."];
    expect(findPublicationDate(null, dateline, texts, years(texts))).toEqual({ date: "2026-04-17", source: "dateline" });
    // A year's results are reported the next spring: the weekday of the dateline's day (Friday 17 April
    // is 2026, not 2025) outweighs the latest year the text names.
    const past = [...texts, "Товарооборот по итогам 2025 года вырос."];
    expect(findPublicationDate(null, dateline, past, years(past))).toEqual({ date: "2026-04-17", source: "dateline" });
  });
  it("takes a full date opening the story, else null", () => {
    const texts = ["Заголовок", "12 марта 2025 года состоялся раунд консультаций."];
    expect(findPublicationDate(null, null, texts, years(texts))).toEqual({ date: "2025-03-12", source: "explicit" });
    expect(findPublicationDate(null, null, ["Во вторник министр встретился с послом."], years([]))).toEqual({ date: null, source: null });
  });
  it("reads an opening weekday as the dateline's day or the day before it, whichever falls in a year the text reports", () => {
    const dateline = { place: "Нур-Султан", day: 14, month: 9, year: null, source: "Sputnik", length: 30 };
    // Monday 13 September 2021: the meeting was the day before the story; 14 September 2020 (a Monday too) is not named.
    const texts = ["Заголовок", "Министры в понедельник провели встречу.", "Сотрудничество развивается с 2003 года, в 2021 году подписан план."];
    expect(findPublicationDate(null, dateline, texts, years(texts))).toEqual({ date: "2021-09-14", source: "dateline" });
  });
  it("does not date a story before a year it reports as done, though its weekday fits the dateline's day then", () => {
    const dateline = { place: "Астана", day: 17, month: 10, year: null, source: "КазТАГ", length: 30 };
    // Wednesday 17 October is 2018; Wednesday 16 October, the day before, 2024 — after `В 2023 году … обеспечил`.
    const texts = ["Заголовок", "Посол в среду встретился с губернатором штата.", "В 2023 году Казахстан обеспечил около 43% мировой добычи урана."];
    expect(findPublicationDate(null, dateline, texts, { ...years(texts), era: Array.from({ length: 15 }, (_, k) => 2016 + k) })).toEqual({ date: "2024-10-17", source: "dateline" });
  });
  it("reads the opening weekday as the day before the dateline when a later weekday is told as done", () => {
    const dateline = { place: "Нью-Йорк", day: 20, month: 9, year: null, source: null, length: 0 };
    // Tuesday 20 September is 2022, Tuesday 19 September 2023; both fit the era, and «В среду … принимал»
    // told as done is the dateline's own day in 2023, six days old in 2022.
    const texts = ["Заголовок", "Во вторник прошел саммит.", "В среду президент поочередно принимал руководителей компаний."];
    expect(findPublicationDate(null, dateline, texts, { ...years(texts), era: [2022, 2023] })).toEqual({ date: "2023-09-20", source: "dateline" });
  });
  it("dates a dateline by the weekday of the day it announces («Астана. 26 июня. – … в среду, 27 июня, прибудет»)", () => {
    const dateline = { place: "Астана", day: 26, month: 6, year: null, source: "ИНТЕРФАКС", length: 30 };
    const texts = ["Заголовок", "Замгоссекретаря в среду, 27 июня, прибудет в Астану.", "В предыдущий раз он был здесь в 2009 году."];
    // The people in office allow 2011–2014; 27 June was a Wednesday in 2012 alone.
    expect(findPublicationDate(null, dateline, texts, { ...years(texts), era: [2011, 2012, 2013, 2014] })).toEqual({ date: "2012-06-26", source: "dateline" });
  });
  it("takes a year followed by a future verb (`в 2010 году станет`) for one still ahead", () => {
    expect(mentionedYears(["Казахстан в 2010 году станет первым государством СНГ, председательствующим в ОБСЕ."]).ahead).toEqual([2010]);
  });
  it("takes the end of a plan's period (`на 2013–2017 годы`) for no year the story was written in", () => {
    expect(mentionedYears(["Сотрудничество строится на пятилетнем плане на 2013–2017 годы."]).years).toEqual([2013]);
  });
  it("takes no year from a programme named by its target year", () => {
    expect(mentionedYears(["Министр рассказал о ходе программы «Информационный Казахстан – 2020».", "Он напомнил о Стратегии «Казахстан-2050» и Стратегии-2030."]).years).toEqual([]);
    expect(mentionedYears(["Учения «Степной орел – 2025» прошли в августе."]).years).toEqual([2025]);
  });
  it("lets the terms of most people named decide when one person's disagrees, but not one against one", () => {
    // Idrissov 1999–2002 and 2007–2016, Kerry 2013–2017 and 2021–2024, the capital Nur-Sultan 2019–2022: no year
    // suits all three; two agree on 2013–2016 (the people) and on 2021–2022 (Kerry and the capital).
    expect(eraOf([{ name: "Ерлан Идрисов" }, { name: "Джон Керри" }], ["НУР-СУЛТАН, 14 октября – Министр …"], mentionedYears([]))).toEqual([2013, 2014, 2015, 2016, 2021, 2022]);
    expect(eraOf([{ name: "Ерлан Идрисов" }], ["НУР-СУЛТАН, 14 октября – Министр …"], mentionedYears([]))).toBeNull();
  });
  it("dates a story filed from НУР-СУЛТАН by the years the capital bore that name", () => {
    const texts = ["Заголовок", "Министр в пятницу провел видеоконференцию с директором агентства США."];
    const era = eraOf([], [...texts, "Нур-Султан"], mentionedYears(texts));
    const dateline = { place: "Нур-Султан", day: 17, month: 4, year: null, source: "ТЕНГРИНЬЮС", length: 40 };
    // 17 April fell on a Friday in 2020 alone of 2019–2022.
    expect(findPublicationDate(null, dateline, texts, { ...mentionedYears(texts), era })).toEqual({ date: "2020-04-17", source: "dateline" });
    expect(eraOf([], ["НУР-СУЛТАН, 14 октября – Министр …"], mentionedYears([]))).toEqual([2019, 2020, 2021, 2022]);
  });
  it("takes the day before the dateline when only it fits the years the text allows", () => {
    const dateline = { place: "Астана", day: 17, month: 10, year: null, source: "КазТАГ", length: 30 };
    // 16 October 2024 was a Wednesday; no 17 October of 2021–2024 was one.
    const texts = ["Заголовок", "Посол в среду встретился с губернатором.", "В 2023 году Казахстан обеспечил 43% мировой добычи урана."];
    expect(findPublicationDate(null, dateline, texts, years(texts))).toEqual({ date: "2024-10-17", source: "dateline" });
  });
  it("dates a story after the only year it names when the people in office say it is later", () => {
    const dateline = { place: "Нур-Султан", day: 25, month: 9, year: null, source: "Sputnik", length: 30 };
    const texts = ["Заголовок", "Впервые они встретились в 2018 году."];
    expect(findPublicationDate(null, dateline, texts, { ...years(texts), era: [2019, 2020, 2021, 2022] })).toEqual({ date: "2019-09-25", source: "dateline" });
  });
  it("knows a person's separate terms: Kerry as Secretary (2013–2017) and as climate envoy (2021–2024)", () => {
    const texts = ["Джон Керри во вторник, 5 декабря, провел встречу в Дубае."];
    const era = eraOf([{ name: "Джон Керри" }], texts, mentionedYears(texts));
    expect(era).not.toContain(2019);
    // 5 December fell on a Tuesday in 2017 and in 2023: both are Kerry's years; with no year named at all,
    // the later one (stories reach the archive around their publication).
    expect(findPublicationDate(null, null, texts, { ...mentionedYears(texts), era })).toEqual({ date: "2023-12-05", source: "weekday" });
  });
  it("reads the year of a numbered UN General Assembly session or climate COP", () => {
    expect(mentionedYears(["на полях 79-й сессии Генеральной Ассамблеи ООН"]).years).toEqual([2024]);
    expect(mentionedYears(["в кулуарах 78-й сессии ГА ООН"]).years).toEqual([2023]);
    expect(mentionedYears(["на 28-й Конференции сторон Рамочной конвенции ООН об изменении климата (COP28)"]).years).toEqual([2023]);
    expect(mentionedYears(["на COP21 в Париже"]).years).toEqual([2015]);
    expect(mentionedYears(["на полях COP-29 в Баку"]).years).toEqual([2024]);
  });
  it("reads an anniversary of independence as its year, and ignores a year from before anyone named held office", () => {
    expect(mentionedYears(["Поездка приурочена к 25-летию независимости центральноазиатских государств."]).years).toEqual([2016]);
    expect(mentionedYears(["в преддверии 30-летия установления дипломатических отношений"]).years).toEqual([2021]);
    expect(mentionedYears(["Он осмотрит площадку будущей выставки ЭКСПО-2017."]).ahead).toEqual([2017]);
    const dateline = { place: "Астана", day: 21, month: 10, year: null, source: "KAZAKHSTAN TODAY", length: 40 };
    const texts = ["Заголовок", "Госсекретарь Джон Керри посетит мемориал памяти жертв событий 1916 года."];
    const era = eraOf([{ name: "Джон Керри" }], texts, mentionedYears(texts));
    expect(findPublicationDate(null, dateline, texts, { ...mentionedYears(texts), era })).toEqual({ date: null, source: null });
  });
  it("lets the people's terms decide when the only year named is long before them (a charter «подписанной в 1994 году»)", () => {
    const dateline = { place: "Астана", day: 20, month: 3, year: null, source: "КАЗИНФОРМ", length: 30 };
    const texts = ["Заголовок", "Министр иностранных дел РК Ерлан Идрисов в четверг встретился с послом.", "Он напомнил о Хартии, подписанной двумя странами в 1994 году."];
    // 20 March fell on a Thursday in 2008 and in 2014, both in Idrisov's term (2007–2016): the later one.
    expect(findPublicationDate(null, dateline, texts, { ...mentionedYears(texts), era: [2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016] })).toEqual({ date: "2014-03-20", source: "dateline" });
  });
  it("does not let a document's old year outweigh the people in office", () => {
    const dateline = { place: "Бишкек", day: 31, month: 10, year: null, source: "КазТАГ", length: 29 };
    // 31 October 2015 was a Saturday, in Kerry's years as Secretary; 30 October 1993 was one too.
    const texts = ["Заголовок", "Государственный секретарь США Джон Керри в субботу провел переговоры.", "Отношения осложнились после денонсации соглашения 1993 года."];
    const era = eraOf([{ name: "Джон Керри" }, { name: "Ислам Каримов" }], texts, mentionedYears(texts));
    expect(findPublicationDate(null, dateline, texts, { ...mentionedYears(texts), era })).toEqual({ date: "2015-10-31", source: "dateline" });
  });
  it("does not let someone named as history narrow when the story was written", () => {
    const texts = ["Президент Узбекистана Шавкат Мирзиёев в среду, 16 мая, провел переговоры в Белом доме.", "В 2002 году Ислам Каримов уже бывал в Вашингтоне, а в январе 2018 года там принимали Нурсултана Назарбаева."];
    const era = eraOf([{ name: "Шавкат Мирзиёев" }, { name: "Ислам Каримов" }, { name: "Нурсултан Назарбаев" }], texts, mentionedYears(texts));
    expect(findPublicationDate(null, null, texts, { ...mentionedYears(texts), era })).toEqual({ date: "2018-05-16", source: "weekday" });
  });
  it("knows the younger Bush as governor of Texas (1995–2000), so a story of 1997 naming him there is not of 1993 or 2001", () => {
    const texts = ["Завтра Нурсултан Назарбаев вылетает в Хьюстон, где его примет губернатор Техаса Джордж Буш."];
    const mentioned = mentionedYears(texts);
    const era = eraOf([{ name: "Альберт Гор" }, { name: "Билл Клинтон" }, { name: "Джордж Буш", title: "губернатор Техаса" }], texts, mentioned);
    expect(era).toContain(1997);
    expect(era).not.toContain(1993);
  });
  it("takes no clue from one titled as out of office («бывшему сенатору Сэму Нанну»): the story is later than their terms", () => {
    const texts = ["ВАШИНГТОН, 22 декабря. Назарбаев вручил ордена сенатору Ричарду Лугару и бывшему сенатору Сэму Нанну."];
    const era = eraOf([{ name: "Билл Клинтон" }, { name: "Ричард Лугар", title: "сенатор" }, { name: "Сэм Нанн", title: "бывший сенатор" }], texts, mentionedYears(texts));
    expect(era).toContain(1999);
  });
  it("reads a weekday told as still to come («во вторник проведет») as falling after the dateline", () => {
    const dateline = { place: "Астана", day: 27, month: 2, year: null, source: "КазТАГ", length: 30 };
    // 27 February was a Tuesday in 2018 and a Monday in 2023; Blinken was Secretary of State from 2021.
    const texts = ["Заголовок", "Государственный секретарь США Энтони Блинкен во вторник проведет в Астане переговоры с министром иностранных дел Казахстана Мухтаром Тлеуберди."];
    const mentioned = mentionedYears(texts);
    const era = eraOf([{ name: "Энтони Блинкен", title: "Государственный секретарь США" }, { name: "Мухтар Тлеуберди", title: "министр иностранных дел Казахстана" }], texts, mentioned, "Астана");
    expect(findPublicationDate(null, dateline, texts, { ...mentioned, era })).toEqual({ date: "2023-02-27", source: "dateline" });
  });
  it("reads «Накануне, в воскресенье» as the Sunday the apposition names", () => {
    expect(findDates("Накануне, в воскресенье, в Самарканде госсекретарь собрал министров.", { publishedOn: "2015-11-03", tense: "past" }).map((d) => d.date)).toEqual(["2015-11-01"]);
  });
  it("reads «Среду казахстанский лидер посвятил бизнесу» as that Wednesday", () => {
    expect(findDates("Среду казахстанский лидер посвятил бизнесу.", { publishedOn: "2018-01-19", tense: "past" }).map((d) => d.date)).toEqual(["2018-01-17"]);
  });
});
