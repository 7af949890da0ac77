import type { MeetingKind, MeetingStatus } from "../../types";
import type { Role } from "./roles";

/** A meeting while the article is being read: grows as later sentences add to it. */
export interface Draft {
  kind: MeetingKind;
  kindSentence: number;
  status: MeetingStatus;
  statusSentence: number;
  participants: Map<string, { role: Role; sentence: number }>;
  /** Sentences whose trigger created or joined this meeting: where its date and place are read. */
  triggerSentences: number[];
  /** Every sentence that talks about this meeting: its topics and evidence. */
  sentences: Set<number>;
  /** Meetings announced together (`провел встречи с A и B`) share a group. */
  group: number;
  plural: boolean;
  /** A later trigger named this meeting's counterpart alone (`В ходе встречи с конгрессменом Мастом`). */
  treatedSeparately: boolean;
  /** Where a visit goes (`визит … в Казахстан`): planned visits to one place are one visit. */
  destination: string | null;
  /** For a visit: where its trigger starts in each trigger sentence; its topics are read from there on. */
  triggerStarts: Map<number, number>;
  /** Sentences this meeting shares with a visit announced in passing: its topics end where the visit's
   *  trigger starts. */
  topicsUntil: Map<number, number>;
  /** `Следующий раунд консультаций пройдет в Вашингтоне`: the story's talks continued, nobody named. */
  nextRound?: boolean;
  /** `в октябре Казахстан посетит торговая миссия`: a trip whose travellers the story leaves unnamed. */
  unnamedTravellers?: boolean;
  /** `дипломат был принят акимом города`: received by a host told only by post, where the guest was. */
  hostByPost?: boolean;
  /** `Вчера Президент … принял помощника министра обороны США`: both sides told by post, named next. */
  namedNext?: boolean;
}

/** A meeting told first at sentence `at` (its trigger at `start`), with nobody in it yet. */
export function newDraft(kind: MeetingKind, status: MeetingStatus, at: number, start: number, group: number): Draft {
  return {
    kind,
    kindSentence: at,
    status,
    statusSentence: at,
    participants: new Map(),
    triggerSentences: [at],
    sentences: new Set([at]),
    group,
    plural: false,
    treatedSeparately: false,
    destination: null,
    triggerStarts: new Map([[at, start]]),
    topicsUntil: new Map(),
  };
}

export function others(d: Draft): string[] {
  return [...d.participants].filter(([, p]) => p.role !== "subject").map(([name]) => name);
}

export function subjectOf(d: Draft): string | null {
  return [...d.participants].find(([, p]) => p.role === "subject")?.[0] ?? null;
}

/** Meeting and talks are one event described two ways; other kinds only join their own kind. */
export function compatibleKinds(a: MeetingKind, b: MeetingKind): boolean {
  const family = (k: MeetingKind) => (k === "talks" ? "meeting" : k);
  return family(a) === family(b);
}

/** `провел ряд встреч`, `провела в Вашингтоне встречи с членами Конгресса`: several meetings announced
 *  with nobody named on the other side; the meetings themselves follow. */
export function announcesSeries(d: Draft): boolean {
  return d.plural && d.status === "held" && [...d.participants.values()].every((p) => p.role === "subject");
}

const COUNT_WORD = String.raw`(?:дв(?:ух|умя)|тр(?:ех|ёх|емя)|четыр(?:ех|ьмя)|пят(?:и|ью)|шест(?:и|ью)|десят(?:и|ка|ков|ком)|двадцати|тридцати|нескольк(?:о|их|ими)|больше|более|меньше|свыше|дюжины)`;
const COUNTED_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:\d+|${COUNT_WORD})\s+(?:[\p{L}-]+\s+)?$`, "iu");
const COUNTED_AFTER = new RegExp(String.raw`^[\p{L}-]+\s+(?:в|во)\s+(?:[\p{L}-]+\s+){0,2}?${COUNT_WORD}(?!\p{L})`, "iu");

/** `провел больше двадцати встреч`, `больше встреч, чем …`, `провести переговоры в двух ведомствах`: meetings or
 *  the places they were held counted, as a summary of a trip does before it tells them one by one — a series
 *  like `ряд встреч`. Not `с главами трех корпораций`: heads met in turn are each the meeting announced. */
export function countsMeetings(text: string, start: number): boolean {
  return COUNTED_BEFORE.test(text.slice(0, start)) || COUNTED_AFTER.test(text.slice(start));
}

/** `Затем …`, `После этого …`: the sentence they open tells the next event of the same day — on from the
 *  previous one, never more of it. */
/** `Напомним, …`, `Ранее …`, `Как сообщалось, …`: background the story recalls, not part of the meeting
 *  in focus (its topics stay the article's). */
export const SIDELINES = /(?<!\p{L})(?:на\s+полях|в\s+кулуарах)(?!\p{L})/iu;
/** `вручил верительные грамоты`: a ceremony of credentials, each ambassador received on his own. */
export const CREDENTIALS = /верительн/iu;

/** A line of a dashed list (`– в Вашингтоне – переговоры с …`). */
export const LIST_ITEM = /^[–—-]\s/u;

/** `– 27 сентября, Нью-Йорк: встреча с Генеральным секретарем ООН …`, `– 22 февраля в Хьюстоне – встреча с …`: an
 *  item of a programme, a day and (group 1) a place before a colon or a dash, and events named by their nouns alone. */
export const PROGRAMME_ITEM = /^[–—-]\s*\d{1,2}(?:[–—-]\d{1,2})?\s+\p{L}+(?:,?\s+(?:(?:в|во)\s+)?([^:;.,–—]{1,40}?))?\s*(?::|\s[–—]\s)/u;

export const NEXT_STEP = /^(?:затем|после\s+этого|следом|вслед\s+за\s+(?:этим|ним|тем))(?!\p{L})/iu;

export { RECALLED } from "../recalled";
