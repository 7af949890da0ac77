import { beforeAll, describe, expect, it } from "vitest";
import { extractPeople, loadPeopleLanguage } from "./index";
import { sentencesOf } from "./test-sentences";

beforeAll(() => loadPeopleLanguage());

/** Each sentence alone: [text, expected mentions as "Name|case|title" (case and title may be "-")]. */
const CASES: [string, string[]][] = [
  ["Заместитель министра иностранных дел Казахстана Алибек Бакаев встретился с послом США Дэниелом Розенблюмом.", [
    "Алибек Бакаев|nomn|Заместитель министра иностранных дел Казахстана", "Дэниел Розенблюм|ablt|посол США"]],
  ["Министр энергетики США Крис Райт провел переговоры с Ерсайыном Нагаспаевым.", [
    "Крис Райт|nomn|Министр энергетики США", "Ерсайын Нагаспаев|ablt|-"]],
  ["Делегацию принял сенатор Джеймс Риш.", ["Джеймс Риш|nomn|сенатор"]],
  ["Анна Иванова, советник посольства, рассказала о программе.", ["Анна Иванова|nomn|советник посольства"]],
  ["Встреча с Анной Ивановой прошла в Астане.", ["Анна Иванова|ablt|-"]],
  ["Мурат Нуртлеу провел встречу с заместителем госсекретаря Элизабет Роуд.", [
    "Мурат Нуртлеу|nomn|-", "Элизабет Роуд|ablt|заместитель госсекретаря"]],
  ["По словам Джона Смита, конгрессмена от штата Техас, переговоры были успешными.", ["Джон Смит|-|конгрессмен"]],
  ["Спикер Палаты представителей Майк Джонсон встретился с председателем Сената Мауленом Ашимбаевым.", [
    "Майк Джонсон|nomn|Спикер Палаты представителей", "Маулен Ашимбаев|ablt|председатель Сената"]],
  ["Председатель Мажилиса Ерлан Кошанов обсудил с Джеффри Уокером вопросы сотрудничества.", [
    "Ерлан Кошанов|nomn|Председатель Мажилиса", "Джеффри Уокер|ablt|-"]],
  ["Президент Казахстана Касым-Жомарт Токаев направил телеграмму Дональду Трампу.", [
    "Касым-Жомарт Токаев|nomn|Президент Казахстана", "Дональд Трамп|datv|-"]],
  ["Министр иностранных дел Мухтар Тлеуберди провел встречу с Чрезвычайным и Полномочным Послом США Уильямом Мозером.", [
    "Мухтар Тлеуберди|nomn|Министр иностранных дел", "Уильям Мозер|ablt|Чрезвычайный и Полномочный Посол США"]],
  ["Встреча Сергея Викторовича Лаврова и Мухтара Тлеуберди состоялась в Москве.", ["Сергей Лавров|-|-", "Мухтар Тлеуберди|-|-"]],
  ["Роман Василенко встретился с помощником госсекретаря США Дональдом Лу.", [
    "Роман Василенко|nomn|-", "Дональд Лу|ablt|помощник госсекретаря США"]],
  ["Особое внимание было уделено развитию Центральной Азии и Совета сотрудничества.", []],
  ["Саммит «С5+1» прошел в Нью-Йорке при участии Джо Байдена.", ["Джо Байден|-|-"]],
  ["Генеральный секретарь ООН Антониу Гутерриш выступил на Генеральной Ассамблее.", [
    "Антониу Гутерриш|nomn|Генеральный секретарь ООН"]],
  ["Делегацию возглавил вице-министр торговли Казахстана Айжан Бимаганбетова.", [
    "Айжан Бимаганбетова|nomn|вице-министр торговли Казахстана"]],
  ["Посол Казахстана в США Ержан Ашикбаев принял участие в форуме.", ["Ержан Ашикбаев|nomn|Посол Казахстана в США"]],
  ["С Павлом Петровым встречалась Екатерина Смирнова.", ["Павел Петров|ablt|-", "Екатерина Смирнова|nomn|-"]],
  ["Президент Узбекистана Шавкат Мирзиёев и президент Кыргызстана Садыр Жапаров подписали декларацию.", [
    "Шавкат Мирзиёев|nomn|Президент Узбекистана", "Садыр Жапаров|nomn|президент Кыргызстана"]],
  ["На встрече присутствовал Виктор Орбан.", ["Виктор Орбан|nomn|-"]],
  // Titles joining two dependents with "и", never two posts.
  ["Министр промышленности и строительства РК Ерсайын Нагаспаев подписал меморандум.", [
    "Ерсайын Нагаспаев|nomn|Министр промышленности и строительства РК"]],
  ["Он встретился с заместителем Генерального секретаря ООН по политическим вопросам и вопросам миростроительства Розмари ДиКарло.", [
    "Розмари ДиКарло|-|заместитель Генерального секретаря ООН по политическим вопросам и вопросам миростроительства"]],
  ["Министр энергетики Ерлан Акенженов и министр финансов Мади Такиев провели брифинг.", [
    "Ерлан Акенженов|nomn|Министр энергетики", "Мади Такиев|nomn|министр финансов"]],
  // Two posts joined by a dash are one title.
  ["Накануне Заместитель Премьер-министра – Министр иностранных дел РК Мурат Нуртлеу провел встречу.", [
    "Мурат Нуртлеу|nomn|Заместитель Премьер-министра – Министр иностранных дел РК"]],
  // A rank before the name yields to the post before it; alone it is the title.
  ["Бекмуханов встретился с командующим Центральным командованием Вооруженных сил США адмиралом Брэдом Купером.", [
    "Бекмуханов|-|-", "Брэд Купер|ablt|командующий Центральным командованием Вооруженных сил США"]],
  ["Встреча с адмиралом Брэдом Купером прошла в Тампе.", ["Брэд Купер|ablt|адмирал"]],
  // One plural title shared by the names of a list.
  ["В состав делегации вошли члены Палаты представителей Джейсон Брукс и Линда Ортис.", [
    "Джейсон Брукс|nomn|член Палаты представителей", "Линда Ортис|nomn|член Палаты представителей"]],
  // Adjectives and participles standing as the post; ordinals in any case; a company in Latin letters.
  ["Встреча с временным поверенным в делах США в Казахстане Джессикой Гудман прошла в Астане.", [
    "Джессика Гудман|ablt|временный поверенный в делах США в Казахстане"]],
  ["В заседании участвовала делегация первого заместителя госсекретаря США Кристофера Ландау.", [
    "Кристофер Ландау|gent|первый заместитель госсекретаря США"]],
  ["Соглашение подписал президент компании Wabtec по Евразии Майкл Рот.", ["Майкл Рот|nomn|президент компании Wabtec по Евразии"]],
  ["Кристофер Ландау, первый заместитель госсекретаря США, отметил значение диалога.", [
    "Кристофер Ландау|nomn|первый заместитель госсекретаря США"]],
  ["Официальный представитель МИД А. Смадияров сообщил о визите.", ["А. Смадияров|nomn|Официальный представитель МИД"]],
  ["Глава МИД встретился с министром Петром Сидоренко и его заместителем Ольгой Кузнецовой.", [
    "Петр Сидоренко|ablt|министр", "Ольга Кузнецова|ablt|заместитель"]],
  ["Документ подписали Нурлан Жумабеков и Айгерим Сапарова.", ["Нурлан Жумабеков|nomn|-", "Айгерим Сапарова|nomn|-"]],
  ["Министр провел переговоры с Джейсоном Миллером, помощником президента США.", [
    "Джейсон Миллер|ablt|помощник президента США"]],
  ["Премьер-министр Олжас Бектенов поблагодарил Брайана Хука за поддержку.", [
    "Олжас Бектенов|nomn|Премьер-министр", "Брайан Хук|-|-"]],
  ["В четверг, 5 февраля, в Вашингтоне прошел форум «Казахстан – США».", []],
  ["Telegram-канал МИД сообщил об итогах визита в Майами.", []],
  ["Министерской конференции предшествовала встреча в Госдепартаменте.", []],
  ["По итогам переговоров с Ричардом Коллинзом стороны подписали меморандум.", ["Ричард Коллинз|ablt|-"]],
  ["Сенатору Тиму Кейну был вручен орден.", ["Тим Кейн|datv|Сенатор"]],
  ["О Дмитрии Соколове в статье не говорится.", ["Дмитрий Соколов|loct|-"]],
  ["Генерального консула Казахстана Арману Исетову вручили награду.", ["Арман Исетов|datv|Генеральный консул Казахстана"]],
  // A foreign name unknown to the dictionary agrees in case with the title before it (-ой is instrumental here).
  ["Посол встретился с советником Японского банка Кадзуо Ямадой.", ["Кадзуо Ямада|ablt|советник Японского банка"]],
  // … and an unknown name that cannot be instrumental as a man's is a woman's indeclinable one.
  ["Министр провел переговоры с директором фонда Джослин Прайс, которая рассказала о проекте.", ["Джослин Прайс|ablt|директор фонда"]],
  // A company in guillemets is no person, whichever of its words looks like a name.
  ["Председатель правления АО «Тау-Кен Самрук» Нариман Абсаметов встретился с послом.", ["Нариман Абсаметов|nomn|Председатель правления АО «Тау-Кен Самрук»"]],
  // `Елбасы` is a title before the name, not a first name; a region after `Аким` is no surname.
  ["Помпео встретится с Елбасы Нурсултаном Назарбаевым.", ["Майк Помпео|-|-", "Нурсултан Назарбаев|ablt|Елбасы"]],
  ["Аким Мангистау обсудил с дипломатом развитие портов.", []],
  // Modifiers Az.js reads first as nouns; nested quotes closed once, as the text does.
  ["Делегацию возглавил старший вице-президент Торговой палаты США Хуш Чокси.", ["Хуш Чокси|nomn|старший вице-президент Торговой палаты США"]],
  ["Министр встретился с председателем правления АО «НК «КазМунайГаз» Асхатом Хасеновым.", ["Асхат Хасенов|ablt|председатель правления АО «НК «КазМунайГаз»"]],
  // `аким` in an oblique case, which the dictionary does not hold.
  ["Посол был принят акимом Жамбылской области Бердибеком Сапарбаевым.", ["Бердибек Сапарбаев|ablt|аким Жамбылской области"]],
];

describe("people in invented sentences", () => {
  it.each(CASES)("%s", (text, expected) => {
    const sentences = sentencesOf(text);
    const { mentions } = extractPeople(sentences);
    const got = mentions
      .filter((m) => !m.viaTitle)
      .map((m) => {
        const c = expected.find((e) => e.startsWith(`${m.official}|`))?.split("|")[1] === "-" ? "-" : (m.grammaticalCase ?? "?");
        return `${m.official}|${c}|${m.position?.title ?? "-"}`;
      });
    expect(got).toEqual(expected);
  });
});

describe("people across one article", () => {
  it("links surname-only mentions in any case and spelling variants to the full name", () => {
    const text = [
      "Мухтар Тлеуберди встретился с Антони Блинкеном.",
      "Тлеуберды отметил значение визита.",
      "Блинкен поблагодарил Тлеуберди за гостеприимство.",
      "Встреча с Блинкеном продлилась час.",
    ].join("\n");
    const { officials, mentions } = extractPeople(sentencesOf(text));
    expect(officials.map((o) => o.name)).toEqual(["Мухтар Тлеуберди", "Энтони Блинкен"]);
    expect(mentions.filter((m) => m.surnameOnly).map((m) => m.official)).toEqual([
      "Мухтар Тлеуберди", "Энтони Блинкен", "Мухтар Тлеуберди", "Энтони Блинкен",
    ]);
    expect(officials[1]?.nameLatin).toBe("Antony Blinken");
  });

  it("infers a foreign first name's nominative from another mention in the article", () => {
    const text = "Конгрессмен Джаред Хаффман посетил Астану.\nС Джаредом Хаффманом обсуждались вопросы энергетики.";
    const { officials } = extractPeople(sentencesOf(text));
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Джаред Хаффман", "US"]]);
  });

  it("reads a man's foreign given name in -о/-ю as indeclinable, so the surname carries the case", () => {
    const text = "Министр принял советника Марко Брауна.\nБеседа с Эндрю Кларком прошла в Астане.";
    const { mentions } = extractPeople(sentencesOf(text));
    expect(mentions.map((m) => [m.official, m.grammaticalCase])).toEqual([["Марко Браун", "gent"], ["Эндрю Кларк", "ablt"]]);
  });

  it("reads the surname that explains every written form of the same full name", () => {
    const text = ["Посол провел встречу с Джей Ди Хоуком.", "Визит Джей Ди Хоука продлится два дня.", "О Джей Ди Хоуке писали газеты."].join("\n");
    const { officials, mentions } = extractPeople(sentencesOf(text));
    expect(officials.map((o) => o.name)).toEqual(["Джей Ди Хоук"]);
    expect(mentions.map((m) => m.possibleCases)).toEqual([["ablt"], ["gent", "accs"], ["loct", "datv"]]);
  });

  it("does not take attributive adjectives, compound adjectives or quoted names for people", () => {
    const text = [
      "Стороны обсудили развитие Каспийского морского порта и Уральский промышленный кластер.",
      "Российско-казахстанский форум открыл Иван Петров.",
      "Делегацию фонда «Байтерек-Инвест» принял министр.",
    ].join("\n");
    expect(extractPeople(sentencesOf(text)).officials.map((o) => o.name)).toEqual(["Иван Петров"]);
  });

  it("treats every case form of a name introduced by «штат» as a place", () => {
    const text = "Посол посетил штат Невада.\nГубернатор Невады Томас Грин принял посла.";
    const { officials } = extractPeople(sentencesOf(text));
    expect(officials.map((o) => o.name)).toEqual(["Томас Грин"]);
  });

  it("keeps an acting title whole, with the participle in the bearer's gender", () => {
    const text = "Делегацию возглавила исполняющая обязанности министра финансов Анна Смирнова.\nС исполняющим обязанности посла Иваном Петровым встретился министр.";
    const { officials } = extractPeople(sentencesOf(text));
    expect(officials.map((o) => [o.name, o.positions.map((p) => p.title)])).toEqual([
      ["Анна Смирнова", ["исполняющая обязанности министра финансов"]],
      ["Иван Петров", ["исполняющий обязанности посла"]],
    ]);
  });

  it("closes the quotation of a name that ends a title", () => {
    const { officials } = extractPeople(sentencesOf("Председатель Правления АО «Казах-Газ» Нурлан Ахметов выступил."));
    expect(officials[0]?.positions.map((p) => p.title)).toEqual(["Председатель Правления АО «Казах-Газ»"]);
  });

  it("keeps a woman's surname apart from the masculine genitive", () => {
    const { officials } = extractPeople(sentencesOf("Министр Динара Кошербаева выступила на форуме."));
    expect(officials.map((o) => o.name)).toEqual(["Динара Кошербаева"]);
  });

  it("creates a person from a titled surname when the article never gives the full name", () => {
    const { officials } = extractPeople(sentencesOf("Министр торговли Шаккалиев провел встречу.\nШаккалиева поддержали коллеги."));
    expect(officials.map((o) => [o.name, o.sentences])).toEqual([["Арман Шаккалиев", [0, 1]]]);
  });

  it("links bare posts to the one holder of the post", () => {
    const text = "Президент Казахстана Касым-Жомарт Токаев принял Марко Рубио.\nГлава государства подчеркнул значение партнерства.";
    const { mentions } = extractPeople(sentencesOf(text));
    expect(mentions.filter((m) => m.viaTitle).map((m) => [m.official, m.sentence])).toEqual([["Касым-Жомарт Токаев", 1]]);
  });

  it("does not take «во главе» (leading) for the post of a head", () => {
    const { unheldPosts } = extractPeople(sentencesOf("Он прибудет во главе делегации энергетических компаний.\nГлава делегации энергетических компаний выступил."));
    expect(unheldPosts.map((p) => p.sentence)).toEqual([1]);
  });

  it("takes a bare post held in two countries for Kazakhstan's, as Kazakh press writes it", () => {
    const text = "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом США Дональдом Трампом.\nГлава государства подчеркнул значение партнерства.";
    const { mentions } = extractPeople(sentencesOf(text));
    expect(mentions.filter((m) => m.viaTitle).map((m) => [m.official, m.sentence])).toEqual([["Касым-Жомарт Токаев", 1]]);
  });

  it("reads a surname that is also a dictionary word as the person when the article names them in full", () => {
    const text = "Президент США Дональд Трамп принял Касым-Жомарта Токаева.\nТокаев и Трамп обсудили торговлю.";
    const { mentions } = extractPeople(sentencesOf(text));
    expect(mentions.filter((m) => m.sentence === 1).map((m) => [m.official, m.surnameOnly])).toEqual([
      ["Касым-Жомарт Токаев", true],
      ["Дональд Трамп", true],
    ]);
  });

  it("does not link a bare post held by nobody in the article", () => {
    const { mentions } = extractPeople(sentencesOf("Министр энергетики США заявил о планах.\nИван Петров посетил форум."));
    expect(mentions.filter((m) => m.viaTitle)).toEqual([]);
  });
});
