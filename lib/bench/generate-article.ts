import { PEOPLE, type PoolPerson } from "./people-pool";

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];
const WEEKDAYS_ACC = ["в воскресенье", "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу"];
const CITIES = [
  { nom: "Вашингтон", caps: "ВАШИНГТОН", acc: "Вашингтон", prep: "Вашингтоне" },
  { nom: "Астана", caps: "АСТАНА", acc: "Астану", prep: "Астане" },
  { nom: "Нью-Йорк", caps: "НЬЮ-ЙОРК", acc: "Нью-Йорк", prep: "Нью-Йорке" },
  { nom: "Алматы", caps: "АЛМАТЫ", acc: "Алматы", prep: "Алматы" },
];
const TOPIC_PHRASES = [
  "сотрудничество в сфере критических минералов",
  "развитие торговли и инвестиций",
  "взаимодействие в энергетике",
  "вопросы региональной безопасности",
  "развитие Транскаспийского международного транспортного маршрута",
  "расширение межпарламентского взаимодействия",
  "сотрудничество в области образования и науки",
  "вопросы нераспространения ядерного оружия",
  "ситуацию в Афганистане",
  "цифровизацию и искусственный интеллект",
  "сотрудничество в формате С5+1",
  "отмену поправки Джексона – Вэника",
  "борьбу с изменением климата",
  "сельское хозяйство и продовольственную безопасность",
];
/** Sentences that fit any meeting; seed/bench-article draws from these and more, so their order is part of its output too. */
export const FILLER = [
  "Стороны отметили высокий уровень политического диалога и договорились поддерживать регулярные контакты.",
  "Было подчеркнуто, что Казахстан остается надежным партнером США в Центральной Азии.",
  "Особое внимание уделено реализации ранее достигнутых договоренностей и совместных инвестиционных проектов.",
  "Собеседники обменялись мнениями по актуальным вопросам международной повестки.",
  "По итогам встречи стороны договорились продолжить работу в рамках существующих механизмов сотрудничества.",
  "Американская сторона высоко оценила взвешенный внешнеполитический курс Казахстана.",
  "Отдельно обсуждались перспективы расширения прямых инвестиций американских компаний в экономику страны.",
];

export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pair(rnd: () => number): [PoolPerson, PoolPerson] {
  const kzSide = PEOPLE.filter((p) => p.side === "KZ");
  const other = PEOPLE.filter((p) => p.side !== "KZ");
  return [pick(rnd, kzSide), pick(rnd, other)];
}

/** One article of the genre, in the wire or the page layout, 2–4 KB, from seed `n`. */
export function generateArticle(n: number): string {
  const rnd = random(n * 7919 + 17);
  const year = 2015 + Math.floor(rnd() * 11);
  const month = Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const date = new Date(Date.UTC(year, month, day));
  const [host, guest] = pair(rnd);
  const [, third] = pair(rnd);
  const city = pick(rnd, CITIES);
  const topics = [pick(rnd, TOPIC_PHRASES), pick(rnd, TOPIC_PHRASES), pick(rnd, TOPIC_PHRASES)];
  const plannedMonth = (month + 2) % 12;
  const plannedYear = plannedMonth < month ? year + 1 : year;

  const opening =
    rnd() < 0.5
      ? `${capital(host.title.nom)} ${host.nom} провел встречу с ${guest.title.ins} ${guest.ins} в ${city.prep}.`
      : `В ${city.prep} состоялись переговоры ${host.title.gen} ${host.gen} с ${guest.title.ins} ${guest.ins}.`;
  const body = [
    `${opening} Стороны обсудили ${topics[0]}, ${topics[1]}, а также ${topics[2]}.`,
    pick(rnd, FILLER),
    `${surname(host)} подчеркнул значение стратегического партнерства между Казахстаном и США, а ${surname(guest)} отметил готовность американской стороны к углублению сотрудничества.`,
    pick(rnd, FILLER),
    `В тот же день ${host.nom} встретился с ${third.title.ins} ${third.ins}. Собеседники рассмотрели ${pick(rnd, TOPIC_PHRASES)}.`,
    `Планируется, что ${guest.nom} посетит Казахстан в ${MONTHS_PREP[plannedMonth]} ${plannedYear} года.`,
    pick(rnd, FILLER),
    `Визит проходит в рамках плана мероприятий на ${year} год.`,
  ];
  const title = `${capital(host.title.nom)} обсудил с американскими партнерами ${pick(rnd, TOPIC_PHRASES)}`;

  if (rnd() < 0.5) {
    const when = `${WEEKDAYS_ACC[date.getUTCDay()]}, ${day} ${MONTHS_GEN[month]}`;
    return [
      title,
      `${host.nom} провел встречу с ${guest.ins}`,
      city.caps,
      body[0]!.replace(/\.$/, `. Об этом ${when} сообщила пресс-служба МИД Казахстана.`).replace(/^(.*?\.) Об этом/, "$1 Об этом"),
      ...body.slice(1),
      "На веб-сайте агентства «Анадолу» в укороченном виде публикуется лишь часть новостей.",
    ].join("\n");
  }
  const iso = date.toISOString().slice(0, 10);
  return [` date ${iso} ${body[0]}`, "Фото: МИД", ...body.slice(1)].join("\n\n");
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function surname(p: PoolPerson): string {
  return p.nom.split(" ").at(-1) as string;
}
