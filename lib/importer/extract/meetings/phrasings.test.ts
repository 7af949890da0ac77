import { beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadImporterLanguage, toArticleOut } from "../../extract-article";
import type { MeetingOut } from "../../types";

beforeAll(() => loadImporterLanguage());

/** A page-layout article published on Friday 2026-03-13, one paragraph per string. */
function meetingsOf(paragraphs: string[]): MeetingOut[] {
  const text = ` date 2026-03-13 ${paragraphs.join("\n\n")}`;
  return toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings;
}

const brief = (m: MeetingOut) => `${m.kind}/${m.status} ${m.date ?? "-"} ${m.place ?? "-"} [${m.participants.map((p) => p.name).join(", ")}]`;

describe("ways the press reports a meeting", () => {
  it("reads a counterpart introduced by a capitalised С at the start of the sentence", () => {
    const found = meetingsOf([
      "В Вашингтоне министр иностранных дел Казахстана Айдос Сериков встретился с сенатором Джоном Уорреном.",
      "С министром торговли США Питером Коллинзом казахстанский министр обсудил поставки урана.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-13 Вашингтон [Айдос Сериков, Джон Уоррен]",
      "meeting/held 2026-03-13 Вашингтон [Айдос Сериков, Питер Коллинз]",
    ]);
  });

  it("takes a telephone conversation for a call, the discussion verb saying only what was discussed", () => {
    expect(meetingsOf(["Вчера в ходе телефонной беседы министр энергетики Казахстана Канат Омаров и министр энергетики США Джордж Хилл обсудили поставки нефти."]).map(brief)).toEqual([
      "call/held 2026-03-12 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf(["Накануне по телефону министр финансов Казахстана Канат Омаров обсудил с сенатором Джорджем Хиллом программу визита."]).map(brief)).toEqual([
      "call/held 2026-03-12 - [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("adds the people who «участвуют» in a conference to it", () => {
    const found = meetingsOf([
      "В среду в Бишкеке министр энергетики Казахстана Канат Омаров принял участие в региональной конференции по энергетике.",
      "В работе конференции участвуют министр энергетики Кыргызстана Бакыт Асанов и помощник госсекретаря США Джордж Хилл.",
    ]);
    expect(found.map(brief)).toEqual(["conference/held 2026-03-11 Бишкек [Канат Омаров, Бакыт Асанов, Джордж Хилл]"]);
  });

  it("takes annual meetings of an institution and a speech at a plenary session for conferences", () => {
    expect(meetingsOf(["Министр финансов Казахстана Канат Омаров принял участие в ежегодных встречах Азиатского банка развития в Маниле."]).map((m) => m.kind)).toEqual(["conference"]);
    expect(meetingsOf(["Выступая на пленарном заседании форума в Баку, министр экологии Казахстана Канат Омаров призвал партнеров к сотрудничеству."]).map((m) => m.kind)).toEqual(["conference"]);
  });

  it("finds talks however many words stand between the verb and the noun", () => {
    const found = meetingsOf(["Заместитель министра иностранных дел Казахстана Канат Омаров и посол США Джордж Хилл провели во вторник в Астане очередной раунд политических консультаций."]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-10 Астана [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes the head of a delegation received for the counterpart, and an export destination for no venue", () => {
    const found = meetingsOf([
      "Председатель Мажилиса Парламента Казахстана Канат Омаров в минувшую среду принял в Астане делегацию Конгресса США во главе с сенатором Джорджем Хиллом.",
      "В тот же день Джордж Хилл встретился с министром торговли Казахстана Бакытом Асановым и обсудил увеличение экспорта казахстанского зерна в США.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Астана [Джордж Хилл, Бакыт Асанов]",
    ]);
  });

  it("continues the previous meeting's day and place with «Затем», takes those present, and reads a destination put first", () => {
    const found = meetingsOf([
      "Сегодня Президент Казахстана Касым-Жомарт Токаев принял в Акорде посла США Джорджа Хилла.",
      "Затем в присутствии Джорджа Хилла министр финансов Казахстана Канат Омаров и глава компании Northline Capital Питер Коллинз подписали соглашение.",
      "Ожидается, что в первой половине следующего года Казахстан посетит министр торговли США.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-13 Астана [Касым-Жомарт Токаев, Джордж Хилл]",
      "signing/held 2026-03-13 Астана [Канат Омаров, Питер Коллинз, Джордж Хилл]",
      "visit/planned 2027-01-01 Казахстан []",
    ]);
  });

  it("does not take the words of a post nobody in the article holds for a topic", () => {
    const [visit] = meetingsOf(["Ожидается, что в следующем месяце Астану посетит министр энергетики США."]);
    expect(visit?.topics).toEqual([]);
  });

  it("keeps a recalled background sentence's topics off the meeting in focus", () => {
    const [m] = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров встретился в Астане с послом США Джорджем Хиллом. Стороны обсудили поставки урана.",
      "Напомним, в 2025 году товарооборот между странами вырос на 10%.",
    ]);
    expect(m?.topics).toEqual(["nuclear-energy"]);
  });

  it("reads an announced series of meetings as its meetings, on the series' day", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в минувший вторник провел в Нью-Йорке ряд двусторонних встреч.",
      "В ходе встречи с послом США Джорджем Хиллом стороны обсудили поставки урана.",
      "Кроме того, Канат Омаров встретился с сенатором США Петером Ковачем.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-10 Нью-Йорк [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-10 Нью-Йорк [Канат Омаров, Петер Ковач]",
    ]);
  });

  it("takes the head of a delegation for its subject and a second counterpart after a long title", () => {
    const found = meetingsOf([
      "Делегация Мажилиса во главе с депутатом Канатом Омаровым провела в Вашингтоне встречи с членами Конгресса США.",
      "Депутаты встретились с председателем подкомитета по Европе, Евразии, энергетике и окружающей среде Палаты представителей Джорджем Хиллом и сенатором Питером Коллинзом.",
      "В ходе встречи с Джорджем Хиллом стороны обсудили поставки нефти.",
      "Питер Коллинз, в свою очередь, поддержал развитие межпарламентских связей и сообщил, что намерен посетить Астану в мае для обсуждения поставок урана.",
    ]);
    expect(found.map((m) => `${brief(m)} ${m.topics.join(",")}`)).toEqual([
      "meeting/held 2026-03-13 Вашингтон [Канат Омаров, Джордж Хилл] energy",
      "meeting/held 2026-03-13 Вашингтон [Канат Омаров, Питер Коллинз] inter-parliamentary",
      "visit/planned 2026-05-01 Астана [Питер Коллинз] nuclear-energy",
    ]);
  });

  it("gives a next meeting agreed by the sides the people of the one in focus", () => {
    const found = meetingsOf([
      "Вчера министр иностранных дел Казахстана Канат Омаров провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Стороны договорились встретиться в апреле в Вашингтоне.",
    ]);
    expect(found.map(brief)).toEqual([
      "call/held 2026-03-12 - [Канат Омаров, Джордж Хилл]",
      "meeting/planned 2026-04-01 Вашингтон [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("reads a summit announced noun first, talks that are «запланированы», and a meeting reported «по итогам встречи с»", () => {
    const found = meetingsOf([
      "Встреча глав государств Центральной Азии и США с участием Президента Казахстана Касым-Жомарта Токаева состоится в Вашингтоне 6 апреля.",
      "В тот же день запланированы переговоры Касым-Жомарта Токаева с Президентом США Джорджем Хиллом.",
      "Об этом сообщил советник Президента Казахстана Канат Омаров по итогам встречи с временным поверенным в делах США в Казахстане Питером Коллинзом.",
    ]);
    expect(found.map(brief)).toEqual([
      "conference/planned 2026-04-06 Вашингтон [Касым-Жомарт Токаев]",
      // «В тот же день» continues the summit's day and, planned as held, its place.
      "talks/planned 2026-04-06 Вашингтон [Касым-Жомарт Токаев, Джордж Хилл]",
      "meeting/held 2026-03-13 - [Канат Омаров, Питер Коллинз]",
    ]);
  });

  it("takes a headline's meeting for the one the body reports, and a bare Kazakh post for its holder", () => {
    const text = [
      "Министр сельского хозяйства РК провел переговоры с главой Минсельхоза США",
      "Стороны обсудили экспорт зерна",
      "ВАШИНГТОН",
      "Министр сельского хозяйства Казахстана Канат Омаров во вторник, 10 марта, провел переговоры с министром сельского хозяйства США Джорджем Хиллом.",
      "В тот же день казахстанский министр встретился с сенатором Питером Коллинзом.",
      "Опубликовано в 2026 году.",
    ].join("\n");
    const found = toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings;
    expect(found.map(brief)).toEqual([
      "talks/held 2026-03-10 Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-10 Вашингтон [Канат Омаров, Питер Коллинз]",
    ]);
  });

  it("represents a planned visit by the talks it will hold, and goes back to an earlier meeting its people are named again", () => {
    const found = meetingsOf([
      "Вице-президент США Джордж Хилл посетит Казахстан в мае. Об этом сообщил министр иностранных дел Казахстана Канат Омаров по итогам встречи с послом США Питером Коллинзом.",
      "В ходе предстоящего визита планируются переговоры Касым-Жомарта Токаева с Джорджем Хиллом о поставках урана.",
      "Питер Коллинз, в свою очередь, отметил значение визовых вопросов.",
    ]);
    expect(found.map((m) => `${brief(m)} ${m.topics.join(",")}`)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Питер Коллинз] visas-consular",
      "talks/planned 2026-05-01 Казахстан [Касым-Жомарт Токаев, Джордж Хилл] nuclear-energy",
    ]);
  });

  it("plans a meeting 'которое планируется провести' with those who 'примут участие', but not one someone was only invited to", () => {
    const found = meetingsOf([
      "Сегодня министр иностранных дел Казахстана Канат Омаров провел встречу с послом США Джорджем Хиллом.",
      "Стороны обсудили подготовку к министерскому заседанию «С5+1», которое планируется провести в мае в Вашингтоне. Ожидается, что в нем примут участие Канат Омаров и госсекретарь США Питер Коллинз.",
      "Канат Омаров пригласил Джорджа Хилла принять участие в форуме, который пройдет в Астане в июне.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "conference/planned 2026-05-01 Вашингтон [Канат Омаров, Питер Коллинз]",
    ]);
  });

  it("keeps what a meeting discussed before an upcoming summit named in the same sentence", () => {
    const [talks] = meetingsOf([
      "Сегодня заместитель министра иностранных дел Казахстана Канат Омаров провел в Астане консультации с заместителем госсекретаря США Джорджем Хиллом.",
      "Стороны обсудили поставки урана и подготовку к саммиту «Центральная Азия + Япония», который пройдет в Токио в 2027 году.",
    ]);
    expect(talks?.topics).toEqual(["nuclear-energy"]);
  });

  it("reads an object put before «примет» and the object of a relative clause («…, которого … принял»)", () => {
    expect(meetingsOf(["Ожидается, что Джорджа Хилла примет министр иностранных дел Казахстана Канат Омаров."]).map(brief)).toEqual([
      "meeting/planned - - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf(["Министр иностранных дел Казахстана Канат Омаров стал первым министром региона, которого президент США Джордж Хилл принял в Белом доме."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 Вашингтон [Джордж Хилл, Канат Омаров]",
    ]);
  });

  it("places a gathering by its own part of the sentence, not by the trip before it, and adds who «возглавит» a delegation to it", () => {
    const found = meetingsOf([
      "Перед приездом в Астану госсекретарь США Джордж Хилл побывает в Узбекистане: встреча министров иностранных дел стран Центральной Азии и США пройдет 16 марта в Самарканде. Казахстанскую делегацию на ней возглавит Канат Омаров.",
    ]);
    expect(found.map(brief)).toEqual(["conference/planned 2026-03-16 Самарканд [Джордж Хилл, Канат Омаров]"]);
  });

  it("adds those present at a signing's ceremony to the signing, and takes talks that went on for years for no event", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров и министр транспорта США Джордж Хилл в среду подписали соглашение о воздушном сообщении.",
      "Церемония прошла в присутствии посла США в Казахстане Элизабет Джонс.",
      "Переговоры о воздушном сообщении шли с 1994 года.",
    ]);
    expect(found.map(brief)).toEqual(["signing/held 2026-03-11 - [Канат Омаров, Джордж Хилл, Элизабет Джонс]"]);
  });

  it("reads a guest named by a post before «принял» as the one received («американского сенатора принял Председатель Мажилиса …»)", () => {
    const found = meetingsOf([
      "Председатель Сената Казахстана Канат Омаров в четверг принял сенатора США Джорджа Хилла.",
      "Ранее в тот же день американского сенатора принял Председатель Мажилиса Ерлан Беков.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 - [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-12 - [Ерлан Беков, Джордж Хилл]"]);
  });

  it("takes the head of a third country's company delegation («делегацией китайской компании … во главе с …») for that country's", () => {
    const found = meetingsOf([
      "Министр цифрового развития Казахстана Канат Омаров во вторник встретился с послом США Джорджем Хиллом.",
      "Накануне министр провел встречу с делегацией китайской компании Huawei во главе с вице-президентом по Евразии Ли Пэном.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("adds those «В заседании также участвовали» to the gathering, not to a meeting told beside it", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров, возглавляющий делегацию страны на сессии Генеральной Ассамблеи ООН, 10 марта провел встречу с заместителем госсекретаря США Питером Коллинзом.",
      "Стороны обсудили сотрудничество в области критически важных минералов.",
      "В тот же день глава МИД РК принял участие во встрече министров иностранных дел в формате С5+1, которую провел госсекретарь США Джордж Хилл. В заседании также участвовали министры иностранных дел Кыргызстана Жээнбек Кулубаев и Таджикистана Сироджиддин Мухриддин.",
    ]);
    expect(found.filter((m) => m.kind === "meeting").map(brief)).toEqual(["meeting/held 2026-03-10 - [Канат Омаров, Питер Коллинз]"]);
  });

  it("does not let meetings recalled from a time long before («напомнил, что … в апреле прошлого года он провел встречи») date the one told", () => {
    const text = [
      " date 2017-06-22 Председатель Сената Казахстана Канат Омаров провел встречу с послом США Джорджем Хиллом.",
      "Канат Омаров напомнил, что в ходе своей поездки в Вашингтон в апреле прошлого года он провел встречи с руководством Сената США и членами Комитета по международным отношениям.",
    ].join("\n\n");
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map(brief)).toEqual(["meeting/held 2017-06-22 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("plans a visit the sides reached «договоренность о визите» on", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду провел в Вашингтоне переговоры с заместителем госсекретаря США Джорджем Хиллом.",
      "По итогам переговоров достигнута договоренность о визите Джорджа Хилла в Астану в июле текущего года.",
    ]).map(brief)).toEqual(["talks/held 2026-03-11 Вашингтон [Канат Омаров, Джордж Хилл]", "visit/planned 2026-07-01 Астана [Джордж Хилл]"]);
  });

  it("gives talks of «американские законодатели» to the delegation received before", () => {
    expect(meetingsOf([
      "В среду Президент Казахстана Канат Омаров принял делегацию Сената США во главе с сенатором Джорджем Хиллом.",
      "Ранее в тот же день американские законодатели провели переговоры с Председателем Сената Парламента Асетом Исекешевым.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]", "talks/held 2026-03-11 - [Джордж Хилл, Асет Исекешев]"]);
  });

  it("makes a visitor told by rank («генерал побывал …, где его принял …») the guest of the story", () => {
    expect(meetingsOf([
      "Министр обороны Казахстана Канат Омаров в четверг провел в Пентагоне переговоры с министром обороны США Джорджем Хиллом.",
      "Днем ранее генерал побывал в Государственном департаменте, где его принял заместитель государственного секретаря Ричард Армитидж.",
    ]).map(brief)).toEqual(["talks/held 2026-03-12 Вашингтон [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-11 Вашингтон [Ричард Армитидж, Канат Омаров]"]);
  });

  it("makes the visitor of «… побывал в Капитолии, где его принял сенатор …» the one received", () => {
    const found = meetingsOf(["В среду министр иностранных дел Казахстана Канат Омаров побывал в Капитолии, где его принял сенатор США Джордж Хилл."]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-11 Вашингтон [Джордж Хилл, Канат Омаров]"]);
  });

  it("dates and places «Позднее …» as the meeting told just before", () => {
    const found = meetingsOf([
      "Министр обороны Казахстана Канат Омаров в четверг в Пентагоне встретился с министром обороны США Джорджем Хиллом.",
      "Позднее у заместителя министра обороны США Питера Коллинза состоялись переговоры с казахстанской делегацией.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 Вашингтон [Канат Омаров, Джордж Хилл]", "talks/held 2026-03-12 Вашингтон [Питер Коллинз, Канат Омаров]"]);
  });

  it("places the meeting told on in a participle («В ходе встречи, состоявшейся в Акорде, …»)", () => {
    const found = meetingsOf([
      "Президент Казахстана Канат Омаров принял председателя совета директоров компании Chevron Джорджа Хилла.",
      "В ходе встречи, состоявшейся в Акорде, Глава государства отметил вклад компании в экономику.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 Астана [Канат Омаров, Джордж Хилл]"]);
  });

  it("reads a host in «у» after the verb past a long title, dated «Днем ранее» from the meeting told before", () => {
    const found = meetingsOf([
      "Министр финансов Казахстана Канат Омаров в пятницу встретился с послом США Джорджем Хиллом.",
      "Днем ранее американский дипломат побывал у председателя Агентства по регулированию и развитию финансового рынка Казахстана Мадины Абылкасымовой.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-12 - [Мадина Абылкасымова, Джордж Хилл]"]);
  });

  it("makes a host in «у» with nobody else named receive the story's guest in a meeting of their own", () => {
    const found = meetingsOf([
      "Помощник госсекретаря США Джордж Хилл в четверг провел в Астане переговоры с заместителем министра иностранных дел Казахстана Канатом Омаровым.",
      "Кроме того, в четверг в Астане состоялась встреча у вице-министра торговли и интеграции Казахстана Ерлана Бекова, где речь шла о торговом режиме.",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-12 Астана [Джордж Хилл, Канат Омаров]", "meeting/held 2026-03-12 Астана [Ерлан Беков, Джордж Хилл]"]);
  });

  it("reads a host in «у» before the title, leaders signing after talks, and a guest owning a planned meeting", () => {
    expect(meetingsOf(["Сегодня у министра энергетики Казахстана Каната Омарова состоялась встреча с послом США Джорджем Хиллом."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(
      meetingsOf(["Вчера президент Казахстана Канат Омаров провел переговоры с президентом США Джорджем Хиллом в Вашингтоне. По итогам переговоров лидеры подписали совместное заявление."]).map(brief),
    ).toEqual(["talks/held 2026-03-12 Вашингтон [Канат Омаров, Джордж Хилл]", "signing/held 2026-03-12 Вашингтон [Канат Омаров, Джордж Хилл]"]);
    expect(
      meetingsOf([
        "Министр иностранных дел Казахстана Канат Омаров сообщил, что госсекретарь США Джордж Хилл посетит Астану 20 марта.",
        "Программа визита предусматривает встречи американского гостя с премьер-министром Казахстана Бауыржаном Сейткали.",
      ]).map(brief),
    ).toEqual(["meeting/planned 2026-03-20 Астана [Джордж Хилл, Бауыржан Сейткали]"]);
  });

  it("takes what is discussed at a gathering in focus for the gathering, and a video call of three countries for a ministerial", () => {
    expect(
      meetingsOf([
        "В пятницу состоялась министерская встреча в формате «С5+1» по видеосвязи.",
        "Подключившись к онлайн-заседанию из Астаны, министр иностранных дел Казахстана Канат Омаров вместе с министром иностранных дел Кыргызстана Бакытом Асановым обсудил с госсекретарем США Джорджем Хиллом вопросы региона.",
      ]).map(brief),
    ).toEqual(["conference/held 2026-03-13 - [Канат Омаров, Джордж Хилл, Бакыт Асанов]"]);
    expect(
      meetingsOf(["Вчера министры иностранных дел Казахстана, Кыргызстана и США Канат Омаров, Бакыт Асанов и Джордж Хилл провели видеоконференцию."]).map(brief),
    ).toEqual(["conference/held 2026-03-12 - [Канат Омаров, Бакыт Асанов, Джордж Хилл]"]);
  });

  it("takes the genitive after a marker and its noun for the caller («Телефонный разговор Главы государства …»)", () => {
    expect(
      meetingsOf(["Телефонный разговор Главы государства Каната Омарова с Государственным секретарем США Джорджем Хиллом состоялся по инициативе американской стороны."]).map(brief),
    ).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes an event at which something was said for held, and a country as a subject of talks for no venue", () => {
    expect(
      meetingsOf(["Без стабилизации в Афганистане не удастся обеспечить развитие региона, заявил министр иностранных дел Казахстана Канат Омаров на встрече с генералом армии США Джорджем Хиллом."]).map(brief),
    ).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("adds those who joined talks «в расширенном составе с участием А и Б» to the talks in focus", () => {
    expect(
      meetingsOf([
        "Вчера в Вашингтоне президент Казахстана Канат Омаров провел переговоры с президентом США Джорджем Хиллом.",
        "Сначала главы государств побеседовали один на один, затем переговоры продолжились в расширенном составе с участием государственного секретаря США Питера Коллинза и министра иностранных дел Казахстана Бауыржана Сейткали.",
      ]).map(brief),
    ).toEqual(["talks/held 2026-03-12 Вашингтон [Канат Омаров, Джордж Хилл, Питер Коллинз, Бауыржан Сейткали]"]);
  });

  it("takes Kazakh officials meeting among themselves for no event of the archive", () => {
    expect(meetingsOf(["Вчера министр иностранных дел Казахстана Канат Омаров провел встречу с заместителем министра иностранных дел Казахстана Бауыржаном Сейткали."])).toEqual([]);
  });

  it("keeps a planned trip whose meetings name nobody but the traveller as the visit", () => {
    expect(
      meetingsOf([
        "Вчера заместитель министра иностранных дел Казахстана Канат Омаров принял специального представителя США Джорджа Хилла.",
        "В четверг американский дипломат посетит Алматы, где встретится с руководителями представительств агентств ООН.",
      ]).map(brief),
    ).toEqual(["meeting/held 2026-03-12 - [Канат Омаров, Джордж Хилл]", "visit/planned 2026-03-19 Алматы [Джордж Хилл]"]);
  });

  it("keeps a delegation received by a named host as a meeting, though no one of the delegation is named", () => {
    expect(meetingsOf(["Как сообщалось, в пятницу американскую делегацию примет премьер-министр Казахстана Канат Омаров."]).map(brief)).toEqual([
      "meeting/planned 2026-03-13 - [Канат Омаров]",
    ]);
  });
  it("does not place a US envoy's talks with a third country in the city the story is filed from", () => {
    const text = [
      "Министр и замгоссекретаря обсудили Афганистан",
      "АСТАНА",
      "Министр иностранных дел Казахстана Канат Омаров и заместитель государственного секретаря США Джейн Хилл провели в четверг, 19 августа 2021 года, телефонный разговор.",
      "Ранее замгоссекретаря провела переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым.",
    ].join("\n");
    const found = toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings;
    expect(found.map(brief)).toEqual(["call/held 2021-08-19 - [Канат Омаров, Джейн Хилл]"]);
  });
  it("takes the head of a delegation named in a relative clause for the counterpart, and the delegation received later by a named host", () => {
    const found = meetingsOf([
      "Вчера в Сенате Парламента Республики Казахстан состоялась встреча Председателя Сената Канат Омарова с делегацией Палаты представителей Конгресса США, которую возглавил конгрессмен Джордж Хилл.",
      "В понедельник делегация отправится в Алматы, где ее примет аким города Бакыт Асанов.",
      "В субботу делегация продолжит работу в Шымкенте, где ее примет аким области.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-12 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/planned 2026-03-16 Алматы [Бакыт Асанов, Джордж Хилл]",
    ]);
  });
  it("takes a meeting recalled «в прошлом году» for background", () => {
    const found = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров в среду встретился с послом США Джорджем Хиллом.",
      "Напомним, в прошлом году Канат Омаров встречался с министром энергетики США Питером Коллинзом.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes a session of a two-country body for talks, and the bare noun told next for the same event", () => {
    const found = meetingsOf([
      "Пятое заседание Диалога по стратегическому партнерству между Казахстаном и США состоялось накануне в Нью-Йорке.",
      "Заседание, проходившее на полях сессии Генеральной Ассамблеи ООН, открыли министр иностранных дел Казахстана Канат Омаров и государственный секретарь США Джордж Хилл.",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-12 Нью-Йорк [Канат Омаров, Джордж Хилл]"]);
    const regional = meetingsOf(["В Астане состоялось заседание Совета по торговле и инвестициям стран Центральной Азии и США с участием министра торговли Казахстана Каната Омарова."]);
    expect(regional.map((m) => m.kind)).toEqual(["conference"]);
  });
  it("does not take the country of an ambassador's or embassy's title for the venue", () => {
    const found = meetingsOf(["Министр энергетики Казахстана Канат Омаров в среду встретился с Чрезвычайным и Полномочным Послом США в Казахстане Джорджем Хиллом и советником посольства США в Казахстане Питером Коллинзом."]);
    expect(found.map((m) => m.place)).toEqual([null]);
  });

  it("keeps a meeting a meeting when a sentence recalls agreements reached «в ходе переговоров» of others", () => {
    const found = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров в среду встретился с послом США Джорджем Хиллом.",
      "Стороны обсудили ход реализации договоренностей, достигнутых в ходе переговоров президентов двух стран.",
    ]);
    expect(found.map((m) => m.kind)).toEqual(["meeting"]);
  });

  it("takes ministers of several countries meeting the Secretary of State together for a ministerial, one host's guests of several countries for a meeting", () => {
    const ministerial = meetingsOf(["Министры иностранных дел Казахстана, Кыргызстана и Узбекистана Канат Омаров, Бакыт Асанов и Фаррух Шарипов провели в среду встречу с государственным секретарем США Джорджем Хиллом."]);
    expect(ministerial.map((m) => m.kind)).toEqual(["conference"]);
    const hosted = meetingsOf(["Министр иностранных дел Казахстана Канат Омаров в среду встретился с заместителем госсекретаря США Джорджем Хиллом и министром иностранных дел Таджикистана Фаррухом Шариповым."]);
    expect(hosted.map((m) => m.kind)).toEqual(["meeting"]);
  });
  it("reads «Дипломат … намерен посетить» as the visitor's own trip and «республику посетит» as a visit to Kazakhstan", () => {
    const trip = meetingsOf([
      "Министр сельского хозяйства Казахстана Канат Омаров в среду встретился с послом США Джорджем Хиллом.",
      "Дипломат сообщил, что в начале апреля намерен посетить Костанай.",
    ]);
    expect(trip.map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]", "visit/planned 2026-04-01 Костанай [Джордж Хилл]"]);
    const delegation = meetingsOf([
      "Председатель Мажилиса Канат Омаров в среду принял посла США Джорджа Хилла.",
      "По словам посла, в мае республику посетит делегация Конгресса во главе с сенатором Питером Коллинзом.",
    ]);
    expect(delegation.map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]", "visit/planned 2026-05-01 Казахстан [Питер Коллинз]"]);
  });

  it("does not place a meeting where its headline says someone will go", () => {
    const text = [
      "Министр и посол обсудили экспорт зерна",
      "Американский дипломат намерен посетить Костанай",
      "АСТАНА",
      "Министр сельского хозяйства Казахстана Канат Омаров в среду, 14 ноября 2012 года, встретился с послом США Джорджем Хиллом.",
    ].join("\n");
    const meetings = toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.filter((m) => m.kind === "meeting");
    expect(meetings.map((m) => m.place)).toEqual(["Астана"]);
  });
  it("keeps an event told in a relative clause («…, который возглавит переговоры») to the clause's own subject", () => {
    const found = meetingsOf(["На полях конференции министр экологии Казахстана Канат Омаров встретился со специальным посланником США по климату Джорджем Хиллом, который возглавит переговоры на следующей конференции в Баку."]);
    expect(found.map((m) => `${m.kind}/${m.status}`)).toEqual(["meeting/held"]);
    const listed = meetingsOf(["О сделке объявили президенты Казахстана и США Канат Омаров и Джордж Хилл, которые в тот же день провели переговоры в Белом доме."]);
    expect(listed.map(brief)).toEqual(["talks/held 2026-03-13 Вашингтон [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes an institution's spring meetings for a conference, the sides' agreed gathering for theirs, and a recalled nameless signing for none", () => {
    expect(meetingsOf(["Министр финансов Казахстана Канат Омаров примет участие в весенних встречах Международного валютного фонда в Вашингтоне."]).map((m) => m.kind)).toEqual(["conference"]);
    const agreed = meetingsOf([
      "Министр торговли Казахстана Канат Омаров в среду принял заместителя министра торговли США Джорджа Хилла.",
      "Стороны условились продолжить обсуждение на предстоящем заседании Совета по торговле и инвестициям «Центральная Азия – США», которое планируется провести в мае в Алматы.",
      "Напомним, в феврале в Казахстане был подписан меморандум о сотрудничестве.",
    ]);
    expect(agreed.map(brief)).toEqual([
      "meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]",
      "conference/planned 2026-05-01 Алматы [Канат Омаров, Джордж Хилл]",
    ]);
  });
  it("does not report a gathering named only as the setting of the meetings told", () => {
    const found = meetingsOf(["Президент Казахстана Канат Омаров, прибывший в Нью-Йорк для участия в 74-й сессии Генеральной Ассамблеи ООН, накануне вечером встретился с президентом США Джорджем Хиллом."]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 Нью-Йорк [Канат Омаров, Джордж Хилл]"]);
    const attended = meetingsOf(["Президент Казахстана Канат Омаров принял участие в 74-й сессии Генеральной Ассамблеи ООН в Нью-Йорке."]);
    expect(attended.map((m) => m.kind)).toEqual(["conference"]);
  });
  it("gives each of two events in one sentence the counterpart named after it", () => {
    const found = meetingsOf(["Помощник госсекретаря США Джордж Хилл в среду провел в Астане переговоры с министром иностранных дел Казахстана Канатом Омаровым, а затем встретился с председателем Сената Бакытом Асановым."]);
    expect(found.map(brief)).toEqual([
      "talks/held 2026-03-11 Астана [Джордж Хилл, Канат Омаров]",
      "meeting/held 2026-03-11 Астана [Джордж Хилл, Бакыт Асанов]",
    ]);
  });
  it("dates an event by its own part of the sentence, and keeps a meeting told beside last week's arrival", () => {
    const found = meetingsOf(["Посол США Джордж Хилл, прибывший в Астану на прошлой неделе, во вторник вручил копии верительных грамот министру иностранных дел Казахстана Канату Омарову."]);
    expect(found.filter((m) => m.kind === "meeting").map(brief)).toEqual(["meeting/held 2026-03-10 Астана [Джордж Хилл, Канат Омаров]"]);
  });
  it("reads a call on a host «у» + genitive: «побывал на приеме у акима», «У акима … побывала консул»", () => {
    expect(meetingsOf(["В пятницу посол США Джордж Хилл побывал на приеме у акима области Каната Омарова."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf(["У акима Алматы Каната Омарова в четверг побывала генеральный консул США Джейн Хилл."]).map(brief)).toEqual([
      "meeting/held 2026-03-12 Алматы [Канат Омаров, Джейн Хилл]",
    ]);
    expect(meetingsOf(["В четверг посол США Джордж Хилл побывал в Костанае."]).map((m) => m.kind)).toEqual([]);
  });
  it("takes a sentence opening with «Тогда» for the earlier time it goes back to", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду провел переговоры с послом США Джорджем Хиллом.",
      "Напомним, в начале февраля Астану посетил госсекретарь США Питер Коллинз.",
      "Тогда его принял Президент Бакыт Асанов, а с Канатом Омаровым госсекретарь провел переговоры в МИД.",
      "Тогда глава Госдепартамента провел встречу министров иностранных дел «С5+1».",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("reads the ministerial held on the sidelines of a session, with the ministers who «представляли» the region", () => {
    const found = meetingsOf([
      "В среду на полях 72-й сессии Генеральной Ассамблеи ООН состоялась встреча министров иностранных дел пяти государств Центральной Азии и США в формате «С5+1».",
      "Американскую делегацию возглавил заместитель госсекретаря Джон Хилл.",
      "Регион представляли главы МИД Казахстана Канат Омаров, Киргизии Бакыт Асанов и Узбекистана Фаррух Шарипов.",
    ]);
    expect(found.map(brief)).toEqual(["conference/held 2026-03-11 Нью-Йорк [Джон Хилл, Канат Омаров, Бакыт Асанов, Фаррух Шарипов]"]);
  });
  it("does not date a recalled event («Напомним, …») on the story's day when its own day is not read", () => {
    const found = meetingsOf([
      "Заместитель госсекретаря США Джордж Хилл в среду провел переговоры с министром иностранных дел Казахстана Канатом Омаровым.",
      "Напомним, в свое время Астану посетил госсекретарь Питер Коллинз, который провел переговоры с Президентом Бакытом Асановым.",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-11 - [Джордж Хилл, Канат Омаров]"]);
  });
  it("gives a planned meeting the date and place of the traveller's leg told just before it", () => {
    const found = meetingsOf([
      "Госсекретарь США Джордж Хилл в период с 3 по 7 апреля посетит Украину, Казахстан и Узбекистан.",
      "5 апреля Хилл прибудет в Астану. Ожидается, что гостя примет президент Казахстана Канат Омаров.",
    ]);
    expect(found.filter((m) => m.kind === "meeting").map(brief)).toEqual(["meeting/planned 2026-04-05 Астана [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes an online meeting (`онлайн-встреча`) for a call", () => {
    const found = meetingsOf(["Министр образования Казахстана Канат Омаров во вторник провел онлайн-встречу с послом США Джорджем Хиллом."]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-10 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes «американские сенаторы были приняты …» for the visitors received before", () => {
    const found = meetingsOf([
      "Председатель Сената Казахстана Канат Омаров в среду принял в Астане делегацию Конгресса США во главе с сенатором Джорджем Хиллом.",
      "В тот же день американские сенаторы были приняты Председателем Мажилиса Бакытом Асановым.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Астана [Бакыт Асанов, Джордж Хилл]",
    ]);
  });
  it("gives the meetings of a visit's programme to the visitors", () => {
    const found = meetingsOf([
      "Председатель Сената Казахстана Канат Омаров в среду принял в Астане сенатора США Джорджа Хилла.",
      "Программа визита законодателя включает также встречу с министром иностранных дел Казахстана Бакытом Асановым.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/planned - - [Джордж Хилл, Бакыт Асанов]",
    ]);
  });
  it("keeps a planned meeting with unnamed others apart from the talks in focus, on the same trip", () => {
    const found = meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров 20 марта проведет в Вашингтоне переговоры с помощником госсекретаря США Джорджем Хиллом.",
      "Ожидается, что в ходе визита казахстанский дипломат также встретится с представителями Совета национальной безопасности и членами Конгресса.",
    ]);
    expect(found.map(brief)).toEqual([
      "talks/planned 2026-03-20 Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/planned - Вашингтон [Канат Омаров]",
    ]);
  });
  it("keeps the next round of the talks as planned talks with nobody named yet", () => {
    const found = meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров и помощник госсекретаря США Джордж Хилл провели в среду в Астане политические консультации.",
      "Следующий раунд консультаций планируется провести в 2027 году в Вашингтоне.",
    ]);
    expect(found.map(brief)).toEqual([
      "talks/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]",
      "talks/planned 2027-01-01 Вашингтон []",
    ]);
  });
  it("takes a dinner given in a guest's honour for a meeting with the guest", () => {
    const found = meetingsOf([
      "Госсекретарь США Джордж Хилл в среду прибыл в Астану.",
      "В среду вечером Президент Казахстана Канат Омаров дал в Астане в честь гостя ужин.",
    ]);
    expect(found.filter((m) => m.kind !== "visit").map(brief)).toEqual(["meeting/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes a telebridge for a call, with those who «подключились» as its participants", () => {
    const found = meetingsOf([
      "Телемост Вашингтон – Астана состоялся накануне.",
      "К телемосту подключились министр иностранных дел Казахстана Канат Омаров и помощник госсекретаря США Джордж Хилл.",
    ]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-12 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("gives the meetings of a trip to the traveller named in the genitive after it", () => {
    const found = meetingsOf([
      "В ходе визита Каната Омарова в Вашингтон в среду состоялись его встречи с сенатором Джорджем Хиллом и конгрессменом Питером Коллинзом.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-11 Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Вашингтон [Канат Омаров, Питер Коллинз]",
    ]);
  });
  it("takes «американский генерал был принят …» for the visitor received before, and copies of credentials «передала» to a minister", () => {
    const found = meetingsOf([
      "В понедельник в Астане генерал армии США Джордж Хилл был принят министром обороны Казахстана Канатом Омаровым.",
      "В тот же день американский генерал был принят Президентом Казахстана Бакытом Асановым.",
      "Копии верительных грамот посол США Питер Коллинз в понедельник передал министру иностранных дел Казахстана Ерлану Жумабаеву.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-09 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-09 Астана [Бакыт Асанов, Джордж Хилл]",
      "meeting/held 2026-03-09 Астана [Питер Коллинз, Ерлан Жумабаев]",
    ]);
  });
  it("splits «а также встречи с A и B» into one planned meeting per person", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в понедельник отправляется с рабочим визитом в США.",
      "В Вашингтоне запланированы переговоры главы казахстанской дипломатии с госсекретарем США Джорджем Хиллом, а также встречи с министром обороны Питером Коллинзом и министром энергетики Джоном Уайтом.",
    ]);
    expect(found.map(brief)).toEqual([
      "talks/planned - Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/planned - Вашингтон [Канат Омаров, Питер Коллинз]",
      "meeting/planned - Вашингтон [Канат Омаров, Джон Уайт]",
    ]);
  });
  it("takes a meeting a visit's programme «предусмотрена» for planned", () => {
    const found = meetingsOf(["Программой визита посла США Джорджа Хилла предусмотрена встреча с акимом области Канатом Омаровым."]);
    expect(found.map((m) => m.status)).toEqual(["planned"]);
  });
  it("reads a round table as a conference, with those who will greet its participants", () => {
    const found = meetingsOf([
      "20 марта в Астане состоится международный круглый стол «Казахстан – США: партнерство».",
      "Ожидается, что с приветственным словом к участникам обратятся заместитель министра иностранных дел Казахстана Канат Омаров и посол США Джордж Хилл.",
    ]);
    expect(found.map(brief)).toEqual(["conference/planned 2026-03-20 Астана [Канат Омаров, Джордж Хилл]"]);
  });
  it("leaves out a recalled meeting («Напомним, …») even when the text gives its day", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Напомним, 6 марта посол Казахстана Бакыт Асанов вручил верительные грамоты президенту США Питеру Коллинзу.",
    ]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes a meeting denied at the end of a long clause for no meeting", () => {
    const found = meetingsOf([
      "Президент Казахстана Канат Омаров прибыл в Нью-Йорк для участия в сессии Генеральной Ассамблеи ООН.",
      "Двусторонних встреч Каната Омарова и президента США Джорджа Хилла в ходе нынешней поездки в Нью-Йорк не запланировано.",
    ]);
    expect(found.filter((m) => m.kind === "meeting")).toEqual([]);
  });
  it("leaves out what happened «Тогда», at the earlier time the story just recalled", () => {
    const found = meetingsOf([
      "Президент Казахстана Канат Омаров в среду провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Разговор стал продолжением контактов, начатых в ходе визита госсекретаря в Астану в начале февраля. Тогда Джордж Хилл провел переговоры с министром иностранных дел Бакытом Асановым.",
    ]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("leaves out an event the sentence describes as done earlier («состоявшаяся недавно … встреча»)", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Министры отметили, что состоявшаяся недавно в Вашингтоне встреча президентов Бакыта Асанова и Питера Коллинза придала новый импульс партнерству.",
    ]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("gives a meeting of «члены делегации» to the delegation's members, and «его встреча» to the visitor, not to a host who spoke last", () => {
    const found = meetingsOf([
      "Председатель Сената Казахстана Канат Омаров в среду принял в Астане делегацию Конгресса США во главе с сенатором Джорджем Хиллом.",
      "В тот же день члены делегации были приняты Председателем Мажилиса Бакытом Асановым.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Астана [Бакыт Асанов, Джордж Хилл]",
    ]);
    const visit = meetingsOf([
      "Вице-премьер Казахстана Канат Омаров в среду встретился в Вашингтоне с сенатором США Джорджем Хиллом.",
      "Сенатор Джордж Хилл отметил рост торговли.",
      "В тот же день в Вашингтоне состоялась его встреча с вице-президентом Торговой палаты США Питером Коллинзом.",
    ]);
    expect(visit.map(brief)).toEqual([
      "meeting/held 2026-03-11 Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Вашингтон [Канат Омаров, Питер Коллинз]",
    ]);
  });
  it("takes a proposal (предложил провести) for no plan, and the one named in the nominative for a visit's traveller", () => {
    const proposal = meetingsOf(["Аким Алматы Канат Омаров предложил генконсулу США Джорджу Хиллу провести совместный форум бизнеса."]);
    expect(proposal.filter((m) => m.kind === "conference")).toEqual([]);
    const supported = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров встретился с Генеральным секретарем ООН Джорджем Хиллом.",
      "Генсек ООН поддержал намерение Казахстана провести в Совбезе тематические дебаты.",
    ]);
    expect(supported.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
    const visit = meetingsOf(["По итогам визита губернатор штата Юта Джордж Хилл принял приглашение посетить Казахстан."]);
    expect(visit.map(brief)).toEqual(["visit/planned - Казахстан [Джордж Хилл]"]);
  });

  it("leaves out a meeting with a third country's envoy and a third country's minister's visit, told in a story about the US", () => {
    const found = meetingsOf([
      "Во вторник министр торговли Казахстана Канат Омаров встретился с послом США Джорджем Хиллом.",
      "В тот же день министр провел встречу с послом Китая в Казахстане Ли Мином.",
      "Кроме того, в апреле Казахстан посетит министр иностранных дел Японии Хироси Накамура.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("does not make the speaker of «отметил, что предстоящий визит …» a traveller, nor keep a trip with nobody and nowhere", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров принял посла США Джорджа Хилла.",
      "Глава МИД отметил, что предстоящий визит придаст новый импульс сотрудничеству.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("gives the next session of a standing body nobody, and the next round of the sides' own consultations to the sides", () => {
    const body = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров принял посла США Джорджа Хилла.",
      "По итогам встречи стороны договорились провести очередное заседание Казахстанско-американского энергетического партнерства в мае в Вашингтоне.",
    ]);
    expect(body.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-05-01 Вашингтон []"]);
    // The session named before the verb that plans it; a council «Казахстан – США» is the two countries' own.
    const named = meetingsOf([
      "Министр торговли Казахстана Канат Омаров провел онлайн-встречу с заместителем торгового представителя США Джорджем Хиллом.",
      "Заседание казахстанско-американской рабочей группы по экономическому сотрудничеству, по данным правительства, планируется провести в мае в Вашингтоне.",
    ]);
    expect(named.map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-05-01 Вашингтон []"]);
    const council = meetingsOf([
      "Министр торговли Казахстана Канат Омаров принял посла США Джорджа Хилла.",
      "Стороны договорились провести очередное заседание Совета по торговле и инвестициям Казахстан – США в мае в Вашингтоне.",
    ]);
    expect(council.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-05-01 Вашингтон []"]);
    // The body named before a relative «заседание которого».
    const relative = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров принял заместителя министра энергетики США Джорджа Хилла.",
      "По итогам встречи стороны договорились продолжить обсуждение в рамках Энергетического диалога, заседание которого запланировано на осень в Вашингтоне.",
    ]);
    expect(relative.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned - Вашингтон []"]);
    // Who will lead a delegation to it, named in the next sentence, takes part.
    const led = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров провел телефонный разговор с заместителем госсекретаря США Джорджем Хиллом.",
      "Стороны договорились провести очередное заседание Диалога по расширенному стратегическому партнерству в июне в Вашингтоне.",
      "Казахстанскую делегацию на заседании возглавит Канат Омаров.",
    ]);
    expect(led.map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-06-01 Вашингтон [Канат Омаров]"]);
    // Adjectives may stand between the session and the body («заседание совместной рабочей группы»).
    const group = meetingsOf([
      "Министр сельского хозяйства Казахстана Канат Омаров провел переговоры с заместителем министра сельского хозяйства США Джорджем Хиллом.",
      "По итогам переговоров стороны договорились провести заседание совместной рабочей группы по сельскому хозяйству в сентябре.",
    ]);
    expect(group.map(brief)).toEqual(["talks/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-09-01 - []"]);
    const own = meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров и посол США Джордж Хилл провели политические консультации.",
      "Стороны договорились провести следующий раунд консультаций в Вашингтоне в мае.",
    ]);
    expect(own.map(brief)).toEqual(["talks/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-05-01 Вашингтон [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes a trip «запланированному на май» for a planned visit though the sides only discussed preparing it", () => {
    const found = meetingsOf([
      "Премьер-министр Казахстана Канат Омаров провел встречу с послом США Джорджем Хиллом.",
      "Кроме того, обсуждена подготовка к визиту министра торговли США Питера Коллинза в Казахстан, запланированному на май.",
      "Также обсуждалась подготовка к поездке министра в Вашингтон.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "visit/planned 2026-05-01 Казахстан [Питер Коллинз]"]);
  });

  it("keeps a ministerial held on the sidelines of a session apart from the session, and last year's delegate out of this year's plans", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров возглавит делегацию на 81-й сессии Генеральной Ассамблеи ООН в Нью-Йорке.",
      "24 сентября на полях сессии пройдет встреча министров иностранных дел стран Центральной Азии и США с участием госсекретаря Джорджа Хилла.",
      "В прошлом году Казахстан на общих дебатах представлял президент Бакыт Асанов.",
    ]);
    expect(found.map(brief)).toEqual([
      "conference/planned - Нью-Йорк [Канат Омаров]",
      "conference/planned 2026-09-24 Нью-Йорк [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("dates an event by its own clause or the relative clause after it, never by the day it was reported", () => {
    const reported = meetingsOf(["Министр иностранных дел Казахстана Канат Омаров возглавит делегацию на сессии Генеральной Ассамблеи ООН в Нью-Йорке, сообщили в МИД в среду.", "Министр выступит на общих дебатах 25 сентября."]);
    expect(reported.map(brief)).toEqual(["conference/planned 2026-09-25 Нью-Йорк [Канат Омаров]"]);
    const relative = meetingsOf(["Президент Казахстана Канат Омаров совершит поездку в Нью-Йорк, где примет участие в общих дебатах сессии Генеральной Ассамблеи ООН, которые откроются 22 сентября, сообщили в пятницу."]);
    expect(relative.map((m) => m.date)).toEqual(["2026-09-22"]);
  });

  it("places a meeting in a US state capital, and in the Government House under the capital's name of the day", () => {
    expect(meetingsOf(["Посол Казахстана в США Канат Омаров в среду встретился в Шайенне с губернатором штата Вайоминг Джорджем Хиллом."]).map((m) => m.place)).toEqual(["Шайенн"]);
    const text = " date 2021-04-15 Первый заместитель Премьер-министра РК Канат Омаров принял в Доме Правительства посла США Джорджа Хилла.";
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map((m) => m.place)).toEqual(["Нур-Султан"]);
  });

  it("leaves out a meeting with a third country's unnamed ambassador", () => {
    const found = meetingsOf([
      "Министр сельского хозяйства Казахстана Канат Омаров в четверг встретился с послом США Джорджем Хиллом.",
      "В мае в Вашингтоне планируется очередное заседание рабочей группы по сельскому хозяйству, на котором стороны намерены рассмотреть ветеринарные вопросы.",
      "В тот же день К.Омаров провел встречу с послом Нидерландов, с которым обсудил тепличное хозяйство.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-05-01 Вашингтон []"]);
  });

  it("reads every event a visit's programme lists as planned, and the guest «будет принят» by post as the visitor", () => {
    const found = meetingsOf([
      "Заместитель государственного секретаря США Джордж Хилл в среду прибудет в Астану.",
      "\"В программе визита - переговоры с министром иностранных дел Казахстана Канатом Омаровым и встреча с премьер-министром Казахстана Бакытом Асановым\", - сказал собеседник агентства.",
      "Ожидается также, что американский дипломат будет принят президентом Казахстана Питером Коллинзом.",
    ]);
    expect(found.map(brief)).toEqual([
      "talks/planned 2026-03-18 Астана [Джордж Хилл, Канат Омаров]",
      "meeting/planned 2026-03-18 Астана [Джордж Хилл, Бакыт Асанов]",
      "meeting/planned 2026-03-18 Астана [Питер Коллинз, Джордж Хилл]",
    ]);
  });

  it("takes a meeting «в режиме видеосвязи» for a call, and a meeting with students for no meeting of the archive", () => {
    expect(meetingsOf(["Премьер-министр Казахстана Канат Омаров в режиме видеосвязи провел встречу с послом США Джорджем Хиллом."]).map(brief)).toEqual([
      "call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
    const found = meetingsOf([
      "Посол США Джордж Хилл в четверг встретился в Актау с акимом области Канатом Омаровым.",
      "В рамках поездки посол также встретился со студентами и преподавателями Каспийского университета.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 Актау [Джордж Хилл, Канат Омаров]"]);
  });

  it("gives a delegation's planned trip to nobody named, not to the official who announced it, and keeps a Kazakh delegation's trip abroad", () => {
    const found = meetingsOf([
      "Министр сельского хозяйства Казахстана Канат Омаров принял посла США Джорджа Хилла.",
      "Посол сообщил, что в июне Казахстан посетит делегация Министерства сельского хозяйства США.",
      "Министр сообщил, что в сентябре делегация Сената посетит Вашингтон.",
      "Джордж Хилл сообщил, что намерен посетить Костанай в составе делегации конгрессменов.",
    ]);
    expect(found.map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "visit/planned 2026-06-01 Казахстан []",
      "visit/planned 2026-09-01 Вашингтон []",
      "visit/planned - Костанай [Джордж Хилл]",
    ]);
  });

  it("takes «договорились встретиться … на полях сессии» for the sides' planned meeting, not for the session", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Главы внешнеполитических ведомств договорились встретиться в сентябре в Нью-Йорке на полях 80-й сессии Генеральной Ассамблеи ООН.",
    ]);
    expect(found.map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "meeting/planned 2026-09-01 Нью-Йорк [Канат Омаров, Джордж Хилл]"]);
  });

  it("reads a session of a dialogue «в формате C5+1» and a summit of «Группы двадцати» as conferences", () => {
    expect(meetingsOf(["Представители стран Центральной Азии и США в среду провели в Астане очередное заседание Диалога по критическим минералам в формате C5+1."]).map((m) => m.kind)).toEqual(["conference"]);
    expect(meetingsOf(["Президент Казахстана Канат Омаров подтвердил участие в саммите «Группы двадцати», который пройдет в декабре в Майами."]).map((m) => m.kind)).toEqual(["conference"]);
  });

  it("names nobody in a plan told impersonally after a held meeting («заседание Совета планируется провести»)", () => {
    const found = meetingsOf([
      "Министр торговли Казахстана Канат Омаров принял временного поверенного в делах США Джорджа Хилла.",
      "Очередное заседание Совета по торговле и инвестициям Центральной Азии и США планируется провести в мае.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "conference/planned 2026-05-01 - []"]);
  });

  it("reads a `бизнес-форум` by its head noun, the prefix not making it a call", () => {
    const found = meetingsOf([
      "Аким области Канат Омаров встретился с послом США Джорджем Хиллом.",
      "В октябре в Уральске планируется провести бизнес-форум с участием делегации американских компаний.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "conference/planned 2026-10-01 Уральск []"]);
  });

  it("reads `намерены` as intending, not as the past of `намерить`", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров провел переговоры с послом США Джорджем Хиллом.",
      "Следующий форум стороны намерены провести в очном формате в Астане в 2027 году.",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "conference/planned 2027-01-01 Астана []"]);
  });

  it("names a man by the nominative the article writes elsewhere (`Ричарда Верму` … `Верма провел`)", () => {
    const found = meetingsOf([
      "В понедельник глава МИД Казахстана Канат Омаров принял заместителя госсекретаря США Ричарда Верму.",
      "Днем позже Верма провел встречу с министром цифрового развития Казахстана Жасланом Мадиевым.",
    ]);
    expect(found.flatMap((m) => m.participants.map((p) => p.name))).toContain("Ричард Верма");
    expect(found.flatMap((m) => m.participants.map((p) => p.name))).not.toContain("Ричард Верму");
  });

  it("takes what the two discussed after a call for the call told on", () => {
    const found = meetingsOf([
      "Государственный секретарь США Джордж Хилл в четверг провел телефонный разговор с министром иностранных дел Казахстана Канатом Омаровым.",
      "Согласно заявлению, Хилл поблагодарил казахстанскую сторону за содействие в эвакуации, а также обсудил с Омаровым борьбу с пандемией.",
    ]);
    expect(found.map((m) => `${m.kind}/${m.status}`)).toEqual(["call/held"]);
  });

  it("knows a Malaysian minister for a third country's", () => {
    const found = meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров встретился с постоянным представителем США при ООН Джорджем Хиллом.",
      "В тот же день Канат Омаров провел переговоры с министром иностранных дел Малайзии Мохамадом Хасаном.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("gives a delegation's planned trip and its meetings to nobody when the official only announced it", () => {
    const found = meetingsOf([
      "Председатель Сената Канат Омаров принял временного поверенного в делах США в Казахстане Джуди Хилл.",
      "Как сообщила Джуди Хилл, в мае Казахстан посетит делегация сотрудников аппарата Конгресса США, которая проведет встречи в Сенате и Мажилисе.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джуди Хилл]", "visit/planned 2026-05-01 Казахстан []"]);
  });

  it("does not let a site on the ambassador's programme join a delegation's planned trip", () => {
    const found = meetingsOf([
      "Аким Карагандинской области Канат Омаров в четверг принял посла США в Казахстане Джорджа Хилла, прибывшего в регион с двухдневным визитом.",
      "По словам посла, осенью в Караганду приедет торгово-экономическая миссия Министерства торговли США.",
      "В пятницу посол встретится со студентами Карагандинского университета и посетит музей Карлага в поселке Долинка.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-12 Караганда [Канат Омаров, Джордж Хилл]", "visit/planned - Караганда []"]);
  });

  it("takes a meeting with representatives of business for outreach, not a meeting of officials", () => {
    const found = meetingsOf([
      "Заместитель госсекретаря США Джордж Хилл посетит Астану 24–25 апреля.",
      "Кроме того, Хилл встретится в Астане с представителями казахстанского бизнеса.",
    ]);
    expect(found.map((m) => `${m.kind}/${m.status}`)).toEqual(["visit/planned"]);
  });

  it("keeps talks with an unnamed third country's delegation out of the meeting in focus", () => {
    const found = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров в среду провел встречу с помощником министра энергетики США Джорджем Хиллом.",
      "Ранее министр энергетики провел переговоры с делегацией китайской корпорации CNNC.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("adds those a subtitle says attended to the one meeting the body reports", () => {
    const text = [
      "Карабалин обсудил с Chevron расширение Тенгиза",
      "Во встрече принял участие посол США Джордж Хилл",
      "Астана. 22 мая. Zakon.kz – Министр нефти и газа РК Канат Омаров в среду встретился с вице-президентом компании Chevron Джеем Джонсоном.",
    ].join("\n");
    const found = toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings;
    expect(found.map((m) => m.participants.map((p) => p.name).sort().join(", "))).toEqual(["Джей Джонсон, Джордж Хилл, Канат Омаров"]);
  });

  it("takes a meeting with representatives of NGOs for outreach", () => {
    const found = meetingsOf([
      "Заместитель госсекретаря США Джордж Хилл 23 марта проведет в Астане переговоры с заместителем министра иностранных дел Казахстана Канатом Омаровым.",
      "В Алматы американский дипломат выступит перед студентами и встретится с представителями неправительственных организаций.",
    ]);
    expect(found.map(brief)).toEqual(["talks/planned 2026-03-23 Астана [Джордж Хилл, Канат Омаров]"]);
  });

  it("makes no planned trip of a delegation that came, nor of an invitation handed over", () => {
    const found = meetingsOf([
      "Президент Казахстана Канат Омаров в среду принял заместителя министра торговли США Джорджа Хилла.",
      "Хилл сообщил, что американская деловая миссия, прибывшая вместе с ним, в четверг проведет в Астане бизнес-форум.",
      "В завершение встречи Глава государства передал приглашение Президенту США Питеру Коллинзу посетить Казахстан.",
    ]);
    expect(found.filter((m) => m.kind === "visit").map(brief)).toEqual([]);
  });

  it("plans no trip of one who was invited or received an invitation («был приглашен посетить», «получил приглашение посетить»)", () => {
    for (const invited of [
      "Президент США Питер Коллинз был приглашен посетить Казахстан в удобное для него время.",
      "Президент США Питер Коллинз получил приглашение посетить Казахстан, но сроки пока не обсуждались.",
    ]) {
      const found = meetingsOf(["Президент Казахстана Канат Омаров в среду провел переговоры с Президентом США Питером Коллинзом в Белом доме.", invited]);
      expect(found.map(brief)).toEqual(["talks/held 2026-03-11 Вашингтон [Канат Омаров, Питер Коллинз]"]);
    }
  });

  it("leaves out what is signed with a third country's delegation later the same day", () => {
    const found = meetingsOf([
      "Аким Алматы Канат Омаров в среду встретился с послом США в Казахстане Джорджем Хиллом.",
      "В тот же день градоначальник провел встречу с делегацией южнокорейского города Сувон, по итогам которой стороны подписали меморандум о побратимстве.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-11 Алматы [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes the next session of a body meeting in a third country for a multilateral one, dated by «запланировано на … год»", () => {
    const found = meetingsOf([
      "Министр промышленности Казахстана Канат Омаров провел переговоры с помощником госсекретаря США Джорджем Хиллом.",
      "Следующее заседание Диалога запланировано на 2027 год в Ташкенте.",
    ]);
    expect(found.map(brief)).toEqual(["talks/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "conference/planned 2027-01-01 Ташкент []"]);
  });

  it("reads «между» only when the event's word governs it, not «контактов между людьми»", () => {
    const found = meetingsOf([
      "Первый заместитель министра иностранных дел Казахстана Канат Омаров провел встречу с заместителем госсекретаря США Джорджем Хиллом.",
      "Встреча с заместителем госсекретаря по вопросам управления Питером Коллинзом была посвящена развитию контактов между людьми.",
    ]);
    expect(found.map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-13 - [Канат Омаров, Питер Коллинз]"]);
  });

  it("gives an unnamed mission's trip nobody, neither from its programme nor from a head named by post", () => {
    const planned = (paragraphs: string[]) => meetingsOf(paragraphs).filter((m) => m.kind === "visit").map(brief);
    expect(planned([
      "Министр сельского хозяйства Казахстана Канат Омаров встретился с заместителем министра сельского хозяйства США Джорджем Хиллом.",
      "По итогам встречи стороны договорились, что в октябре в Казахстан прибудет торговая миссия американских аграрных компаний, в ходе которой планируется подписать ряд коммерческих соглашений.",
    ])).toEqual(["visit/planned 2026-10-01 Казахстан []"]);
    expect(planned([
      "Министр туризма и спорта Казахстана Канат Омаров принял посла США Джорджа Хилла.",
      "Омаров сообщил, что в июне делегация министерства во главе с вице-министром посетит США.",
    ])).toEqual(["visit/planned 2026-06-01 США []"]);
  });

  it("reads two sides named together as the subject of «обсудили», and a headline's «А и Б обсудили» as the body's event", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров и министр энергетики США Джордж Хилл в среду обсудили совместные проекты в нефтегазовой отрасли.",
      "Встреча прошла в Хьюстоне в рамках международной энергетической конференции CERAWeek.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 Хьюстон [Канат Омаров, Джордж Хилл]"]);
    const text = [
      "Омаров и Хилл обсудили афганский мирный процесс",
      "Министр иностранных дел Казахстана Канат Омаров в среду провел переговоры в режиме видеоконференции со специальным представителем США Джорджем Хиллом.",
    ].join("\n");
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map((m) => m.kind)).toEqual(["call"]);
  });

  it("places a meeting told on «В ходе встречи в Павлодаре …», not one recalled «на встрече в Гааге»", () => {
    expect(meetingsOf([
      "Аким Павлодарской области Канат Омаров в четверг принял посла США в Казахстане Джорджа Хилла.",
      "В ходе встречи в Павлодаре глава региона рассказал гостю об индустриальном потенциале области.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-12 Павлодар [Канат Омаров, Джордж Хилл]"]);
  });

  it("finds the owner of a call behind a long post, and takes the pair's earlier call recalled for background", () => {
    expect(meetingsOf([
      "Состоялся телефонный разговор Заместителя Премьер-Министра – Министра иностранных дел Республики Казахстан Каната Омарова с Государственным секретарем США Джорджем Хиллом.",
      "Напомним, в апреле текущего года министр иностранных дел Казахстана и госсекретарь США также проводили телефонный разговор.",
    ]).map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("does not place a meeting in the region of someone's post («по разведке и добыче в Европе»)", () => {
    expect(meetingsOf([
      "Аким Атырауской области Канат Омаров принял президента американской компании Chevron по разведке и добыче в Европе, Евразии и на Ближнем Востоке Джорджа Хилла.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 Атырау [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes «следующее заседание … решено провести» for the next session, still ahead", () => {
    expect(meetingsOf([
      "Министр промышленности Казахстана Канат Омаров и заместитель госсекретаря США Джордж Хилл в среду провели в Астане заседание рабочей группы по минералам.",
      "Следующее заседание группы решено провести осенью в Вашингтоне.",
    ]).map(brief)).toEqual(["talks/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]", "talks/planned - Вашингтон []"]);
  });

  it("reads what was agreed «на саммите» as told of a summit held, not planned", () => {
    expect(meetingsOf([
      "На саммите в Нью-Йорке министр иностранных дел Казахстана Айдос Сериков и госсекретарь США Питер Коллинз договорились расширить сотрудничество в энергетике.",
    ]).map(brief)).toEqual(["conference/held 2026-03-13 Нью-Йорк [Айдос Сериков, Питер Коллинз]"]);
  });

  it("keeps a sentence opening with a time months before the story out of the gathering in focus", () => {
    expect(meetingsOf([
      "Министры Центральной Азии и США в среду провели в Астане министерскую встречу C5+1. В ней участвовал министр иностранных дел Казахстана Айдос Сериков и заместитель госсекретаря США Джордж Хилл.",
      "В ноябре 2025 года на саммите в Вашингтоне президент США Дональд Трамп и лидеры стран региона договорились расширить сотрудничество.",
    ]).map(brief)).toEqual(["conference/held 2026-03-11 Астана [Айдос Сериков, Джордж Хилл]"]);
  });

  it("takes a chamber's plenary or the Government's sitting for no gathering of the archive", () => {
    expect(meetingsOf(["На пленарном заседании, которое провел Председатель Мажилиса Канат Омаров, депутаты ратифицировали протокол к соглашению с США о транзите."])).toEqual([]);
    expect(meetingsOf(["На заседании Правительства министр энергетики Казахстана Канат Омаров доложил о сотрудничестве с США."])).toEqual([]);
  });

  it("plans nothing that is only possible, nor a trip denied after its relative clause", () => {
    expect(meetingsOf(["Президент США Джордж Хилл допустил, что приедет в Казахстан."])).toEqual([]);
    expect(meetingsOf(["Госсекретарь США Джордж Хилл заявил, что «очень возможно» посетит Казахстан."])).toEqual([]);
    expect(meetingsOf(["Поездка премьер-министра Казахстана Каната Омарова в Соединенные Штаты, которая намечалась на середину марта, не состоится."])).toEqual([]);
    expect(meetingsOf(["Визит премьер-министра Казахстана Каната Омарова в США, который планировался на март, состоится в апреле."]).map((m) => `${m.kind}/${m.status}`)).toEqual(["visit/planned"]);
  });

  it("dates and places a meeting by the arrival told in the sentence before it", () => {
    expect(meetingsOf([
      "Посол США в Казахстане Джордж Хилл в среду прибыл с рабочим визитом в Актау.",
      "В областном акимате гостя принял заместитель акима области Канат Омаров.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 Актау [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes the session a signing crowned, told after it with nobody named, for the signers' talks", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров и заместитель министра энергетики США Джордж Хилл в среду подписали в Вашингтоне план действий.",
      "Документ стал итогом двухдневного заседания Казахстанско-американской комиссии по энергетическому партнерству, которое прошло в Вашингтоне 10–11 марта.",
    ]).map(brief)).toEqual(["signing/held 2026-03-11 Вашингтон [Канат Омаров, Джордж Хилл]", "talks/held 2026-03-10 Вашингтон [Канат Омаров, Джордж Хилл]"]);
  });

  it("gives a signing told with nobody named the signers of the next sentence, and its ceremony's attendees", () => {
    expect(meetingsOf([
      "Во вторник в Астане был подписан меморандум о сотрудничестве между Министерством по чрезвычайным ситуациям и Посольством США.",
      "Документ подписали Министр по чрезвычайным ситуациям Казахстана Канат Омаров и Посол США Джордж Хилл.",
    ]).map(brief)).toEqual(["signing/held 2026-03-10 Астана [Канат Омаров, Джордж Хилл]"]);
    expect(meetingsOf([
      "Во вторник в Петропавловске университет Казахстана и Университет Аризоны подписали договор о сотрудничестве.",
      "В церемонии приняли участие министр науки Казахстана Канат Омаров и посол США Джордж Хилл.",
    ]).map(brief)).toEqual(["signing/held 2026-03-10 Петропавловск [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes the next session of the body just told, planned with nobody named, for a plan", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров и посол США Джордж Хилл в среду провели в Астане заседание делового совета.",
      "Следующее заседание совета планируется провести в первой половине 2027 года в Вашингтоне.",
    ]).map(brief)).toEqual(["conference/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]", "conference/planned 2027-01-01 Вашингтон []"]);
  });

  it("gives a reported plan with no subject of its own to the speaker, a trade mission as the trip", () => {
    expect(meetingsOf(["Губернатор штата Вайоминг Джордж Хилл сообщил, что намерен в следующем году возглавить торговую миссию штата в Казахстан."]).map(brief)).toEqual([
      "visit/planned 2027-01-01 Казахстан [Джордж Хилл]",
    ]);
  });

  it("takes a press briefing for the press, not a gathering, and keeps a Security Council briefing", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров на следующей неделе посетит Вашингтон",
      "Министр иностранных дел Канат Омаров 2–4 апреля совершит официальный визит в Вашингтон, сообщил на брифинге официальный представитель МИД.",
    ]).map((m) => m.kind)).toEqual(["visit"]);
    expect(meetingsOf(["Президент Казахстана Канат Омаров председательствовал в четверг на брифинге Совета Безопасности ООН с участием госсекретаря США Джорджа Хилла."]).map((m) => m.kind)).toEqual(["conference"]);
  });

  it("leaves out a US envoy's talks with a third country's minister and an official of unknown country beside him", () => {
    expect(meetingsOf([
      "В Ташкенте специальный посланник США Джордж Хилл провел переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым и Лазизом Кудратовым.",
    ])).toEqual([]);
  });

  it("keeps a meeting with someone named by post alone apart from the meeting told before", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в четверг принял в Астане помощника госсекретаря США Джорджа Хилла.",
      "В тот же день американский дипломат встретился с первым заместителем министра энергетики, однако подробности этой беседы не раскрыли.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-12 Астана [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-12 Астана [Джордж Хилл]"]);
  });

  it("takes «Заседание прошло под сопредседательством …» for the bilateral session just told, with its co-chairs", () => {
    expect(meetingsOf([
      "В Астане в среду состоялось первое заседание Диалога высокого уровня между Казахстаном и США по правам человека.",
      "Заседание прошло под сопредседательством специального представителя Президента Казахстана Каната Омарова и заместителя госсекретаря США Джорджа Хилла.",
    ]).map(brief)).toEqual(["talks/held 2026-03-11 Астана [Канат Омаров, Джордж Хилл]"]);
  });

  it("gives a signing «по итогам встречи» by the two just met, named by their posts, to them", () => {
    expect(meetingsOf([
      "Сегодня Министр внутренних дел Казахстана Канат Омаров встретился с Послом США Джорджем Хиллом.",
      "По итогам встречи глава МВД и посол подписали дополнительный протокол к Меморандуму.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "signing/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("places a held meeting in no country: a visit to Kazakhstan framing it says no more than the story does", () => {
    expect(meetingsOf([
      "Визит в Казахстан госсекретаря США",
      "Во вторник министр иностранных дел Казахстана Канат Омаров провел переговоры с госсекретарем США Джорджем Хиллом.",
    ]).map(brief)).toEqual(["talks/held 2026-03-10 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("knows Turkmenistan as «Туркмения», so a US envoy's meeting in Ashgabat is not the archive's", () => {
    expect(meetingsOf([
      "Ранее в ходе турне по Центральной Азии заместитель госсекретаря США Джордж Хилл посетил Ашхабад, где встретился с президентом Туркмении Гурбангулы Бердымухамедовым.",
    ])).toEqual([]);
  });

  it("takes no trip done by nobody named, nor a visiting delegation's stay apart from the meeting it is told in", () => {
    expect(meetingsOf(["Воздушное судно прибыло в Астану из США, где оно было переоборудовано."])).toEqual([]);
    expect(meetingsOf([
      "Председатель Сената Казахстана Канат Омаров встретился с делегацией сотрудников аппарата Конгресса США, находящейся с визитом в Казахстане.",
    ]).map((m) => `${m.kind}/${m.status} [${m.participants.map((p) => p.name).join(", ")}]`)).toEqual(["meeting/held [Канат Омаров]"]);
  });
  it("places a meeting held «в кулуарах» of a gathering where the gathering is", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров принимает участие в заседании Совета министров ОБСЕ, которое открылось во вторник в Афинах.",
      "Делегацию США на заседании возглавляет заместитель госсекретаря США Джордж Хилл.",
      "В кулуарах заседания Омаров и Хилл провели двустороннюю встречу.",
    ]).map(brief).at(-1)).toMatch(/^meeting\/held \S+ Афины \[Канат Омаров, Джордж Хилл\]$/);
  });
  it("takes a planned meeting with members of a business council for outreach, not a meeting of officials", () => {
    expect(meetingsOf(["Во вторник министр торговли Казахстана Канат Омаров намерен встретиться с членами Американо-казахстанского делового совета."])).toEqual([]);
  });
  it("takes a held meeting told in a sentence opening «Ранее» with no day of its own for background", () => {
    const found = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров встретился с послом США Джорджем Хиллом.",
      "Ранее глава Минэнерго принимал участие в конференции в Хьюстоне, где провел встречу с министром энергетики США Полом Сандерсом.",
    ]).map(brief);
    expect(found).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
    // `Ранее, в понедельник, …` gives the day: the story's own week.
    expect(meetingsOf(["Ранее, в понедельник, посол США Джордж Хилл встретился с акимом Карагандинской области Каналом Омаровым."]).map(brief)).toEqual([
      "meeting/held 2026-03-09 Караганда [Джордж Хилл, Канал Омаров]",
    ]);
  });
  it("knows the Baltic and Balkan countries, so their ministers' meetings are not the archive's", () => {
    expect(meetingsOf(["В Вильнюсе министр иностранных дел Казахстана Канат Омаров встретился с министром иностранных дел Литвы Аудронюсом Ажубалисом."])).toEqual([]);
  });
  it("gives a meeting the ministers agree on, named by their common post, to the two who just talked", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров провел онлайн-встречу с министром энергетики США Джорджем Хиллом.",
      "Министры договорились продолжить диалог при личной встрече в Вашингтоне в сентябре.",
    ]).map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "meeting/planned 2026-09-01 Вашингтон [Канат Омаров, Джордж Хилл]"]);
  });
  it("reads a gathering talked about as planned when a relative clause far after its noun schedules it", () => {
    expect(meetingsOf([
      "Стороны обсудили подготовку к первой встрече министров иностранных дел стран Центральной Азии и Государственного секретаря США Джорджа Хилла в формате «С5+1», которая состоится в ноябре в Самарканде. С казахстанской стороны в ней примет участие министр иностранных дел Канат Омаров.",
    ]).map(brief)).toEqual(["conference/planned 2026-11-01 Самарканд [Джордж Хилл, Канат Омаров]"]);
  });
  it("takes a conversation «в ходе приема» for the reception's meeting, on the reception's day", () => {
    expect(meetingsOf([
      "Накануне аким Алматы Канат Омаров принял участие в приеме, организованном Генеральным консульством США в Алматы.",
      "В ходе приема глава города провел беседу с Послом США в Казахстане Джорджем Хиллом.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-12 Алматы [Канат Омаров, Джордж Хилл]"]);
  });
  it("sends a trip «в область» with nobody named to the region of the story's akim", () => {
    expect(meetingsOf([
      "Аким Кызылординской области Канат Омаров встретился с послом США Джорджем Хиллом.",
      "По словам посла, в сентябре в область приедет группа американских экспертов по водным ресурсам.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 Кызылорда [Канат Омаров, Джордж Хилл]", "visit/planned 2026-09-01 Кызылординская область []"]);
  });
  it("keeps a Kazakh group's planned trip with nobody named: deputies, senators, an agency's delegation", () => {
    expect(meetingsOf(["В сентябре группа депутатов Мажилиса посетит Вашингтон для встреч с членами Конгресса США."]).map(brief)).toEqual(["visit/planned 2026-09-01 Вашингтон []"]);
    expect(meetingsOf(["Как сообщили в агентстве, в октябре планируется рабочая поездка делегации АФМ в Вашингтон для встреч в ведомствах США."]).map(brief)).toEqual(["visit/planned 2026-10-01 Вашингтон []"]);
  });
  it("takes the sides' annual consultations announced with nobody named for their next round", () => {
    expect(meetingsOf([
      "Министр обороны Казахстана Канат Омаров встретился с послом США Джорджем Хиллом.",
      "Ежегодные двусторонние консультации по военному сотрудничеству, как сообщается, пройдут в ноябре в Вашингтоне.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "talks/planned 2026-11-01 Вашингтон []"]);
  });
  it("places a held meeting in no country its sentence names, the ambassador's «в Казахстане» included", () => {
    expect(meetingsOf(["Министр энергетики Республики Казахстан Канат Омаров принял Чрезвычайного и Полномочного Посла Соединенных Штатов Америки в Казахстане Джорджа Хилла."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
  });
  it("dates a planned meeting of someone going to a planned gathering on the gathering's first day, there", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров примет участие в конференции CERAWeek, которая пройдет 23–27 марта в Хьюстоне.",
      "Кроме того, ожидается, что Омаров проведет переговоры с министром энергетики США Джорджем Хиллом.",
    ]).map(brief).at(-1)).toBe("talks/planned 2026-03-23 Хьюстон [Канат Омаров, Джордж Хилл]");
  });
  it("reads «Подписи под документом поставили A и B» as their signing", () => {
    expect(meetingsOf([
      "Вчера в министерстве было подписано соглашение между Казахстаном и США. Подписи под документом поставили министр финансов Казахстана Канат Омаров и посол США Джордж Хилл.",
    ]).map(brief)).toEqual(["signing/held 2026-03-12 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("places a reception told in the passive («была принята в Астане») where it was", () => {
    expect(meetingsOf(["Посол США Элизабет Джонс во вторник была принята в Астане министром иностранных дел Казахстана Ерланом Идрисовым."]).map(brief)).toEqual([
      "meeting/held 2026-03-10 Астана [Ерлан Идрисов, Элизабет Джонс]",
    ]);
  });
  it("dates a meeting «на следующий день» the day after the one just told, on the same trip", () => {
    expect(meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров 9 марта провел в Вашингтоне консультации с помощником госсекретаря США Джорджем Хиллом.",
      "На следующий день заместитель министра встретился с сенатором Полом Сандерсом.",
    ]).map(brief)).toEqual(["talks/held 2026-03-09 Вашингтон [Канат Омаров, Джордж Хилл]", "meeting/held 2026-03-10 Вашингтон [Канат Омаров, Пол Сандерс]"]);
  });
  it("gives a verb in a relative clause with nobody in the nominative to the pronoun's antecedent", () => {
    expect(meetingsOf([
      "Позднее ожидается приезд госсекретаря США Джорджа Хилла, который, по данным Госдепартамента, в начале декабря посетит Казахстан.",
    ]).map(brief)).toEqual(["visit/planned 2026-12-01 Казахстан [Джордж Хилл]"]);
  });
  it("reads «конгрессмены были приняты …» as the delegation just received meeting its next host", () => {
    expect(meetingsOf([
      "Председатель Сената Канат Омаров принял делегацию Конгресса США во главе с конгрессменом Джорджем Хиллом.",
      "В тот же день конгрессмены были приняты Председателем Мажилиса Полом Сандерсом.",
    ]).map(brief).at(-1)).toBe("meeting/held 2026-03-13 - [Пол Сандерс, Джордж Хилл]");
  });
  it("reads «в первом полугодии Караганду намерен посетить …» as a planned visit there, dated to the year", () => {
    expect(meetingsOf(["Как сообщили в министерстве, в первом полугодии Караганду намерен посетить министр внутренних дел США Джордж Хилл."]).map(brief)).toEqual([
      "visit/planned 2026-01-01 Караганда [Джордж Хилл]",
    ]);
  });
  it("keeps a gathering of the C5+1 or B5+1 format abroad though only the American side is named", () => {
    expect(meetingsOf([
      "В Бишкеке 4–5 марта прошел бизнес-форум B5+1, собравший представителей правительств пяти стран Центральной Азии и США. Американскую делегацию возглавил специальный посланник США Джордж Хилл.",
    ]).map(brief)).toEqual(["conference/held 2026-03-04 Бишкек [Джордж Хилл]"]);
  });
  it("takes a meeting told as «Весной прошлого года …» for background", () => {
    expect(meetingsOf([
      "Министр образования Казахстана Канат Омаров и посол США Джордж Хилл в среду подписали меморандум.",
      "Весной прошлого года Президент Казахстана Нурлан Сериков и Президент США Пол Сандерс встретились в Вашингтоне.",
    ]).map(brief)).toEqual(["signing/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes «Церемония прошла …» after a signing for the signing's ceremony, not one more meeting", () => {
    expect(meetingsOf([
      "Министр образования Казахстана Канат Омаров и посол США Джордж Хилл в среду подписали меморандум.",
      "Церемония прошла в министерстве в присутствии ректоров ведущих вузов страны.",
    ]).map(brief)).toEqual(["signing/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("takes a signing planned by the Kazakh side alone for another treaty's, not one of this archive", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "В центре внимания была подготовка договора о Евразийском экономическом союзе, который Омаров планирует подписать в мае.",
    ]).map(brief)).toEqual(["call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });
  it("gives an active participle set off by a comma the person it follows for its subject", () => {
    expect(meetingsOf([
      "Поездка в Астану заместителя министра торговли США Джорджа Хилла, встречавшегося с министром торговли Казахстана Каналом Омаровым, прошла успешно.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 Астана [Джордж Хилл, Канал Омаров]"]);
  });
  it("takes a session of the two countries' own council for talks between them", () => {
    expect(meetingsOf([
      "Очередное заседание Казахстанско-американского делового совета прошло в среду в Алматы под председательством министра торговли Казахстана Канала Омарова и посла США Джорджа Хилла.",
    ]).map(brief)).toEqual(["talks/held 2026-03-11 Алматы [Канал Омаров, Джордж Хилл]"]);
  });
});

describe("guests received, named by a pronoun", () => {
  it("takes «гости …, где их принял X» for the visitors met by X, and a third country's host for no meeting of the archive", () => {
    expect(meetingsOf([
      "Министр сельского хозяйства Казахстана Канат Омаров в среду прибыл в Вашингтон.",
      "В четверг гости прибыли в Эймс, где их принял президент Университета штата Айова Джордж Хилл.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-12 Эймс [Джордж Хилл, Канат Омаров]"]);
    expect(meetingsOf([
      "Председатель Сената Казахстана Канат Омаров в среду принял делегацию Конгресса США во главе с сенатором Джорджем Хиллом.",
      "Перед прибытием в Казахстан делегация побывала в Ташкенте, где ее принял президент Узбекистана Бакыт Асанов.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });
});

describe("women's names that do not decline", () => {
  it("reads «встречи с A и Пенни Прицкер» as two meetings, the indeclinable woman's name in the instrumental of the list", () => {
    expect(meetingsOf(["Министр индустрии Казахстана Асет Исекешев в четверг провел встречи с министром торговли США Джорджем Хиллом и Пенни Прицкер."]).map(brief)).toEqual([
      "meeting/held 2026-03-12 - [Асет Исекешев, Джордж Хилл]",
      "meeting/held 2026-03-12 - [Асет Исекешев, Пенни Прицкер]",
    ]);
  });
});

describe("a signing planned with nobody named", () => {
  it("keeps «меморандум планируется подписать до конца года» after a meeting with the Americans, but not a treaty planned after talks with a third country", () => {
    expect(meetingsOf([
      "Министр здравоохранения Казахстана Канат Омаров в среду встретился с послом США Джорджем Хиллом.",
      "До конца года министерство и посольство намерены подписать меморандум о сотрудничестве.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]", "signing/planned 2026-01-01 - []"]);
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду провел переговоры с министром иностранных дел России Бакытом Асановым.",
      "Стороны обсудили договор о Евразийском экономическом союзе, который планируется подписать в мае.",
    ]).map(brief)).toEqual([]);
  });
});

describe("a meeting on the sidelines of a gathering just told", () => {
  it("takes the gathering's day when it names none of its own («На полях саммита министр встретился …»)", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в среду принял участие в саммите ОБСЕ в Вене. На саммите выступил госсекретарь США Джордж Хилл.",
      "На полях саммита глава казахстанского МИД встретился с помощником госсекретаря США Бакытом Асановым.",
    ]).map(brief)).toEqual([
      "conference/held 2026-03-11 Вена [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-11 Вена [Канат Омаров, Бакыт Асанов]",
    ]);
  });
});

describe("a gathering named after its city", () => {
  it("places «Астанинский международный форум» and a meeting on its sidelines in Astana", () => {
    expect(meetingsOf([
      "На Астанинском международном форуме, который открылся в четверг, американскую сторону представлял заместитель госсекретаря США Джордж Хилл. Сессию модерировал министр иностранных дел Казахстана Канат Омаров.",
      "На полях форума Омаров и Хилл провели двустороннюю встречу.",
    ]).map(brief)).toEqual([
      "conference/held 2026-03-12 Астана [Джордж Хилл]",
      "meeting/held 2026-03-12 Астана [Канат Омаров, Джордж Хилл]",
    ]);
  });
});

describe("places a headline and a gathering's name give", () => {
  it("does not place a held meeting where the headline's coming event will be, and puts a meeting «на полях Генассамблеи» in New York", () => {
    const text = [
      "Омаров примет участие во встрече C5+1 в Нью-Йорке",
      "Астана. 13 марта. КазТАГ – Министр иностранных дел Казахстана Канат Омаров в пятницу принял посла США Джорджа Хилла.",
      "В понедельник, 16 марта, на полях Генассамблеи министр примет участие во встрече министров иностранных дел в формате C5+1 с участием госсекретаря США Бакыта Асанова.",
    ].join("\n");
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map(brief)).toEqual([
      "meeting/held - Астана [Канат Омаров, Джордж Хилл]",
      "conference/planned - Нью-Йорк [Канат Омаров, Бакыт Асанов]",
    ]);
  });
});

describe("the next leg of a trip", () => {
  it("does not place a meeting where the traveller goes after it («…, после чего вылетит в Бишкек»)", () => {
    expect(meetingsOf(["В понедельник сенатор США Джордж Хилл встретится с министром иностранных дел Казахстана Канатом Омаровым, после чего вылетит в Бишкек."]).map(brief)).toEqual([
      "meeting/planned 2026-03-16 - [Джордж Хилл, Канат Омаров]",
    ]);
  });
});

describe("an event owned by a possessive pronoun", () => {
  it("gives «запланированы его переговоры с A, а также встреча с B» to the visitor told before", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в пятницу принял посла США Джорджа Хилла.",
      "В Астане в апреле запланированы его переговоры с Омаровым, а также встреча с Президентом Казахстана Бакытом Асановым.",
    ]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "talks/planned 2026-04-01 Астана [Джордж Хилл, Канат Омаров]",
      "meeting/planned 2026-04-01 Астана [Джордж Хилл, Бакыт Асанов]",
    ]);
  });
});

describe("a delegation as the subject", () => {
  it("gives «Накануне делегация провела переговоры с министром …» to the delegation's head named before", () => {
    expect(meetingsOf([
      "Премьер-министр Казахстана Канат Омаров в пятницу принял делегацию американских деловых кругов во главе с заместителем министра торговли США Джорджем Хиллом.",
      "Накануне делегация провела переговоры с министром энергетики Казахстана Бакытом Асановым.",
    ]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "talks/held 2026-03-12 - [Джордж Хилл, Бакыт Асанов]",
    ]);
  });
});

describe("background told by a month", () => {
  it("takes «январский визит … и переговоры с …» in a July story for background, and «в феврале» in a story of 13 March for the story's own (the month may have ended days before)", () => {
    expect(meetingsOf([
      "Посол США Джордж Хилл на приеме в пятницу напомнил, что январский визит Президента Казахстана Каната Омарова в Вашингтон и переговоры с президентом Бакытом Асановым вывели отношения на новый уровень.",
    ]).map(brief)).toEqual([]);
    expect(meetingsOf(["В феврале министр иностранных дел Казахстана Канат Омаров встретился с послом США Джорджем Хиллом."]).map(brief)).toEqual([
      "meeting/held 2026-02-01 - [Канат Омаров, Джордж Хилл]",
    ]);
  });
});

describe("visitors named by their calling", () => {
  it("takes «Затем конгрессменов принял министр …» for the delegation told before", () => {
    expect(meetingsOf([
      "Председатель Мажилиса Казахстана Канат Омаров в понедельник принял делегацию Конгресса США во главе с конгрессменом Джорджем Хиллом.",
      "Затем конгрессменов принял министр иностранных дел Казахстана Бакыт Асанов.",
    ]).map(brief)).toEqual([
      "meeting/held 2026-03-09 - [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-09 - [Бакыт Асанов, Джордж Хилл]",
    ]);
  });
});

describe("a gathering with nobody named", () => {
  it("does not list a held forum nobody of either side is named at, but keeps the meeting held there", () => {
    expect(meetingsOf([
      "Во вторник в Алматы прошел международный инвестиционный форум, в котором приняли участие предприниматели из 30 стран.",
      "На полях форума во вторник в Алматы министр торговли Казахстана Канат Омаров встретился с послом США Джорджем Хиллом.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-10 Алматы [Канат Омаров, Джордж Хилл]"]);
  });
});

describe("a guest named by calling, after an arrival that made no meeting", () => {
  it("takes «американского дипломата принял аким» for the ambassador named before, and keeps an earlier date's credentials out of it", () => {
    expect(meetingsOf([
      "Посол США в Казахстане Джордж Хилл сегодня впервые побывал в Павлодарской области.",
      "В областном акимате американского дипломата принял аким Павлодарской области Канат Омаров.",
      "Джордж Хилл вручил верительные грамоты Президенту Казахстана в январе этого года.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 Павлодар [Канат Омаров, Джордж Хилл]"]);
  });

  it("plans nothing when the sides agree to go on talking with no when, where or occasion («договорились продолжить консультации»)", () => {
    const met = "Министр юстиции Казахстана Канат Омаров встретился с послом США Джорджем Хиллом.";
    expect(meetingsOf([met, "По итогам встречи стороны договорились продолжить консультации на уровне экспертов."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf([met, "Стороны договорились продолжить консультации в Вашингтоне в начале следующего года."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "talks/planned 2027-01-01 Вашингтон [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes a signing «в режиме видеоконференции» for one signing, its «онлайн-церемония» for the same event", () => {
    expect(meetingsOf([
      "Вчера в режиме видеоконференции министр образования Казахстана Канат Омаров и президент университета штата Канзас Джордж Хилл подписали меморандум о сотрудничестве.",
      "Онлайн-церемония прошла при участии министра сельского хозяйства Казахстана Ербола Карашукеева.",
    ]).map(brief)).toEqual(["signing/held 2026-03-12 - [Канат Омаров, Джордж Хилл, Ербол Карашукеев]"]);
  });

  it("takes a session the traveller is in town «в связи с» as the setting of the meeting, not one more event", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров, находящийся в Нью-Йорке в связи с 81-й сессией Генеральной Ассамблеи ООН, встретился в среду с постоянным представителем США при ООН Джорджем Хиллом.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-11 Нью-Йорк [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes a gathering described by a past participle («саммите, прошедшем в Астане») as held, whatever the clause's tense", () => {
    expect(meetingsOf([
      "В понедельник министр иностранных дел Казахстана Канат Омаров выступит в Сенате с отчетом о саммите «С5+1», прошедшем в Астане с участием госсекретаря США Джорджа Хилла.",
    ]).map((m) => `${m.kind}/${m.status}`)).toEqual(["conference/held"]);
  });

  it("takes a «панельная сессия» for a part of the gathering told, not another", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров принял участие в энергетической конференции в Берлине, в которой участвовал и помощник госсекретаря США Джордж Хилл.",
      "Выступая на панельной сессии, Канат Омаров рассказал о планах республики довести долю возобновляемых источников энергии до 15% к 2030 году.",
    ]).map(brief)).toEqual(["conference/held 2026-03-13 Берлин [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes accession negotiations («на переговорах о вступлении в ВТО») for a process, not an event or the kind of the meeting", () => {
    expect(meetingsOf([
      "Министр торговли Казахстана Канат Омаров, возглавляющий делегацию республики на переговорах о вступлении в ВТО, в четверг провел в Женеве встречу с постоянным представителем США при ВТО Джорджем Хиллом.",
      "Министр выразил надежду на поддержку Вашингтона на переговорах о вступлении республики в ВТО.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-12 Женева [Канат Омаров, Джордж Хилл]"]);
  });

  it("adds those «На встрече присутствовали» to the meeting just told, and takes «Предыдущая встреча» for an earlier one", () => {
    expect(meetingsOf([
      "Премьер-министр Казахстана Канат Омаров в понедельник встретился с председателем компании ConocoPhillips Джорджем Хиллом.",
      "На встрече присутствовали министр энергетики Казахстана Ерлан Сапаров и посол США Джон Ордуэй.",
      "Предыдущая встреча руководства Правительства с руководством компании прошла в 2019 году.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-09 - [Канат Омаров, Джордж Хилл, Ерлан Сапаров, Джон Ордуэй]"]);
  });

  it("adds the head of a delegation met and «во встрече также принял участие» after a comma to the meeting just told", () => {
    expect(meetingsOf([
      "Министр цифрового развития Казахстана Канат Омаров во вторник встретился с делегацией американской компании Cisco.",
      "Делегацию возглавил вице-президент Cisco Джордж Хилл, во встрече также принял участие посол США в Казахстане Джон Ордуэй.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл, Джон Ордуэй]"]);
  });

  it("adds those who «участвовали» in the talks just told past a participle's clause, and the place the clause tells", () => {
    expect(meetingsOf([
      "Госсекретарь США Джордж Хилл в среду провел встречу с министрами иностранных дел стран Центральной Азии.",
      "В переговорах, приуроченных к сессии Генеральной Ассамблеи ООН, участвовали министры иностранных дел Казахстана Канат Омаров, Киргизии Жээнбек Кулубаев и Таджикистана Сироджиддин Мухриддин.",
    ]).map(brief)).toEqual(["conference/held 2026-03-11 - [Джордж Хилл, Канат Омаров, Жээнбек Кулубаев, Сироджиддин Мухриддин]"]);
    expect(meetingsOf([
      "Делегацию Конгресса США во главе с конгрессменом Джорджем Хиллом принял председатель Мажилиса Канат Омаров.",
      "Во встрече, которая прошла в Астане, приняли участие депутаты Комитета по международным делам.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 Астана [Джордж Хилл, Канат Омаров]"]);
  });

  it("takes ministers of four countries met as a group for a conference, and a talk apart on its sidelines for a meeting of its own", () => {
    expect(meetingsOf([
      "Госсекретарь США Джордж Хилл в пятницу провел в Нью-Йорке встречу с министрами иностранных дел стран Центральной Азии.",
      "Во встрече участвовали глава МИД Казахстана Канат Омаров, министры иностранных дел Узбекистана Бахтиёр Саидов, Киргизии Жээнбек Кулубаев и Таджикистана Сироджиддин Мухриддин.",
      "На полях встречи Омаров провел отдельную беседу с Хиллом.",
    ]).map(brief)).toEqual([
      "conference/held 2026-03-13 Нью-Йорк [Джордж Хилл, Канат Омаров, Бахтиёр Саидов, Жээнбек Кулубаев, Сироджиддин Мухриддин]",
      "meeting/held 2026-03-13 Нью-Йорк [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("reads the verb of an event noun past a relative clause between commas, not past an aside inside one", () => {
    expect(meetingsOf([
      "Саммит ОБСЕ, подготовка к которому идет в Астане больше года и ради которого в столице перекроют улицы, откроется 1 декабря во Дворце Независимости.",
      "Американскую делегацию на саммите возглавит госсекретарь США Джордж Хилл, который проведет переговоры с министром иностранных дел Казахстана Канатом Омаровым.",
    ]).map(brief)).toEqual(["conference/planned 2026-12-01 Астана [Джордж Хилл, Канат Омаров]", "talks/planned 2026-12-01 Астана [Джордж Хилл, Канат Омаров]"]);
    expect(meetingsOf([
      "Во вторник министр иностранных дел Казахстана Канат Омаров принял помощника госсекретаря США Джорджа Хилла.",
      "Визит Хилла предваряет поездку госсекретаря США Питера Коллинза, который, по данным Госдепартамента, в начале декабря посетит Казахстан.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл]", "visit/planned 2026-12-01 Казахстан [Питер Коллинз]"]);
  });

  it("does not place a meeting in the city the traveller came to after it («До приезда в Астану … провел переговоры в Баку»)", () => {
    expect(meetingsOf([
      "В четверг в Астане министр энергетики Казахстана Канат Омаров провел переговоры с заместителем министра энергетики США Джорджем Хиллом.",
      "До приезда в Астану Хилл провел переговоры в Баку с министром энергетики Азербайджана Натигом Алиевым.",
    ]).map(brief)).toEqual(["talks/held 2026-03-12 Астана [Канат Омаров, Джордж Хилл]"]);
  });

  it("places a meeting told in «из Ташкента, где …» in that city, and denies one «не был принят»", () => {
    const met = "Во вторник министр иностранных дел Казахстана Канат Омаров принял помощника госсекретаря США Джорджа Хилла.";
    expect(meetingsOf([met, "В Астану Хилл прибыл из Ташкента, где накануне встречался с президентом Узбекистана Шавкатом Мирзиёевым."]).map(brief)).toEqual([
      "meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf([met, "Хилл прибыл в Астану из Ташкента, где не был принят руководством Узбекистана."]).map(brief)).toEqual([
      "meeting/held 2026-03-10 - [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes a guest named by initial and an undeclined surname for the one received, the instrumental name for the host", () => {
    expect(meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров провел переговоры с помощником госсекретаря США Дональдом Лу.",
      "В понедельник Д.Лу будет принят первым заместителем премьер-министра Романом Скляром.",
    ]).map(brief)).toEqual(["talks/held 2026-03-13 - [Канат Омаров, Дональд Лу]", "meeting/planned 2026-03-16 - [Роман Скляр, Дональд Лу]"]);
  });

  it("gives a meeting the sides agree to hold on a gathering's sidelines the sides of the last event between two", () => {
    expect(meetingsOf([
      "Президент Казахстана Канат Омаров в пятницу провел телефонный разговор с Президентом США Джорджем Хиллом.",
      "Канат Омаров подтвердил свое участие в саммите «Группы двадцати», который пройдет 14–15 декабря 2026 года в Майами.",
      "Президенты договорились провести двустороннюю встречу на полях саммита.",
    ]).map(brief)).toEqual([
      "call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "conference/planned 2026-12-14 Майами [Канат Омаров]",
      "meeting/planned 2026-12-14 Майами [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("gives a signing planned «по итогам переговоров» the people of the planned talks («намечено подписание министрами»)", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров 9 апреля посетит Вашингтон с рабочим визитом.",
      "В рамках предстоящего визита запланированы переговоры главы казахстанской дипломатии с государственным секретарем США Джорджем Хиллом.",
      "По итогам переговоров намечено подписание министрами совместного заявления о сотрудничестве.",
    ]).map(brief)).toEqual([
      "talks/planned 2026-04-09 Вашингтон [Канат Омаров, Джордж Хилл]",
      "signing/planned 2026-04-09 Вашингтон [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes two who discussed «в кулуарах» of a gathering both attend for a meeting apart, accession talks being no event", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в четверг выступил на заседании Совета министров иностранных дел ОБСЕ в Киеве. Американскую делегацию на заседании возглавляет помощник госсекретаря Джордж Хилл.",
      "По данным МИД, в кулуарах совещания Омаров и Хилл обсудили положение в Афганистане и переговоры Казахстана о вступлении в ВТО.",
    ]).map(brief)).toEqual([
      "conference/held 2026-03-12 Киев [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-12 Киев [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes «Последний раз … встречались» for background", () => {
    expect(meetingsOf([
      "Министр иностранных дел Казахстана Канат Омаров в четверг провел телефонный разговор с госсекретарем США Джорджем Хиллом.",
      "Последний раз Омаров и Хилл встречались в конце февраля в Нью-Йорке.",
    ]).map(brief)).toEqual(["call/held 2026-03-12 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("places the next planned meeting of a trip to the country in the city the last one was", () => {
    expect(meetingsOf([
      "На этой неделе Казахстан посетит заместитель министра энергетики США Джордж Хилл.",
      "Ожидается, что 15 марта в Астане американский гость проведет переговоры с министром иностранных дел Казахстана Канатом Омаровым.",
      "На следующий день, 16 марта, Хилл намерен встретиться с министром индустрии Казахстана Асетом Исекешевым.",
    ]).map(brief)).toEqual([
      "talks/planned 2026-03-15 Астана [Джордж Хилл, Канат Омаров]",
      "meeting/planned 2026-03-16 Астана [Джордж Хилл, Асет Исекешев]",
    ]);
  });

  it("keeps a traveller's trip told after a gathering in another city a visit of its own", () => {
    expect(meetingsOf([
      "Сегодня состоялся телефонный разговор министра иностранных дел Казахстана Каната Омарова с госсекретарем США Джорджем Хиллом.",
      "Стороны обсудили подготовку встречи министров иностранных дел в формате «Центральная Азия + США», которая пройдет 1 ноября в Самарканде с участием Каната Омарова и Джорджа Хилла.",
      "Джордж Хилл подтвердил намерение 2 ноября посетить Астану.",
    ]).map(brief)).toEqual([
      "call/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "conference/planned 2026-11-01 Самарканд [Канат Омаров, Джордж Хилл]",
      "visit/planned 2026-11-02 Астана [Джордж Хилл]",
    ]);
  });

  it("plans a visit by nobody named only when a delegation or a post travels, not aircraft", () => {
    const met = "Министр транспорта Казахстана Канат Омаров встретился с вице-президентом корпорации Boeing Джорджем Хиллом.";
    expect(meetingsOf([met, "Первые Boeing 787 Dreamliner прибудут в Казахстан во втором полугодии."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
    expect(meetingsOf([met, "Ожидается, что в мае Казахстан посетит министр энергетики США."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "visit/planned 2026-05-01 Казахстан []",
    ]);
    expect(meetingsOf([met, "Стороны обсудили подготовку к визиту в Казахстан делегации Конгресса США, который ожидается в мае."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "visit/planned 2026-05-01 Казахстан []",
    ]);
  });

  it("plans what «достигнута договоренность о подписании» and dates it, leaving the meeting «по итогам» of which it came its own day", () => {
    expect(meetingsOf([
      "У министра здравоохранения Казахстана Каната Омарова состоялась встреча с послом США Джорджем Хиллом.",
      "По итогам встречи достигнута договоренность о подписании в мае меморандума о сотрудничестве между Министерством здравоохранения РК и CDC.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "signing/planned 2026-05-01 - []"]);
  });

  it("reads a relative clause («которая состоится») as the nearest event noun's, not one before the verb", () => {
    expect(meetingsOf([
      "Заместитель министра иностранных дел Казахстана Канат Омаров принял заместителя помощника госсекретаря США Джорджа Хилла.",
      "В ходе встречи стороны обсудили подготовку к министерской встрече в формате С5+1, которая состоится 3 августа в Вашингтоне.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]", "conference/planned 2026-08-03 Вашингтон []"]);
  });

  it("places the traveller's next planned meeting, days after the one held, on the same trip; an invitation «пригласит посетить» goes elsewhere", () => {
    expect(meetingsOf([
      "Министр обороны Казахстана Канат Омаров в пятницу провел в Пентагоне переговоры с помощником министра обороны США Джорджем Хиллом.",
      "В понедельник Канат Омаров встретится с министром обороны США Робертом Гейтсом. Ожидается, что казахстанский министр пригласит американского коллегу посетить Казахстан.",
    ]).map(brief)).toEqual([
      "talks/held 2026-03-13 Вашингтон [Канат Омаров, Джордж Хилл]",
      "meeting/planned 2026-03-16 Вашингтон [Канат Омаров, Роберт Гейтс]",
    ]);
  });

  it("gives a visit told in a relative clause («…, который намерен посетить …») to the pronoun's antecedent alone", () => {
    const found = meetingsOf([
      "Министр энергетики Казахстана Канат Омаров провел в Вашингтоне переговоры с заместителем министра энергетики США Джорджем Хиллом.",
      "Казахстанский министр встретится также с министром энергетики США Робертом Гейтсом, который намерен посетить Казахстан в мае.",
    ]);
    expect(found.filter((m) => m.kind === "visit").map(brief)).toEqual(["visit/planned 2026-05-01 Казахстан [Роберт Гейтс]"]);
  });

  it("reads a visit's destination after a time («приняла приглашение посетить в апреле Шымкент»)", () => {
    expect(meetingsOf(["Посол США Джордж Хилл приняла приглашение посетить в апреле Шымкент."]).map(brief)).toEqual(["visit/planned 2026-04-01 Шымкент [Джордж Хилл]"]);
  });

  it("keeps a telephone call of three countries a call (a video call of three is a conference)", () => {
    expect(meetingsOf(["Накануне состоялся трехсторонний телефонный разговор президента Казахстана Каната Омарова с президентом США Джорджем Хиллом и премьер-министром Израиля Биньямином Нетаньяху."]).map((m) => m.kind)).toEqual(["call"]);
    expect(meetingsOf(["Министр иностранных дел Казахстана Канат Омаров провел переговоры по видеосвязи с госсекретарем США Джорджем Хиллом и министром иностранных дел Узбекистана Абдулазизом Камиловым."]).map((m) => m.kind)).toEqual(["conference"]);
  });

  it("plans a standing body's session the sides agree to hold («провести заседание Совета ТИФА») with nobody named, once for subtitle and body", () => {
    const text = ` date 2026-03-13\nМинистр и посол обсудили торговлю\nСтороны договорились провести заседание Совета ТИФА в мае\n\nМинистр торговли Казахстана Канат Омаров провел встречу с послом США Джорджем Хиллом.\n\nСтороны условились провести заседание Совета ТИФА в мае в онлайн-формате.`;
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
      "conference/planned 2026-05-01 - []",
    ]);
  });

  it("takes a place inside a post of several words («представителем США по примирению в Афганистане») for no venue", () => {
    expect(meetingsOf(["В пятницу министр иностранных дел Казахстана Канат Омаров встретился со специальным представителем США по примирению в Афганистане Джорджем Хиллом."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes «американский спецпосланник» for the American named before, and troops «в Афганистане» for no venue", () => {
    expect(meetingsOf([
      "Министр энергетики Казахстана Канат Омаров в четверг провел встречу со специальным посланником госсекретаря США Джорджем Хиллом.",
      "Главной темой стал транзит грузов для войск в Афганистане.",
      "В тот же день американский спецпосланник обсудил перспективы возобновляемой энергетики с председателем правления компании Ерланом Сапаровым.",
    ]).map(brief)).toEqual([
      "meeting/held 2026-03-12 - [Канат Омаров, Джордж Хилл]",
      "meeting/held 2026-03-12 - [Джордж Хилл, Ерлан Сапаров]",
    ]);
    expect(meetingsOf(["Министр обороны Казахстана Канат Омаров обсудил с послом США Джорджем Хиллом транзит невоенных грузов для войск в Афганистане."]).map(brief)).toEqual([
      "meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]",
    ]);
  });

  it("takes where a company will produce («расширит производство в Астане») in the headline for no venue", () => {
    const text = " date 2026-03-13\n\nWabtec расширит производство в Астане\n\nМинистр промышленности Казахстана Канат Омаров в среду встретился с президентом корпорации Wabtec Джорджем Хиллом.";
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map(brief)).toEqual(["meeting/held 2026-03-11 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("takes what was signed «двадцать лет назад» for history, not the story's signing", () => {
    expect(meetingsOf([
      "Президент Казахстана Канат Омаров принял председателя компании Chevron Джорджа Хилла.",
      "«Более двадцати лет назад мы подписали соглашение о создании совместного предприятия», – напомнил Канат Омаров.",
    ]).map(brief)).toEqual(["meeting/held 2026-03-13 - [Канат Омаров, Джордж Хилл]"]);
  });

  it("keeps last month's meeting told in the lead («В феврале … провел встречу», a story of 16 March), not a later paragraph's", () => {
    const lead = "В феврале министр финансов Казахстана Канат Омаров провел в Вашингтоне встречу с министром финансов США Джорджем Хиллом.";
    const later = "В феврале министр финансов Казахстана Канат Омаров встречался в Вашингтоне также с сенатором Джоном Уорреном.";
    const text = ` date 2026-03-16\n\nМинистр финансов: «Мы ищем партнеров»\n\nФонд готовит к IPO несколько компаний. ${lead}\n\n${later}`;
    expect(toArticleOut("t.txt", extractArticle(text, "t.txt")).meetings.map(brief)).toEqual(["meeting/held 2026-02-01 Вашингтон [Канат Омаров, Джордж Хилл]"]);
  });
});
