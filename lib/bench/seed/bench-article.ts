import { TOPICS } from "@/lib/importer/topics/taxonomy";
import { capital, FILLER as GENERIC_FILLER, pick } from "../generate-article";
import type { BenchOfficial } from "./bench-officials";

/** One generated article as the importer would store it, with the rows that hang off it. */
export interface BenchArticle {
  title: string;
  lead: string;
  body: string;
  publishedOn: string;
  source: number;
  /** Indexes into the officials list: the host first, then the guest, then a third person. */
  officials: number[];
  /** Indexes into TOPICS. */
  topics: number[];
  city: number;
  /** The sentence naming the meeting, for evidence rows. */
  opening: string;
}

export const BENCH_SOURCES = ["Казинформ", "ТАСС", "КазТАГ", "Анадолу", "пресс-служба МИД РК", "Акорда", "Tengrinews", "Интерфакс-Казахстан", "Kapital.kz", "Курсив", "Хабар 24", "Sputnik Казахстан", "РИА Новости", "Казахстанская правда", "пресс-служба Сената"];
export const BENCH_CITIES = [
  { nom: "Вашингтон", prep: "Вашингтоне" },
  { nom: "Астана", prep: "Астане" },
  { nom: "Нью-Йорк", prep: "Нью-Йорке" },
  { nom: "Алматы", prep: "Алматы" },
  { nom: "Женева", prep: "Женеве" },
  { nom: "Лондон", prep: "Лондоне" },
  { nom: "Ташкент", prep: "Ташкенте" },
];

// The generic sentences, then more of the genre with their own vocabulary, so common words are common
// and rare ones rare.
const FILLER = [
  ...GENERIC_FILLER,
  "Казахстанская сторона проинформировала собеседника о ходе политических и экономических реформ.",
  "Участники встречи рассмотрели график предстоящих двусторонних мероприятий на высоком уровне.",
  "В ходе беседы затронуты вопросы подготовки очередного заседания Совета по стратегическому партнерству.",
  "Гость поблагодарил казахстанскую сторону за теплый прием и конструктивный характер переговоров.",
  "Было отмечено, что товарооборот между странами по итогам прошлого года заметно вырос.",
  "Стороны выразили заинтересованность в наращивании контактов между деловыми кругами двух стран.",
  "Обсуждены меры по упрощению процедур для инвесторов и защите их прав.",
  "Собеседники высказались за активизацию работы межправительственных комиссий.",
  "Речь также шла о взаимодействии на площадках международных организаций.",
  "Американский дипломат отметил вклад Казахстана в укрепление стабильности в регионе.",
  "Стороны условились проработать вопрос о проведении бизнес-форума в следующем году.",
  "Было уделено внимание сотрудничеству между университетами и научными центрами.",
  "Встреча прошла в дружественной и деловой атмосфере.",
  "Собеседники подтвердили приверженность принципам Устава ООН.",
  "Отмечена важность сохранения динамики двусторонних визитов.",
  "Обе стороны подчеркнули значение прямого авиасообщения для развития туризма.",
  "Эксперты оценивают перспективы сотрудничества как весьма благоприятные.",
];
const TITLES = [
  (h: BenchOfficial, topic: string) => `${capital(h.title.nom)} обсудил с американскими партнерами ${topic}`,
  (h: BenchOfficial, topic: string) => `${capital(h.nom.split(" ").at(-1) as string)} провел переговоры в Вашингтоне: в повестке ${topic}`,
  (_h: BenchOfficial, topic: string) => `Казахстан и США обсудили ${topic}`,
  (h: BenchOfficial) => `${capital(h.title.nom)} встретился с делегацией Конгресса США`,
  (_h: BenchOfficial, topic: string) => `В Астане состоялись консультации по вопросам: ${topic}`,
];

/** Skewed choice: low indexes (the best known officials, the commonest topics) come up far more often. */
function skewed(rnd: () => number, size: number, power = 2.2): number {
  return Math.min(size - 1, Math.floor(size * Math.pow(rnd(), power)));
}

const phrasingsOf = TOPICS.map((t) => t.phrasings.filter((p) => !p.includes("*") && /^[а-яё -]+$/i.test(p) && p.includes(" ")));

/** A 2–3 KB article about a meeting between officials, from seed `rnd`. */
export function benchArticle(rnd: () => number, officials: readonly BenchOfficial[]): BenchArticle {
  const host = skewed(rnd, officials.length);
  let guest = skewed(rnd, officials.length);
  let third = Math.floor(rnd() * officials.length);
  if (guest === host) guest = (guest + 1) % officials.length;
  if (third === host || third === guest) third = (third + 2) % officials.length;
  const [h, g, t] = [officials[host], officials[guest], officials[third]] as [BenchOfficial, BenchOfficial, BenchOfficial];
  const topics = [...new Set([skewed(rnd, TOPICS.length, 1.6), skewed(rnd, TOPICS.length, 1.6), Math.floor(rnd() * TOPICS.length)])];
  const phrase = (i: number) => {
    const list = phrasingsOf[i] ?? [];
    return list.length ? pick(rnd, list) : (TOPICS[i]?.ru ?? "").toLowerCase();
  };
  const phrases = topics.map(phrase);
  const city = Math.floor(rnd() * BENCH_CITIES.length);
  const where = BENCH_CITIES[city]?.prep as string;
  const year = 2010 + Math.floor(rnd() * 17);
  const publishedOn = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;

  const opening =
    rnd() < 0.5
      ? `${capital(h.title.nom)} ${h.nom} провел встречу с ${g.title.ins} ${g.ins} в ${where}.`
      : `В ${where} состоялись переговоры ${h.title.gen} ${h.gen} с ${g.title.ins} ${g.ins}.`;
  const fillers = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(rnd, FILLER)).join(" ");
  const surname = (o: BenchOfficial) => o.nom.split(" ").at(-1) as string;
  const body = [
    `${opening} Стороны обсудили ${phrases.join(", ")}.`,
    fillers(),
    `${surname(h)} подчеркнул значение стратегического партнерства между Казахстаном и США, а ${surname(g)} отметил готовность к углублению сотрудничества, в том числе в части ${phrases[0]}.`,
    fillers(),
    `В тот же день ${h.nom} встретился с ${t.title.ins} ${t.ins}. Собеседники рассмотрели ${phrases.at(-1)}.`,
    fillers(),
    `Планируется, что ${g.nom} посетит Казахстан в ${year + 1} году.`,
    fillers(),
  ].join("\n\n");
  return {
    title: pick(rnd, TITLES)(h, phrases[0] as string),
    lead: `${h.nom} и ${g.nom} обсудили ${phrases[0]}`,
    body,
    publishedOn,
    source: Math.floor(rnd() * BENCH_SOURCES.length),
    officials: [host, guest, third],
    topics,
    city,
    opening,
  };
}
