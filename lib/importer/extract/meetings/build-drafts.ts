import type { MeetingKind, MeetingStatus } from "../../types";
import { bothSidesByPost } from "./both-sides-by-post";
import { travellerByPost } from "./traveller-by-post";
import { colleagueByCountry } from "./colleague-by-country";
import { addDays } from "../dates/calendar";
import { findDates } from "../dates";
import { announcesSeries, compatibleKinds, countsMeetings, CREDENTIALS, LIST_ITEM, newDraft, NEXT_STEP, others, PROGRAMME_ITEM, RECALLED, SIDELINES, subjectOf, type Draft } from "./draft";
import { canBe, type MeetingsInput, type MentionIn } from "./input";
import { findPlaces, isInKazakhstan } from "./places";
import { anyWithThirdCountry, isThirdCountry } from "./involves-kazakhstan";
import { companyCountry } from "../people/data/companies";
import { ACCESSION_TOPIC, keptCandidates } from "./candidate-rejections";
import { ARRIVAL_FRAME, receivedByInstitution, reportedClauseStart, rolesIn, type Role } from "./roles";
import { findTriggers, type TriggerHit } from "./triggers";
import { wordsOf } from "../../language/analysed-words";
import { mergeIntoReceptions } from "./inside-reception";

/** `В ходе переговоров стороны …` names the meeting it continues as talks; `договоренностей, достигнутых
 *  в ходе переговоров президентов` recalls other talks, `на переговорах о вступлении в ВТО` a process. */
const TALKS_WORD = new RegExp(String.raw`(?<!(?:достигнут|заключен|подписан|озвучен)\p{L}*\s+)(?:в\s+ходе|во\s+время|на|по\s+итогам)\s+(?:\p{L}+\s+)?переговор(?!\p{L}*${ACCESSION_TOPIC})`, "u");
const CALL_WORD = /телефонн/u;
/** `В состав делегации вошли конгрессмены …`, `В составе американской делегации – …`: who the delegation
 *  the story follows is made of. */
const DELEGATION_LIST = /в\s+составе\s+(?:[\p{L}-]+\s+){0,2}?делегации|в\s+состав\s+(?:[\p{L}-]+\s+){0,2}?делегации[^.;:!?]*?\s(?:вош|вход)\p{L}*|в\s+делегацию\s+(?:также\s+)?(?:вош|вход)\p{L}*/u;
/** `Казахстанскую делегацию возглавил …`, `В заседании приняли участие …`, `Регион представляли главы МИД
 *  …`, the members of a delegation: people named here take part
 *  in the meeting the story is about, though no trigger names them. */
const ATTENDANCE = new RegExp(String.raw`возглав(?:ил|ит|ят|ля)\p{L}*|среди\s+(?:выступивш|выступавш|участник|присутствовавш)\p{L}*|подключил\p{L}*|приветственн\p{L}*|представля\p{L}*|принима\p{L}*\s+(?:встречу|саммит|форум|конференцию|сессию)|принял\p{L}*\s+участие|подтвердил\p{L}*\s+(?:сво[её]\s+)?участие|участие\s+(?:в\s+(?:нем|нём|ней|саммите|форуме|заседании|конференции)\s+)?подтвердил\p{L}*|при\s+участии|прим(?:ет|ут)\s+участие|участвовал\p{L}*|участву\p{L}*|присутствовал\p{L}*|в\s+присутствии|собрал(?:ись|ись\s+\p{L}+)|(?<!\p{L})вместе\s+с(?:о)?\s(?!партн[её]р)|за\s+(?:одним\s+|общим\s+)?столом\s+(?:рядом\s+)?с\s.*сидел\p{L}*|^за\s+(?:круглым\s+)?столом(?:\s+переговоров)?\s*[–—-]|^в\s+зале\s*[–—-]|^на\s+(?:экранах|экране|связи)\s+(?:были|был|была|оказались)(?!\p{L})|с\s+трибуны\s+(?:[\p{L}-]+\s+){0,3}выступил\p{L}*|^открыл[аи]?\s+(?:ее|её|его)\s|^(?:ее|её|его)\s+(?:вел[аи]?|открыл[аи]?)\s|за\s+(?:одним\s+|общим\s+)?столом\s+оказал\p{L}*|за\s+(?:один\s+|общий\s+|круглый\s+)?стол\s+(?:сел[аи]?|садил\p{L}*)(?!\p{L})|на\s+трибуну\s+подн\p{L}+|подн\p{L}+\s+на\s+трибуну|^с\s+(?:докладом|речью)\s+выступил\p{L}*|${DELEGATION_LIST.source}`, "u");
/** `Встречу провел госсекретарь …`, `Заседание открыл …`: a gathering told again with who chaired it. */
const RETOLD_CHAIR = /^(встречу|заседание|конференцию|совещание)\s+(?:провел|вел|открыл|модерировал)[аи]?\s/u;
/** `встречу с министрами …, в которой принял участие и …`: a meeting and its own attendance clause. */
const OWN_ATTENDANCE = /^встреч\p{L}*[^.;:!?]{0,150}?,\s*в\s+котор(?:ой|ом|ых)\s+(?:также\s+|и\s+)*(?:принял\p{L}*\s+участие|участвовал\p{L}*|участву\p{L}*|прим(?:ет|ут)\s+участие)/iu;
/** `на полях 76-й сессии`: the gathering named right after it is the setting itself. */
const SETTING_BEFORE = /(?:на\s+полях|в\s+кулуарах)\s+(?:(?!(?:пройд|прош|состо|откр)\p{L}*\s)[\p{L}\d«»-]+\s+){0,3}$/iu;
/** `На полях встречи … провел отдельную беседу`, `на полях сессии пройдет встреча министров`: on the sidelines
 *  of something told before, not the setting named right after. */
function onSidelines(before: string): boolean {
  return SIDELINES.test(before) && !SETTING_BEFORE.test(before);
}
/** Attendance told in the past tense. */
/** `На открытии выступили …`, `слово получит …`, `съехались … по приглашению президента …`: who spoke at a
 *  gathering, or invited its guests. */
const SPOKE_AT_GATHERING = /^(?:на\s+(?:открытии|закрытии|пленарном\s+заседании|церемонии\s+открытия)\s+(?:[\p{L}-]+\s+){0,3}?выступил\p{L}*|(?:[\p{L}-]+\s+){0,4}?на\s+(?:открытии|пленарном\s+заседании)\s+слово\s+получ\p{L}*)|съехал\p{L}*[^.;:!?]*по\s+приглашению/u;
const ATTENDED = /(?<!\p{L})(?:представлял\p{L}*|участвовал\p{L}*|присутствовал\p{L}*|возглавлял\p{L}*|принял\p{L}*\s+участие)/u;
const BACKGROUND = /^(?:напомним|напомним,|ранее|как\s+известно|как\s+сообщалось|ранее\s+сообщалось|справочно|для\s+справки)(?!\p{L})/iu;
const THEN = /^тогда(?!\p{L})/iu;
/** `В ноябре 2025 года на саммите … лидеры договорились …` in a story of February 2026: a sentence opening
 *  with a time well before the story's tells its background, whoever it names. */
function opensWithHistory(text: string, publishedOn: string | null): boolean {
  if (!publishedOn) return false;
  const season = OPENING_SEASON.exec(text);
  if (season) return seasonEnd(season, publishedOn) < addDays(publishedOn, -HISTORY_DAYS);
  if (!OPENING_TIME.test(text)) return false;
  const first = findDates(text.slice(0, OPENING_REACH), { publishedOn, tense: "past" })[0];
  return !!first && first.start <= 3 && first.date !== null && first.date < addDays(publishedOn, -HISTORY_DAYS);
}
/** Held meetings dated more than this before publication are background (`в сентябре … встретились`). */
export const BACKGROUND_DAYS = 14;

/** `Фэйрфакс вручил верительные грамоты … в сентябре этого года` in a November story: every date the
 *  sentence gives is weeks before the story, so what it tells is an earlier event, not more of the one told. */
function datedBefore(text: string, publishedOn: string | null, explicitOnly = true): boolean {
  if (!publishedOn) return false;
  const dates = findDates(text, { publishedOn, tense: "past" });
  const last = (d: (typeof dates)[number]) => (d.precision === "month" ? `${d.date?.slice(0, 7)}-31` : d.precision === "year" ? `${d.date?.slice(0, 4)}-12-31` : (d.date ?? ""));
  return dates.length > 0 && dates.every((d) => (!explicitOnly || d.source === "explicit") && d.date !== null && last(d) < addDays(publishedOn, -BACKGROUND_DAYS));
}
/** The first day (day precision) a stretch of text tells, read as past or future by the event's status. */
function dayIn(text: string, publishedOn: string | null, status: MeetingStatus): string | null {
  return findDates(text, { publishedOn, tense: status === "held" ? "past" : "future" }).find((d) => d.precision === "day" && d.date !== null)?.date ?? null;
}
/** `Весной этого года … встретились` in an October story: a season of the story's year, or of the year
 *  before, told at the opening. */
const OPENING_SEASON = /^(?<season>весной|летом|осенью)\s+(?<year>этого|текущего|нынешнего|прошлого|минувшего)\s+года(?!\p{L})/iu;
const SEASON_LAST_DAY: Record<string, string> = { весной: "05-31", летом: "08-31", осенью: "11-30" };

function seasonEnd(m: RegExpExecArray, publishedOn: string): string {
  const year = Number(publishedOn.slice(0, 4)) - (/^(?:прошл|минувш)/iu.test(m.groups?.year ?? "") ? 1 : 0);
  return `${year}-${SEASON_LAST_DAY[(m.groups?.season ?? "").toLowerCase()] ?? "12-31"}`;
}
/** Only the sentence's opening is read (`В ноябре 2025 года`, `12 марта 2024 года`, `В прошлом году`). */
const OPENING_TIME = /^(?:во?\s|\d)/iu;
const OPENING_REACH = 40;
/** Reports come out within days; a month and a half back is another story's time. */
const HISTORY_DAYS = 45;
/** `пригласил … принять участие в саммите, который пройдет …`, `передал приглашение … посетить Казахстан`,
 *  `был приглашен посетить`, `получил приглашение посетить`: an invitation nobody has accepted yet plans
 *  nothing; `принял приглашение посетить` does. */
const INVITATION = /(?<!\p{L})(?:приглас(?:ил|ит|ят)\p{L}*|приглашен\p{L}*\s+(?:посетить|приехать|прибыть)|(?:передал|направил|вручил|подтвердил|озвучил|получил)\p{L}*\s+(?:\p{L}+\s+)?приглашени\p{L}*)/u;
/** `принял приглашение`, `приглашение было принято`, `приглашение посетить Вашингтон, которое было принято с благодарностью`. */
const ACCEPTED = /принял\p{L}*\s+приглашение|приглашение\s+(?:было\s+)?принято|приглашение[^.;:!?]{0,60}?,\s*котор\p{L}*\s+(?:было\s+)?принят/u;
/** `предложил провести совместный форум`, `выразил готовность Казахстана принять у себя следующую
 *  встречу`, `поддержал намерение Казахстана провести дебаты`: a proposal, an offer or its support plans
 *  nothing either. */
const PROPOSAL = /(?<!\p{L})(?:предлож(?:ил|ила|или|ит|ат)|выразил\p{L}*\s+готовность|поддерж(?:ал|ала|али|ивает)\s+(?:намерени|инициатив|предложени|иде)\p{L}*)\s+(?:\p{L}+\s+){0,4}?(?:провести|организовать|созвать|проводить|принять)(?!\p{L})/u;
/** `допустил, что приедет в Казахстан`, `не исключил визита`, `выразил надежду на скорую встречу`, `рассматривает возможность поездки`, `«очень
 *  возможно» посетит`: a possibility plans nothing. */
const POSSIBILITY = /(?<!\p{L})(?:(?:надежд\p{L}*|надеется|надеются)\s+на\s+(?:[\p{L}-]+\s+){0,2}?(?:встреч|визит|переговор|поездк)|допусти\p{L}*|допуска\p{L}*|не\s+исключ\p{L}*|рассматрива\p{L}*\s+возможност\p{L}*|возможно[»"”]?,?\s+(?:\p{L}+\s+)?(?:посет|приед|прибуд|встрет|состоит|пройд))/u;
const EARLIER_ONE = /(?<!\p{L})(?:предыдущ|прежн)\p{L}*\s+$/u;
/** `На встрече присутствовали …`, `Во встрече также приняли участие …`, `В переговорах, приуроченных к …,
 *  участвовали …`: the meeting just told, its attendees. */
const PRESENT_AT_MEETING = /(?:^|,\s+)(?:на|во|в)\s+(?:этой\s+|данной\s+)?(?:встрече|беседе|переговорах)(?:,[^,]{1,80},)?\s+(?:также\s+)?(?:присутствовал|принял\p{L}*\s+участие|участвовал)/iu;
/** `…, а в пятницу – с …`, `…, а на следующий день – с …`, `…, а вечером — с …`: the next counterpart met
 *  on another day, or later that day. */
const ANOTHER_DAY = /,\s*а\s+(?:(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|на\s+следующий\s+день|\d{1,2}\s+\p{L}+|вечером|утром|дн[её]м)\s*[–—-]?\s*(?:с|со)\s/u;
/** `поочередно принял А, Б и В`, `один за другим встретился с …`: each one met in turn, a meeting each. */
const ONE_AFTER_ANOTHER = /(?<!\p{L})(?:поочер[её]дно|по\s+очереди|один\s+за\s+другим|одного\s+за\s+другим|одна\s+за\s+другой|одну\s+за\s+другой)(?!\p{L})/iu;
/** `Первым … был принят А, за ним – Б, последним – В`: guests received in turn, a meeting each. */
const IN_TURN = /,\s*(?:а\s+)?(?:за\s+ним|за\s+ней|следом|последним|последней)\s*[–—-]?\s/u;
/** A list's introduction announcing plans (`в мае запланированы:`). */
const PLANNED_LIST = /(?<!\p{L})(?:запланирован\p{L}*|планиру\p{L}*|предусмотрен\p{L}*|намечен\p{L}*|предстоит|предстоят|пройдут|состоятся)(?!\p{L})/iu;

/** `программа пребывания … уложится в один день – субботу:`: an introduction whose verb is in the future. */
function toldAhead(sentence: MeetingsInput["sentences"][number]): boolean {
  return wordsOf(sentence).some((w) => w.readings.length > 0 && w.readings.every((r) => r.pos === "VERB" && r.tense === "futr"));
}

/** The events of a programme's item dated after the story, or of a list of plans, are plans. */
function scheduledItem(found: Candidate[], text: string, publishedOn: string | null, listPlanned: boolean): Candidate[] {
  const item = LIST_ITEM.test(text);
  const ahead = item && ((publishedOn !== null && PROGRAMME_ITEM.test(text) && findDates(text, { publishedOn, tense: "future" }).some((m) => m.date !== null && m.date > publishedOn)) || listPlanned);
  return ahead ? found.map((c) => (c.nominal && c.status === "held" ? { ...c, status: "planned" as const } : c)) : found;
}

/** `провел отдельную беседу`: a meeting apart from the one told. */
const SEPARATE = /(?<!\p{L})отдельн\p{L}*\s+$/iu;
/** `Онлайн-церемония прошла при участии …` after a signing: the signing's ceremony, held by video. */
const CEREMONY = /^(?:[\p{L}]+-)?церемони/iu;

/** `После Казахстана Клинтон посетит Кыргызстан`, `Из Астаны гость направится в Ташкент`: the onward
 *  leg of a trip. Elsewhere than Kazakhstan it is no event of this archive, and it must not lend its
 *  destination to the visit the story is about. */
const ONWARD = /^(?:[Пп]осле|[Ии]з)\s+\p{Lu}/u;
/** How far back a sentence's missing subject is looked for (`… принял Бектенов. В ходе встречи с …`). */
const SUBJECT_LOOKBACK = 2;
/** `В завершение встреч`, `по итогам встреч`: a plural back-reference to every meeting of the group. */
const ALL_MEETINGS_WORD = /(?<!\p{L})(?:встреч|встречах|встречами|переговоров)(?!\p{L})(?!\s+(?:с|со)\s)/u;

export interface Candidate {
  kind: MeetingKind;
  status: MeetingStatus;
  sentence: number;
  roles: { name: string; role: Role }[];
  plural: boolean;
  destination: string | null;
  start: number;
  nominal: boolean;
  /** The sentence names the other side only as `гость`, `делегация`, `дипломат`. */
  guest: boolean;
  /** `дипломат был принят акимом города`: the host told by post alone; the one received is the guest. */
  hostByPost: boolean;
  /** `Вчера Президент … принял помощника министра обороны США`: both sides told by post alone. */
  bothByPost: boolean;
  needsCounterpart: boolean;
  /** `обсудил с …`: a discussion, which inside a gathering in focus is part of it. */
  discussion: boolean;
  /** The event noun stands alone (`Заседание, проходившее на полях …, открыли …`): it names the event
   *  told just before, whatever its kind. */
  bare: boolean;
  /** `встретится с представителями Конгресса`: the other side is a group nobody names. */
  unnamedGroup: boolean;
  /** A gathering's noun followed straight by its verb (`Заседание прошло …`): no body or event is named. */
  unqualified: boolean;
  /** `Кошербаев и Стаффт также обсудили …`: two sides as one subject of a discussion verb. */
  joint: boolean;
  publicGroup: boolean;
  /** `собеседником министра стал …`: told as someone becoming another's interlocutor. */
  interlocutor: boolean;
}

/** The words after an event that name its other side by a post alone, in the instrumental. */
const UNNAMED_POST = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:с|со)\s+(?:[\p{L}-]+\s+){0,2}?(?:заместител|министр|аким|посл|председател|глав|директор|губернатор|мэр|сенатор|конгрессмен)(?:ем|ом|ой|ами)(?!\p{L})/u;
/** The words after an event that name its other side as a group of unnamed people. */
const UNNAMED_GROUP = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:с|со)\s+(?:[\p{L}-]+\s+){0,2}?(?:представител|член|руководител|руководств|деловы|бизнес|студент|эксперт|сотрудник|учены|общественност)\p{L}*/u;

/** A delegation, a mission or a group travelling (the clause's subject, or the owner of its trip), with
 *  nobody named at its head; `в составе делегации` is a named traveller's company. */
const UNNAMED_TRAVELLERS = /(?<!\p{L})(?:делегация|миссия|группа|представители|эксперты|специалисты|ученые|учёные)(?!\p{L})|(?<!\p{L})(?:визит|поездк|при[её]зд)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}делегации(?!\p{L})/u;
/** `Казахстан посетит министр энергетики США`: a traveller named only by post, an American one. */
const TRAVELLER_BY_POST = /(?<!\p{L})(?:министр|госсекретар|замминистр|заместител|помощник|сенатор|конгрессмен|губернатор|посол|глава|председател|спикер|президент)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?США(?!\p{L})/u;
const GUESTS_ON_VISIT = /(?<!\p{L})делегаци\p{L}*[^.;:!?]{0,80},\s*(?:находящ|прибывш)\p{L}*\s+(?:в\s+\p{L}+\s+)?(?:с\s+)?(?:\p{L}+\s+)?(?:визит|поездк)/u;
const UNNAMED_GROUP_CLAUSE = /(?<!\p{L})(?:делегаци|миссия|миссии|групп)\p{L}*[^.;:!?]{0,80},\s*котор(?:ая|ые|ой|ую)\s+(?:\p{L}+\s+){0,2}$/u;
/** `…, что намерен в следующем году возглавить …`, `что планирует посетить …`: the reported clause opens on the
 *  plan, with no subject of its own. */
const OWN_PLAN = /^[,\s]*что\s+(?:[\p{L}-]+\s+){0,3}?(?:намерен|намерена|планирует|собирается|рассчитывает|готов|готова)(?!\p{L})/u;
const HEADED = /(?<!\p{L})(?:во\s+главе|возглав\p{L}*)(?!\p{L})/u;

/** Whether someone is named in the part of the sentence after `from` (the reported clause). */
function mentionIn(mentions: readonly MentionIn[], name: string, from: number): boolean {
  return mentions.some((m) => m.name === name && m.start > from);
}

/** `встретился со студентами и преподавателями университета`, `с представителями казахстанского бизнеса`, `американских компаний`,
 *  `с руководителями американских банков`:
 *  `с членами Американо-казахстанского делового совета`, `с лидерами оппозиции`: the public, not officials of either side —
 *  an outreach event of a trip, not a meeting of this archive. */
const PUBLIC_GROUP = /^(?:\s+[\p{L}-]+){0,3}?\s+(?:с|со)\s+(?:[\p{L}-]+\s+){0,2}?(?:студент|преподавател|ректор(?=ами|ов)|учащ|школьник|молодеж|журналист|блогер|общественност|волонтер|жител|выпускник|предпринимател(?=ями|ей)|бизнесмен(?=ами|ов)|правозащитник|оппозиционер|(?:лидер|представител|член)\p{L}*\s+(?:[\p{L}-]+\s+)?оппозиц|(?:представител|член)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:бизнес|делов|неправительствен|гражданск|общественн|нко|нпо)|(?<!вместе\s+с\s+(?:[\p{L}-]+\s+){0,2})(?:представител|руководител)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:компани|корпораци|фирм|банк))\p{L}*/u;

/** Reads the article sentence by sentence, keeping a focus: the meeting(s) the story is currently
 *  about. A trigger sentence creates or joins a meeting and moves the focus to it; other sentences
 *  belong to the focus (their topics become the meeting's), narrowed when they name only one
 *  counterpart of a group (`Сенатор Стив Дэйнс в свою очередь …`). A section heading ends the focus.
 *
 *  Several counterparts in one sentence (`провел встречи с Мастом и Дэйнсом`) become one meeting per
 *  counterpart when the text treats them separately — the plural `встречи`, or a later trigger naming
 *  one of them alone (`В ходе встречи с конгрессменом Мастом`) — and one multi-party meeting otherwise
 *  (`встретился с Мастом и Дэйнсом`, nothing more): see `mergeUnseparatedGroups`. */
export function buildDrafts(input: MeetingsInput): Draft[] {
  const drafts: Draft[] = [];
  const bySentence = new Map<number, MentionIn[]>();
  for (const m of input.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  let focus: Draft[] = [];
  let protagonist: string | null = null;
  const interviewee = intervieweeOf(input);
  let nextGroup = 0;
  const orphans: number[] = [];
  let listPlanned = false;
  /** The last sentence of heads met in turn (`headsMetInTurn`). */
  let inTurnUntil = -1;
  /** Announcements of heads met in turn, whose meetings were drafted one each. */
  const announcedInTurn = new Set<Draft>();

  const create = (c: Candidate, names: { name: string; role: Role }[], group: number): Draft => {
    const d: Draft = {
      ...newDraft(c.kind, c.status, c.sentence, c.start, group),
      participants: new Map(names.map((r) => [r.name, { role: r.role, sentence: c.sentence }])),
      plural: c.plural,
      destination: c.destination,
      ...(c.hostByPost ? { hostByPost: true } : {}),
      ...(c.bothByPost ? { hostByPost: true, namedNext: true } : {}),
    };
    if (drafts.length === 0 && c.status === "held") for (const o of orphans) d.sentences.add(o);
    drafts.push(d);
    return d;
  };

  const join = (d: Draft, c: Candidate, names: { name: string; role: Role }[]) => {
    for (const r of names) if (!d.participants.has(r.name)) d.participants.set(r.name, { role: r.role, sentence: c.sentence });
    if (!d.triggerSentences.includes(c.sentence)) d.triggerSentences.push(c.sentence);
    d.sentences.add(c.sentence);
    // … told by both sides as its subjects too (`гостя принял Президент. Назарбаев и Гор провели переговоры`).
    if (d.kind === "meeting" && c.kind === "talks" && (names.some((r) => r.role === "counterpart") || names.filter((r) => r.role === "subject").length >= 2)) Object.assign(d, { kind: "talks", kindSentence: c.sentence });
    d.destination ??= c.destination;
    if (!d.triggerStarts.has(c.sentence)) d.triggerStarts.set(c.sentence, c.start);
  };

  const countryOf = countryIn(input.officials);

  /** One of the draft's sentences tells a day other than `ownDay` (of the event told now). */
  const toldOnAnotherDay = (d: Draft, ownDay: string) =>
    d.triggerSentences.some((k) => {
      const day = dayIn(input.sentences[k]?.text ?? "", input.publishedOn, d.status);
      return day !== null && day !== ownDay;
    });

  /** Everyone named before sentence `i`, in reading order. */
  const mentionedBefore = (i: number) => input.sentences.slice(0, i).flatMap((_, j) => bySentence.get(j) ?? []);

  input.sentences.forEach((sentence, i) => {
    if (input.headingSentences.has(i)) focus = [];
    const mentions = bySentence.get(i) ?? [];
    const lower = sentence.text.toLowerCase();

    // `… Даббара принял аким Шымкента. Глава мегаполиса Габит Сыздыкбеков представил гостю …`: a host told by
    // post is named at the opening of the next sentence, by a title…
    const byPost = focus.length === 1 && focus[0]?.hostByPost && focus[0].triggerSentences.includes(i - 1) ? focus[0] : null;
    const opener = mentions[0];
    // … or by the name alone (`В понедельник делегацию принял председатель верхней палаты парламента. Омирбек
    // Байгельди рассказал гостям …`).
    const opening = sentence.text.slice(0, opener?.start ?? 0);
    if (byPost && opener && canBe(opener, "nomn") && (TITLE_OPENING.test(opening) || opening.trim() === "") && !byPost.participants.has(opener.name)) {
      const side = hostSide(input.sentences[i - 1]?.text.slice(byPost.triggerStarts.get(i - 1) ?? 0) ?? "");
      const country = countryOf(opener.name);
      if (side === null || country === null || country === side) byPost.participants.set(opener.name, { role: "subject", sentence: i });
    }
    // When neither side was named, both are the people the next two sentences name (`Помощник министра обороны
    // США Эштон Картер передал Нурсултану Назарбаеву письмо …`): the first Kazakh and the first American (someone
    // of unknown country while the meeting has fewer than two). A third country's host (`американских
    // дипломатов принял президент Узбекистана …`) met nobody of the archive.
    for (const d of drafts) {
      if (!d.namedNext || !(d.triggerSentences[0] === i - 1 || d.triggerSentences[0] === i - 2) || sidesNamed(d, input.officials) || [...d.participants.keys()].some((n) => isThirdCountry(countryOf(n)))) continue;
      for (const m of mentions) {
        const country = countryOf(m.name);
        const sides = new Set([...d.participants.keys()].map(countryOf));
        const fits = country === null ? d.participants.size < 2 : !isThirdCountry(country) && !sides.has(country);
        if (fits && !d.participants.has(m.name)) d.participants.set(m.name, { role: d.participants.size === 0 ? "subject" : "counterpart", sentence: i });
      }
    }

    if (ALL_MEETINGS_WORD.test(lower) && focus.length > 0) {
      const groups = new Set(focus.map((d) => d.group));
      focus = drafts.filter((d) => groups.has(d.group) && d.status === "held");
    }

    // `Третьим собеседником министра стал …` among heads met in turn: the list below tells each of them.
    const inTurn = i <= inTurnUntil || (i > 0 && ONE_BY_ONE.test(input.sentences[i - 1]?.text ?? ""));
    const found = scheduledItem(
      ownCounterparts(findTriggers(sentence.text, wordsOf(sentence)).flatMap((t) => candidateOf(t, i, sentence.text, mentions, sentence.part === "body")), mentions),
      sentence.text,
      input.publishedOn,
      listPlanned,
    ).filter((c) => !(inTurn && c.interlocutor));
    for (const c of found) {
      // `Ашикбаев провел видеовстречи с губернаторами. Первым собеседником посла стал …`: an interlocutor of a
      // series of calls is on a call too.
      if (c.interlocutor && focus[0]?.kind === "call") c.kind = "call";
      // `Первым главу государства посетил …`: calling on a person is a meeting with him, not a trip.
      if (c.kind === "visit" && !c.nominal && VISITED_PERSON.test(sentence.text.slice(Math.max(0, c.start - VISITED_PERSON_REACH), c.start + VISITED_PERSON_REACH))) c.kind = "meeting";
      if (c.roles.length === 0) c.roles = bothSidesByPost(sentence.text.slice(0, c.start), i, input.officials, bySentence.get(i + 1)?.[0]?.name, c.nominal ? sentence.text.slice(c.start) : "");
      const subjects = c.roles.filter((r) => r.role === "subject");
      const colleague = subjects.length === 1 && !c.roles.some((r) => r.role === "counterpart") ? colleagueByCountry(sentence.text, i, subjects[0]!.name, input.officials) : null;
      if (colleague) c.roles.push({ name: colleague, role: "counterpart" });
      if (hostsGathering(c, sentence.text, input.officials)) c.kind = "conference";
    }
    // `… передал приглашение … посетить Вашингтон. Токаев принял приглашение, визит планируется …`: the visit
    // accepted goes where the invitation told just before asked.
    if (ACCEPTED.test(lower)) {
      for (const c of found) if (c.kind === "visit" && c.status === "planned" && !c.destination) c.destination = findPlaces(input.sentences[i - 1]?.text ?? "").find((p) => p.destination)?.place ?? null;
    }
    // `Согласно обновленной программе, в мае запланированы:` then its items, each on a dashed line.
    if (LIST_ITEM.test(sentence.text)) listPlanned ||= found.some((c) => c.status === "planned");
    else listPlanned = /:\s*$/.test(sentence.text) && (PLANNED_LIST.test(sentence.text) || toldAhead(sentence));
    // What only judges candidates is read only in a sentence that has some (most have none).
    const judged = found.length > 0;
    const invited = judged && ((INVITATION.test(lower) && !ACCEPTED.test(lower)) || PROPOSAL.test(lower) || POSSIBILITY.test(lower));
    // `Тогда глава Госдепартамента побывал в Астане …`: that earlier time, with nobody named, is not this story's.
    const recalled = judged && (RECALLED.test(sentence.text) || THEN.test(sentence.text));
    // `… визита госсекретаря в начале февраля. Тогда его принял Президент …`: what happened at the earlier
    // time the story has just recalled is background, named or not.
    const history = opensWithHistory(sentence.text, input.publishedOn);
    const recalledToo = judged && (THEN.test(sentence.text) || history);
    // `… во встрече министров … «С5+1» … . Встречу провел госсекретарь …`: the gathering told again by its own
    // noun, with who chaired it.
    const chaired = RETOLD_CHAIR.exec(lower)?.[1];
    const attendance = ATTENDANCE.test(lower) || (!!chaired && focus.length === 1 && focus[0]?.kind === "conference" && gatheringNoun(focus[0], input) === chaired.slice(0, 5));
    /** Everyone the candidate names is in one meeting already told. */
    const toldAlready = (c: Candidate) => drafts.some((d) => c.roles.every((r) => d.participants.has(r.name)));
    // `В переговорах приняли участие министры …`, `… возглавит делегацию на 81-й сессии … в Нью-Йорке`: who
    // attended the gathering in focus, which the sentence names again (and may place).
    // `… подписали договор. В церемонии приняли участие министр … и аким …`: those present at the signing.
    // `На встрече присутствовали министр … и посол …`: those present at the meeting just told.
    const presentAtMeeting = attendance && PRESENT_AT_MEETING.test(sentence.text);
    // `В четверг Хейл провел встречу с министрами пяти государств, в которой принял участие и казахстанский
    // министр`: the attendance its own relative clause tells is of the meeting the subject held.
    const attendedOwn = (c: Candidate) => c.roles.some((r) => r.role === "subject") && OWN_ATTENDANCE.test(sentence.text.slice(c.start));
    const attendedFocus = (c: Candidate) =>
      attendance &&
      c.nominal &&
      // (`… находящийся в Нью-Йорке на сессии Генассамблеи … . В пятницу он примет участие во встрече «С5+1»`: a
      // gathering still to come is not the one held in focus.)
      ((focus[0]?.kind === "conference" && !(c.status === "planned" && focus[0].status === "held")) ||
        // `… договорились провести очередное заседание Диалога. Казахстанскую делегацию на заседании возглавит …`
        (focus[0]?.nextRound === true && c.status === "planned") ||
        (focus[0]?.kind === "signing" && (c.kind === "meeting" || (c.kind === "call" && CEREMONY.test(sentence.text.slice(c.start))))) ||
        (focus.length === 1 && presentAtMeeting && focus[0]?.status === c.status && focus[0].participants.size >= 1)) && !c.roles.some((r) => r.role === "counterpart") && !attendedOwn(c);
    // `Во встрече, которая прошла в Астане, приняли участие …`: the meeting told again may say where it was.
    const retoldGathering = found.find((c) => attendedFocus(c) && (c.kind === "conference" || presentAtMeeting) && c.status === focus[0]?.status);
    if (retoldGathering && focus[0] && !focus[0].triggerSentences.includes(i)) {
      focus[0].triggerSentences.push(i);
      focus[0].triggerStarts.set(i, retoldGathering.start);
    }
    const candidates = keptCandidates({ text: sentence.text, publishedOn: input.publishedOn, invited, recalled, recalledToo, found, focus, toldAlready, attendedFocus });
    const moved: Draft[] = [];
    /** Host → the guests they received in this sentence. */
    const receivedHere = new Map<string, string[]>();
    for (const c of candidates) {
      // `стороны договорились провести очередное заседание рабочей группы`: a standing body meets next,
      // whoever it sends; nobody of this meeting is named to it.
      // `Следующее заседание совета планируется провести в Вашингтоне`, after the session told: the same.
      const afterTold = c.roles.length === 0 && focus.some((d) => d.status === "held");
      if (c.status === "planned" && c.kind !== "visit" && c.kind !== "signing" && !c.roles.some((r) => r.role === "counterpart") && BODY_SESSION.test(lower) && (SIDES.test(lower) || AGREED.test(lower) || afterTold)) {
        const next = create(c, [], nextGroup++);
        next.nextRound = true;
        moved.push(next);
        continue;
      }
      const sides = focus.length === 1 ? sidesOf(c, focus[0], lower, drafts) : null;
      if (sides) c.roles = sides;
      // `…встречу с делегацией южнокорейского города Сувон, по итогам которой стороны подписали меморандум`:
      // what is signed with a third country is not this archive's, whoever the story is about.
      if (c.kind === "signing" && !c.roles.some((r) => r.role === "counterpart") && anyWithThirdCountry(sentence.text.slice(0, c.start))) continue;
      // `По итогам встречи глава МВД и посол подписали протокол`: the two met, named by their posts, signed.
      const signedByThoseMet = AFTER_MEETING.test(lower) && c.roles.every((r) => focus.some((d) => d.kind !== "signing" && d.participants.has(r.name)));
      // `… запланированы переговоры … . По итогам переговоров намечено подписание министрами заявления`: the
      // people of the planned talks sign what is planned to follow them.
      const plannedTalks = c.status === "planned" && c.roles.length === 0 && AFTER_MEETING.test(lower) ? drafts.findLast((d) => d.status === "planned" && (d.kind === "talks" || d.kind === "meeting") && d.participants.size >= 2) : undefined;
      const signers =
        c.kind === "signing" && ((c.status === "held" && (c.roles.length === 0 || signedByThoseMet)) || plannedTalks) ? signersOf(lower, plannedTalks ? [plannedTalks] : focus, drafts, signedByThoseMet || !!plannedTalks) : null;
      if (signers) c.roles = signers;
      // `Во вторник был подписан меморандум … . Документ подписали министр … и посол …`: the signers of the
      // signing just told with nobody named.
      const unsigned = focus.find((d) => d.kind === "signing" && d.status === "held" && d.participants.size === 0);
      if (c.kind === "signing" && c.status === "held" && c.roles.length > 0 && unsigned) {
        join(unsigned, c, c.roles);
        moved.push(unsigned);
        continue;
      }
      // `Беседа состоялась по инициативе …`: an event noun with nobody named is the event in focus —
      // unless it is a plan told after a held meeting (`договорились провести следующий раунд`).
      // `Следующий раунд консультаций планируется провести в Вашингтоне`: the next round of the story's
      // talks, with nobody named yet — neither the talks in focus nor anyone's meeting of their own.
      if (c.status === "planned" && (c.kind === "talks" || c.kind === "meeting") && c.roles.length === 0 && NEXT_ROUND.test(lower) && !SIDES.test(lower)) {
        const next = create(c, [], nextGroup++);
        next.nextRound = true;
        moved.push(next);
        continue;
      }
      // `Предыдущая встреча … прошла в 2019 году`: an earlier event of the kind, not the one in focus.
      const anaphoric = c.nominal && c.roles.length === 0 && (!focus[0] || focus[0].status === c.status) && !EARLIER_ONE.test(lower.slice(0, c.start));
      const subjects = c.roles.filter((r) => r.role === "subject");
      const rest = c.roles.filter((r) => r.role !== "subject");
      // `встречи американского гостя с Президентом …`: the guest owns the event noun.
      const guestOwner =
        subjects.length === 0 && (GUEST_OWNER.test(lower) || VISIT_PROGRAMME.test(lower) || DELEGATION_MEMBERS.test(lower) || GUESTS_AS_SUBJECT.test(lower.slice(0, c.start))) ? guestsOf(rest.filter((r) => r.role === "counterpart").map((r) => r.name), drafts, input.officials)[0] : undefined;
      // `Очередное заседание Совета планируется провести в 2022 году`, `Меморандум планируется подписать …`: a
      // plan told with nobody named, after a held meeting, names nobody yet.
      // `Меморандум между министерством и университетом штата планируется подписать …` after the sides met:
      // a signing with nobody named in its sentence, unless the meeting in focus was with a third country
      // (after talks with Russia's minister, `договор о ЕАЭС, который планируется подписать`, is that story's).
      const thirdCountryInFocus = focus.some((d) => [...d.participants.keys()].some((n) => !["KZ", "US", null, undefined].includes(input.officials.find((o) => o.name === n)?.country)));
      const unnamedPlan = c.status === "planned" && (c.nominal || (c.kind === "signing" && mentions.length === 0 && !thirdCountryInFocus)) && c.roles.length === 0 && focus.length > 0 && focus.every((d) => d.status === "held");
      // `…посетит делегация аппарата Конгресса, которая проведет встречи в Сенате`: the unnamed delegation
      // holds them, not the official who announced it.
      const byUnnamedGroup = UNNAMED_GROUP_CLAUSE.test(sentence.text.slice(0, c.start));
      const fallback =
        subjects.length > 0 || c.kind === "visit" || anaphoric || unnamedPlan || byUnnamedGroup ? null : ((interviewee && FIRST_PERSON.test(lower.slice(0, c.start)) ? interviewee : null) ?? (c.hostByPost ? (guestByPost(c, i, sentence.text) ?? archiveSide(recentSubject(bySentence, i, rest, input.officials, SUBJECT_LOOKBACK, hostSide(sentence.text.slice(c.start))))) : null) ?? guestOwner ?? titledHost(lower.slice(0, c.start), i, input.officials) ?? visitorNamed(lower, drafts, input.officials) ?? tripOwner(sentence.text, mentions, rest) ?? pronounSubject(lower.slice(0, c.start), c.interlocutor, drafts, i, rest, input.officials) ?? recentSubject(bySentence, i, rest, input.officials, PROGRAMME_ITEM.test(sentence.text) ? i : SUBJECT_LOOKBACK) ?? protagonistFacing(rest));
      // `В день прилета американского министра примет премьер-министр … . Вечером пройдут переговоры с министром
      // энергетики …`: the story's first actor (here the host) is not the one meeting a counterpart of his own
      // country; the other side of that first meeting is.
      function protagonistFacing(rest: readonly { name: string }[]): string | null {
        const sameSide = counterpartsSide(rest, countryOf);
        if (!protagonist || !sameSide(protagonist)) return protagonist;
        const first = drafts.find((d) => d.participants.has(protagonist!));
        return [...(first?.participants.keys() ?? [])].find((n) => countryOf(n) !== null && !sameSide(n)) ?? null;
      }
      // `…, где накануне его принял президент Узбекистана. Утром гостя принял министр …`: the one last told
      // of a third country is not the guest a host told by post receives here.
      function archiveSide(name: string | null): string | null {
        return name !== null && isThirdCountry(input.officials.find((o) => o.name === name)?.country) ? null : name;
      }
      // `делегацию … во главе с сенатором Брауном … . В понедельник делегацию принял председатель верхней палаты`:
      // the guests received by a Kazakh host told by post are the foreigners told just before, in any case.
      function guestByPost(c: Candidate, i: number, text: string): string | null {
        return c.guest && hostSide(text.slice(c.start)) !== "US" ? (namedGuest([], i, bySentence, input.officials, false)[0] ?? guestsOf([], drafts, input.officials, true)[0] ?? null) : null;
      }
      // `Первым министра принял глава Chevron А, затем состоялась встреча с главой ExxonMobil Б`: the guest
      // of an earlier clause goes on to the next meeting, not the host who received him.
      const hostedBefore = (r: { name: string; role: Role }) => (r.role === "subject" && c.roles.some((x) => x.role === "counterpart") ? receivedHere.get(r.name) : undefined);
      // A host told only by post: the one received (named, or found as the fallback) is all the meeting names.
      const told: { name: string; role: Role }[] =
        c.hostByPost && c.roles.length > 0 ? [...c.roles]
        : c.hostByPost && fallback ? [{ name: fallback, role: "counterpart" }]
        : fallback ? [{ name: fallback, role: "subject" }, ...rest]
        : byUnnamedGroup ? rest
        : [...c.roles];
      const names = told.flatMap((r) => hostedBefore(r)?.map((name) => ({ name, role: "subject" as const })) ?? [r]);
      const subjectNames = names.filter((r) => r.role === "subject").map((r) => r.name);
      // The same counterpart met by someone else (`в тот же день … принял Премьер-министр`) is another meeting.
      const sameSide = (d: Draft) => subjectNames.length === 0 || subjectNames.some((n) => d.participants.has(n));
      const counterparts = rest.filter((r) => r.role === "counterpart");
      if (c.guest && !c.hostByPost && counterparts.length === 0 && (c.kind === "meeting" || c.kind === "talks")) {
        // `делегация побывала в Ташкенте, где ее принял президент Узбекистана`: a third country's host
        // receives the guests in a meeting that is not of this archive, whoever they are.
        const hostCountries = subjectNames.map((n) => input.officials.find((o) => o.name === n)?.country ?? null);
        if (hostCountries.length > 0 && hostCountries.every((h) => h !== null && h !== "KZ" && h !== "US")) continue;
        // `казахстанского дипломата принял директор лаборатории …`: a guest told by country is of that country,
        // whatever the host's is.
        const me = interviewee && FIRST_PERSON.test(lower.slice(0, c.start)) && !subjectNames.includes(interviewee) ? interviewee : null;
        const byCountry = me ?? visitorNamed(lower, drafts, input.officials, mentionedBefore(i)) ?? (receivedPronoun(lower, c.start) ? previousActor(drafts, i, subjectNames.map((name) => ({ name })), input.officials) : null);
        const guests = byCountry && !subjectNames.includes(byCountry) ? [byCountry] : guestsOf(subjectNames, drafts, input.officials);
        // `Посол США … побывал в Павлодарской области. В акимате американского дипломата принял аким …`: a
        // guest whose arrival made no meeting is the latest person of another country the story named.
        if (guests.length === 0) guests.push(...namedGuest(subjectNames, i, bySentence, input.officials, PLURAL_GUESTS.test(lower)));
        for (const name of guests) {
          names.push({ name, role: "counterpart" });
          counterparts.push({ name, role: "counterpart" });
        }
        for (const host of subjectNames) receivedHere.set(host, guests);
        // Nobody known to have come: an unnamed guest makes no meeting, but a delegation received
        // (`американскую делегацию примет премьер-министр …`) is one, with its host alone named.
        if (counterparts.length === 0 && c.needsCounterpart && !(DELEGATION.test(lower) && subjectNames.length > 0)) continue;
      }

      // `Подключившись к онлайн-заседанию, министр … вместе с министрами … обсудил с госсекретарем …`: what
      // is discussed at the gathering in focus is the gathering, with everyone the sentence names.
      // `В кулуарах совещания Идрисов и Нуланд обсудили …`: two who talked on its sidelines met apart from it.
      const sideline = SIDELINES.test(sentence.text.slice(0, c.start)) && c.roles.some((r) => r.role === "counterpart" || r.role === "subject") && new Set(c.roles.map((r) => r.name)).size >= 2;
      const gathering = c.discussion && !sideline ? focus.find((d) => d.kind === "conference" && d.status === c.status) : undefined;
      if (gathering) {
        join(gathering, c, [...names, ...mentions.filter((m) => !names.some((r) => r.name === m.name)).map((m) => ({ name: m.name, role: "attendee" as const }))]);
        moved.push(gathering);
        continue;
      }
      // `Помпео провел телефонный разговор с Тлеуберди. … Помпео также обсудил с Тлеуберди …`: what the
      // two discussed is the call in focus, told on.
      const call = c.discussion ? focus.find((d) => d.kind === "call" && d.status === c.status && names.length > 0 && names.every((r) => d.participants.has(r.name))) : undefined;
      if (call) {
        join(call, c, names);
        moved.push(call);
        continue;
      }
      if (c.kind === "visit") {
        // `Дипломат сообщил, что … намерен посетить Костанай`: the visitor the story is about, by post.
        // `Спенсер Кокс принял приглашение посетить Казахстан`, `Казахстан посетит министр …`: the one the
        // sentence names in the nominative, the nearest before the trip's word first.
        const speakerUntil = reportedClauseStart(sentence.text, c.start);
        // `Посол сообщила, что в июне Казахстан посетит делегация Минсельхоза США`: an unnamed delegation
        // travels; who announced it does not (`делегация во главе с сенатором …` names its head).
        const clause = sentence.text.slice(Math.max(0, speakerUntil));
        // `во главе с вице-министром` names nobody: only a person named after it heads the delegation.
        const headed = HEADED.exec(clause);
        const headNamed = headed !== null && mentions.some((m) => m.start > Math.max(0, speakerUntil) + headed.index);
        // `встретился с делегацией Конгресса, находящейся с визитом в Казахстане`: the delegation met travels,
        // not the host who is the sentence's subject.
        const guestsTravel = GUESTS_ON_VISIT.test(clause);
        const unnamedTravel = (UNNAMED_TRAVELLERS.test(clause) && !headNamed) || guestsTravel;
        if (guestsTravel) names.splice(0, names.length, ...names.filter((r) => r.role !== "subject"));
        else if (unnamedTravel) names.splice(0, names.length, ...names.filter((r) => r.role !== "subject" || mentionIn(mentions, r.name, speakerUntil)));
        const nominative = mentions.filter((m) => m.grammaticalCase === "nomn" && m.end > speakerUntil);
        const named = (nominative.filter((m) => m.end <= c.start).at(-1) ?? nominative[0])?.name ?? null;
        // `Губернатор сообщил, что намерен возглавить торговую миссию в Казахстан`: a reported plan with no
        // subject of its own is the speaker's.
        const speaker = speakerUntil > 0 && OWN_PLAN.test(sentence.text.slice(speakerUntil)) ? (mentions.filter((m) => m.grammaticalCase === "nomn" && m.end <= speakerUntil).at(-1)?.name ?? null) : null;
        // `В октябре аким области в составе делегации посетит Питтсбург`: the akim the story named, by post.
        const traveller = names.length === 0 && !unnamedTravel ? (named ?? speaker ?? visitorNamed(lower, drafts, input.officials) ?? (c.status === "planned" ? travellerByPost(clause, i, input.officials) : null) ?? (VISITOR_SUBJECT.test(sentence.text) ? latestForeigner(drafts, input.officials) : null)) : null;
        if (traveller) names.push({ name: traveller, role: "subject" });
        // `Он напомнил, что пригласил ее еще в декабре, когда сам был с визитом в Вашингтоне`: a trip dated weeks
        // before the story is an earlier one, not more of the trip told, nor a trip of this story.
        if (c.status === "held" && datedBefore(sentence.text, input.publishedOn)) continue;
        const target = drafts.find((d) => d.kind === "visit" && d.status === c.status && (d.destination === c.destination || !d.destination || !c.destination));
        const trip = target ?? create(c, names, nextGroup++);
        if (target) join(target, c, names);
        // `…прибудет торговая миссия, в ходе которой планируется подписать …`: nobody named travels, so
        // nobody is lent to the trip by the events of its programme either.
        if ((unnamedTravel || TRAVELLER_BY_POST.test(clause)) && trip.participants.size === 0) trip.unnamedTravellers = true;
        continue; // a visit mentioned in passing does not take the story's focus
      }
      // `Пятое заседание Диалога … состоялось …. Заседание, проходившее на полях …, открыли А и Б`.
      // … not when the event in focus was told on the sidelines of a gathering (`встретился … на полях
      // конференции CERAWeek. Конференцию, которая проходит …, открыли …`): the noun is that gathering.
      const besideGathering = (d: Draft) => d.triggerSentences.some((k) => SIDELINES.test(input.sentences[k]?.text ?? ""));
      // … not one dated weeks before the story (`Первый подобный саммит прошел в Вашингтоне в 2010 году`).
      const retold = c.kind === "conference" && c.nominal && (c.bare || c.unqualified) && !(c.status === "held" && datedBefore(sentence.text, input.publishedOn)) ? focus.find((d) => d.kind !== "conference" && d.kind !== "visit" && d.status === c.status && !besideGathering(d)) : undefined;
      if (retold) {
        join(retold, c, c.roles);
        moved.push(retold);
        continue;
      }
      // `Неформальная встреча министров ОБСЕ … завершилась …. Встречу, проходившую …, вел …`: the plain noun
      // opening the next sentence tells the gathering again.
      const toldAgain = c.kind === "meeting" && c.nominal && (c.bare || c.unqualified) && c.start === 0 && !c.roles.some((r) => r.role === "counterpart") && focus.length > 0 && focus.every((d) => d.kind === "conference" && d.status === c.status) ? focus[0] : undefined;
      if (toldAgain) {
        join(toldAgain, c, c.roles);
        moved.push(toldAgain);
        continue;
      }
      if (c.kind === "conference") {
        // `на полях сессии пройдет встреча министров … в формате C5+1`: a gathering on the sidelines of
        // the one in focus is another.
        const found = onSidelines(sentence.text.slice(0, c.start)) ? undefined : (focus.find((d) => d.kind === "conference" && d.status === c.status) ?? drafts.find((d) => d.kind === "conference" && d.status === c.status && sameSection(input, d, i)));
        // `Во вторник открылись дебаты сессии … . В четверг Хейл провел встречу с министрами … пяти государств`:
        // a meeting of many, named in full on another day than the gathering in focus, is another gathering.
        const ownDay = c.bare || c.unqualified || !/^встреч/iu.test(sentence.text.slice(c.start)) ? null : dayIn(sentence.text.slice(0, c.start), input.publishedOn, c.status);
        const target = found && ownDay && toldOnAnotherDay(found, ownDay) ? undefined : found;
        const d = target ?? create(c, names, nextGroup++);
        // Told again (`встреча глав государств … состоится …`), a conference keeps its people: the
        // subject guessed for a sentence without one belongs to the sentences before, not to the summit.
        // `Это вторая встреча в формате C5+1 – первая прошла в сентябре 2023 года, ее проводил Джо Байден`: who
        // led an earlier one, dated weeks before the story, is not at this one.
        if (target) join(target, c, c.status === "held" && datedBefore(sentence.text.slice(c.start), input.publishedOn) ? [] : c.roles);
        // `Конференцию … открыли выступления Райта и министра внутренних дел Бергама`: its speakers are there.
        for (const m of mentions) if (!d.participants.has(m.name) && SPEECH_OF.test(sentence.text.slice(Math.max(0, m.start - 80), m.start))) d.participants.set(m.name, { role: "attendee", sentence: i });
        moved.push(d);
        continue;
      }
      // `Беседа состоялась по инициативе американской стороны`: nobody named, the event in focus.
      // `Переговоры двух президентов в понедельник продлились …`: told again, the event may say its day.
      // `… напомнил, что в ходе поездки в апреле прошлого года он провел встречи …`: an event noun of a time
      // long before is an earlier event, not the one in focus told again.
      if (anaphoric && c.status === "held" && datedBefore(sentence.text.slice(0, c.start), input.publishedOn, false)) continue;
      if (anaphoric && focus[0]) {
        const d = focus[0];
        // `… подписали план. Документ стал итогом заседания комиссии. Заседание провели главы делегаций`:
        // the talks a signing crowned are the signers' own.
        // `Церемония прошла в министерстве`: the signing's own ceremony, not talks before it.
        const ceremony = /^церемони/iu.test(sentence.text.slice(c.start));
        if (d.kind === "signing" && d.status === "held" && c.status === "held" && (c.kind === "talks" || c.kind === "meeting") && d.participants.size >= 2 && !ceremony) {
          moved.push(create(c, [...d.participants].map(([name, p]) => ({ name, role: p.role })), nextGroup++));
          continue;
        }
        if (compatibleKinds(d.kind, c.kind)) join(d, c, []);
        else d.sentences.add(i);
        moved.push(d);
        continue;
      }
      if (counterparts.length <= 1) {
        const cp = counterparts[0]?.name;
        // Two or more people named, some of them new to the meeting in focus (`прием …, в котором участвовал
        // глава МИД`): another meeting, not more of the same.
        const newcomers = (d: Draft) => names.length >= 2 && names.some((r) => !d.participants.has(r.name));
        const nextStep = NEXT_STEP.test(sentence.text) && names.length >= 2;
        // `затем переговоры продолжились в расширенном составе с участием …`: those who joined the event
        // in focus, not another event.
        const joined = !cp && rest.length > 0 && rest.every((r) => r.role === "attendee");
        // `также встретится с представителями Конгресса`: unnamed others make another meeting than the
        // one in focus with its named counterpart.
        const otherGroup = !cp && c.unnamedGroup && focus.some((d) => [...d.participants.values()].some((p) => p.role === "counterpart"));
        // `На полях встречи Абдрахманов провел отдельную беседу с Тиллерсоном`: two of a larger table met
        // apart from it.
        const before = sentence.text.slice(0, c.start);
        const apart = onSidelines(before) || SEPARATE.test(before);
        const within = (d: Draft) => !apart || [...d.participants.keys()].every((n) => names.some((r) => r.name === n));
        // A host told only by post is nobody to join by: each such reception is its own.
        const target = nextStep || otherGroup || c.hostByPost
          ? undefined
          : cp
            ? drafts.find((d) => compatibleKinds(d.kind, c.kind) && d.status === c.status && d.participants.has(cp) && sameSide(d) && within(d))
            : focus.find((d) => compatibleKinds(d.kind, c.kind) && d.status === c.status && (joined || !newcomers(d)));
        // `Накануне открытия, в среду, Абдрахманов встретился с американским дипломатом`: one of a gathering's
        // people met on another day than the gathering's, which is another meeting.
        const ownDay = target && target.participants.size > 2 ? dayIn(sentence.text.slice(0, c.start), input.publishedOn, c.status) : null;
        if (target && ownDay && toldOnAnotherDay(target, ownDay)) {
          moved.push(create(c, names, nextGroup++));
        } else if (target && c.status === "held" && target.status === "held" && datedBefore(sentence.text, input.publishedOn)) {
          moved.push(create(c, names, nextGroup++));
        } else if (target) {
          join(target, c, names);
          if (cp && drafts.filter((d) => d.group === target.group).length > 1) target.treatedSeparately = true;
          moved.push(target);
        } else moved.push(create(c, names, nextGroup++));
        continue;
      }
      const group = nextGroup++;
      let previousEnd = c.start;
      for (const cp of counterparts) {
        const own = names.filter((r) => r.role === "subject" || r.name === cp.name || r.role === "attendee");
        // `В четверг … встретился с губернатором А, а в пятницу – с председателем Б`: another day, another meeting.
        const at = mentions.find((m) => m.name === cp.name && m.start > previousEnd);
        const between = at ? sentence.text.slice(previousEnd, at.start) : "";
        const nextDay = at ? ANOTHER_DAY.exec(between) : null;
        const inTurn = at !== undefined && (IN_TURN.test(between) || ONE_AFTER_ANOTHER.test(sentence.text));
        previousEnd = at?.end ?? previousEnd;
        const target = nextDay || inTurn ? undefined : drafts.find((d) => compatibleKinds(d.kind, c.kind) && d.status === c.status && d.participants.has(cp.name) && sameSide(d));
        if (target) join(target, c, own);
        const d = target ?? create(c, own, group);
        // Its day is told in its own part of the sentence.
        if (nextDay && at) d.triggerStarts.set(i, sentence.text.lastIndexOf(",", at.start) + 1);
        if (nextDay || inTurn) for (const o of drafts) if (o.group === group) o.treatedSeparately = true;
        moved.push(d);
      }
    }
    // `Премьер один за другим принял руководителей трех американских нефтяных компаний. Первым … вошел А, за ним
    // – Б, а завершил день В`: heads of companies met one by one, named in the next sentence — one meeting each.
    // … or `главу Казахстана посетили руководители американских корпораций. Первым пришел А, затем – Б`.
    const announcedHeads = ONE_BY_ONE.test(input.sentences[i - 1]?.text ?? "") || (COMPANY_HEADS.test(input.sentences[i - 1]?.text ?? "") && IN_TURN_OPENING.test(sentence.text));
    const heads = i > 0 && announcedHeads ? headsMetInTurn(i, bySentence, input) : null;
    if (heads) inTurnUntil = heads.last;
    // `Утром с ним встретился А, днем – Б, а вечером – В` read as one meeting of the heads among themselves.
    const headNames = new Set(heads?.heads.map((h) => h.name));
    const misread = heads ? drafts.filter((d) => d.triggerSentences.length === 1 && d.triggerSentences[0] === i && [...d.participants.keys()].every((n) => headNames.has(n))) : [];
    // … unless they were named where the meetings were announced (`провел встречи с руководителями … – A, Б и В`).
    const namedBefore = heads !== null && drafts.some((d) => d.triggerSentences.includes(i - 1) && [...headNames].some((h) => d.participants.has(h)));
    if (heads && !namedBefore && !drafts.some((d) => d.triggerSentences.includes(i) && d.participants.has(heads.traveller))) {
      // `поочередно провел видеоконференции с руководителями … компаний`: each head was on a call, as the
      // announcement was.
      const kind = drafts.some((d) => d.triggerSentences.includes(i - 1) && d.kind === "call") ? "call" : "meeting";
      // The announcement's own draft (`поочередно провел видеоконференции с руководителями …`, nobody named with
      // the traveller) is those meetings, not one more — unless a head told later joins it (`Председателю
      // правления Chevron … Мынбаев обещал …`).
      for (const d of drafts) if (d.triggerSentences.includes(i - 1) && [...d.participants.keys()].every((n) => n === heads.traveller)) announcedInTurn.add(d);
      for (const d of misread) drafts.splice(drafts.indexOf(d), 1);
      moved.splice(0, moved.length, ...moved.filter((d) => !misread.includes(d)));
      const group = nextGroup++;
      for (const head of heads.heads) {
        const d = newDraft(kind, "held", i - 1, 0, group);
        d.participants.set(heads.traveller, { role: "subject", sentence: i - 1 }).set(head.name, { role: "counterpart", sentence: head.sentence });
        d.triggerSentences.push(head.sentence);
        d.sentences.add(head.sentence);
        d.treatedSeparately = true;
        drafts.push(d);
        moved.push(d);
      }
    }
    // `стороны обсудили … и подготовку к саммиту, который пройдет …`: an upcoming conference told as a
    // subject of the meeting in focus takes the story on from there, but what comes before it in the
    // sentence was still that meeting's.
    const upcoming = candidates.length > 0 && candidates.every((c) => c.status === "planned" && (c.kind === "conference" || c.kind === "visit"));
    if (upcoming && moved.length > 0) {
      const from = Math.min(...candidates.map((c) => c.start));
      for (const d of focus) {
        if (moved.includes(d) || d.status !== "held") continue;
        d.sentences.add(i);
        d.topicsUntil.set(i, from);
      }
    }
    if (moved.length > 0) {
      focus = [...new Set(moved)];
      protagonist ??= [...(focus[0]?.participants ?? [])].find(([, p]) => p.role === "subject")?.[0] ?? null;
    } else if (candidates.every((c) => c.kind === "visit")) {
      // A visit mentioned in passing leaves the story where it was: `Том Эллис, в свою очередь, … и
      // сообщил, что намерен посетить Астану` still narrows it to the meeting with Эллис.
      // `На встрече присутствовали …`, `Делегацию на заседании возглавит …`: those named attend the event in
      // focus, whatever else they took part in before.
      if (!found.some(attendedFocus)) focus = narrowFocus(focus, drafts, mentions);
      // `В прошлом году Казахстан на дебатах представлял президент …`: who attended before is not who will.
      // `На открытии выступили президент США …, Президент России …`, `слово получит Президент Казахстана`: those
      // who spoke at the gathering in focus were there.
      const spokeAtGathering = candidates.length === 0 && SPOKE_AT_GATHERING.test(lower) && focus.some((d) => d.kind === "conference");
      // `Воскресенье госсекретарь провел в Нур-Султане … . А в понедельник за одним столом с госсекретарем собрались
      // министры …`: attendance on the day of a gathering told before is at that gathering, not the meeting in focus.
      const day = candidates.length === 0 && attendance ? dayIn(sentence.text, input.publishedOn, "held") : null;
      const thatDay = day ? drafts.find((d) => d.kind === "conference" && d.status === "held" && !focus.includes(d) && d.triggerSentences.some((k) => dayIn(input.sentences[k]?.text ?? "", input.publishedOn, "held") === day)) : undefined;
      if (thatDay) focus = [thatDay];
      if (candidates.length === 0 && (attendance || spokeAtGathering) && !(focus.every((d) => d.status === "planned") && ATTENDED.test(lower))) {
        // `В заседании также участвовали министры …` after a gathering told with a meeting: those at the gathering.
        const gatherings = focus.filter((d) => d.kind === "conference");
        // The members of a delegation whose series of meetings is announced travel with its head.
        const members = DELEGATION_LIST.test(lower);
        for (const d of gatherings.length > 0 ? gatherings : focus) {
          const role = members && announcesSeries(d) ? "subject" : "attendee";
          for (const m of mentions) if (!d.participants.has(m.name)) d.participants.set(m.name, { role, sentence: i });
        }
      }
    }

    if (focus.length === 0 && drafts.length === 0) orphans.push(i);
    if (candidates.length === 0 && (BACKGROUND.test(sentence.text) || history)) return;
    const clause = moved.length === 0 && candidates.length > 0 ? visitClauseStart(sentence.text, Math.min(...candidates.map((c) => c.start))) : null;
    for (const d of focus) {
      d.sentences.add(i);
      if (clause !== null && !d.triggerSentences.includes(i)) d.topicsUntil.set(i, clause);
      if (d.kind === "meeting" && TALKS_WORD.test(lower) && !CALL_WORD.test(lower)) Object.assign(d, { kind: "talks", kindSentence: i });
    }
  });
  const told = drafts.filter((d) => !(announcedInTurn.has(d) && d.participants.size <= 1));
  return mergeIntoReceptions(mergeHeadlines(mergeUnseparatedGroups(told), input.sentences), input.sentences);
}

/** A title or lead announcing a meeting the body then reports (`Министр … провел переговоры с главой
 *  Минсельхоза США`, then who exactly) is that meeting, though the headline names fewer people. What
 *  the headline sums up may span several of the body's meetings, so its topics stay the article's. */
function mergeHeadlines(drafts: Draft[], sentences: MeetingsInput["sentences"]): Draft[] {
  const headline = (d: Draft) => d.triggerSentences.every((i) => sentences[i]?.part !== "body");
  return drafts.filter((d) => {
    if (!headline(d)) return true;
    // `Стороны договорились провести заседание рабочей группы` as the subtitle of the body's same plan.
    if (d.participants.size === 0) return !drafts.some((b) => b !== d && !headline(b) && b.kind === d.kind && b.status === d.status && b.participants.size === 0);
    // `Тлеуберди и Халилзад обсудили …` over a body that tells a video call: a headline's plain meeting is
    // whatever event the body reports between the same people.
    const reported = drafts.some(
      (b) => b !== d && !headline(b) && (compatibleKinds(b.kind, d.kind) || d.kind === "meeting") && b.status === d.status && [...d.participants.keys()].every((n) => b.participants.has(n)),
    );
    if (reported) return false;
    // `Во встрече принял участие посол США …` as the subtitle: those who attended the one meeting the
    // body reports.
    const body = drafts.filter((b) => b !== d && !headline(b) && compatibleKinds(b.kind, d.kind) && b.status === d.status);
    const onlyAttended = d.triggerSentences.every((i) => ATTENDANCE.test((sentences[i]?.text ?? "").toLowerCase()));
    if (onlyAttended && body.length === 1 && body[0]) {
      for (const [name, p] of d.participants) if (!body[0].participants.has(name)) body[0].participants.set(name, p);
      return false;
    }
    return true;
  });
}

/** `Стороны договорились встретиться …`, `По итогам разговора министр и госсекретарь договорились
 *  провести встречу`, `Министры договорились встретиться`, `Стороны условились продолжить обсуждение на
 *  предстоящем заседании Совета …`: a next meeting agreed by the sides of the one in focus is between the
 *  same people (at a gathering, among others), though the sentence names them by post or not at all. */
const SIDES = /(?<!\p{L})(?:стороны|собеседники|по\s+итогам|главы\s+(?:мид|внешнеполитических\s+ведомств|государств|дипломатических\s+ведомств))(?!\p{L})/u;
/** `Министры договорились …`, `дипломаты договорились провести`: the sides named by their common post agree to meet (a gathering they
 *  mean to go on talking at is no meeting of theirs: `продолжить разговор на конференции`). */
const POSTS_AGREED = /(?<!\p{L})(?:министры|лидеры|президенты|дипломаты|коллеги|собеседники)\s+(?:договорил|условил|согласил)/u;
const AGREED = /(?<!\p{L})(?:договорил|условил|согласил)\p{L}*/u;

function sidesOf(c: Candidate, focused: Draft | undefined, lower: string, drafts: readonly Draft[]): Candidate["roles"] | null {
  if (!focused || c.status !== "planned" || !(SIDES.test(lower) || (c.kind !== "conference" && POSTS_AGREED.test(lower)))) return null;
  // A gathering the sides only talked about (`обсудили подготовку к саммиту`) is not one they agreed to attend.
  if (c.kind === "conference" ? !AGREED.test(lower) : c.kind !== "meeting" && c.kind !== "talks") return null;
  // `… подтвердил участие в саммите. Президенты договорились провести встречу на полях саммита`: past a
  // gathering told with one side, the sides are those of the last event between two.
  const current = focused.participants.size >= 2 ? focused : focused.kind === "conference" && c.kind !== "conference" ? drafts.findLast((d) => d.kind !== "conference" && d.kind !== "visit" && d.participants.size >= 2) : undefined;
  if (new Set(c.roles.map((r) => r.name)).size >= 2 || !current) return null;
  const roles = [...current.participants].map(([name, p]) => ({ name, role: p.role }));
  for (const r of c.roles) if (!roles.some((x) => x.name === r.name)) roles.push(r);
  return roles;
}

/** `По итогам встречи лидеры подписали …`, `Переговоры … завершились подписанием декларации`, `В присутствии
 *  двух президентов … подписали …`: the people of the meeting just told sign, as its sides or its leaders, or
 *  witness what others sign. */
const SIGNING_SIDES = /(?<!\p{L})(?:лидеры|президенты|главы\s+государств|стороны|министры|главы\s+(?:МИД|внешнеполитических\s+ведомств)|завершил(?:ись|ась|ся)\s+подписанием|в\s+присутствии\s+(?:(?:двух|обоих|обеих)\s+)?(?:президентов|лидеров|глав\s+государств|министров))(?!\p{L})/iu;

const AFTER_MEETING = /^по\s+итогам\s+(?:встречи|переговоров|беседы)(?!\p{L})/u;

function signersOf(lower: string, focus: readonly Draft[], drafts: readonly Draft[], afterMeeting = false): Candidate["roles"] | null {
  if (!afterMeeting && !SIGNING_SIDES.test(lower)) return null;
  const met = focus.find((d) => d.kind !== "signing" && d.participants.size >= 2) ?? drafts.findLast((d) => d.kind !== "signing" && d.status === "held" && d.participants.size >= 2);
  return met ? [...met.participants].map(([name, p]) => ({ name, role: p.role })) : null;
}

/** `…, и сообщил, что намерен посетить Астану …`: a visit told in a clause of its own, which starts at
 *  the last comma before its trigger; null when the visit is the sentence's own subject matter
 *  (`Отдельное внимание было посвящено предстоящему визиту …`). */
function visitClauseStart(text: string, trigger: number): number | null {
  const comma = text.lastIndexOf(",", trigger);
  return comma > 0 ? comma : null;
}

/** The person the previous sentences were about (nominative, not one of this sentence's others). */
/** `В ходе визита Ермека Кошербаева в Вашингтон состоялись его встречи с …`: the traveller whose trip
 *  frames the sentence, named in the genitive right after the trip's noun. */
const TRIP_NOUN = /(?<!\p{L})(?:визит|поездк|пребывани|турне)\p{L}*\s+$/u;

function tripOwner(text: string, mentions: readonly MentionIn[], rest: readonly { name: string }[]): string | null {
  const owner = mentions.find((m) => canBe(m, "gent") && !rest.some((r) => r.name === m.name) && TRIP_NOUN.test(text.slice(Math.max(0, m.start - 30), m.start).replace(/(?:\p{Lu}[\p{L}-]*\s+)+$/u, "")));
  return owner?.name ?? null;
}

/** `Казахстанский министр приехал в Вашингтон раньше коллег. Во вторник он встретился с …`: a pronoun
 *  subject is the one who acted in the sentence before, named or told by post, when that one is of
 *  another country than the counterparts. */
const PRONOUN_SUBJECT = /(?:^|[\s,])(?:он|она)\s+(?:\p{L}+\s+){0,2}$/u;

/** `Первым его собеседником стал …`: whose interlocutor, told by a possessive pronoun. */
const POSSESSOR = /(?:^|[\s,])(?:его|ее|её)\s+$/u;

function pronounSubject(before: string, interlocutor: boolean, drafts: readonly Draft[], i: number, rest: readonly { name: string }[], officials: MeetingsInput["officials"]): string | null {
  return PRONOUN_SUBJECT.test(before) || (interlocutor && POSSESSOR.test(before)) ? previousActor(drafts, i, rest, officials) : null;
}

/** The country of a person of the story, by name (null when unknown or not an official). */
function countryIn(officials: MeetingsInput["officials"]): (name: string) => string | null {
  return (name) => officials.find((o) => o.name === name)?.country ?? null;
}

/** The known countries of the people named. */
function countriesOf(people: readonly { name: string }[], countryOf: (name: string) => string | null): Set<string> {
  return new Set(people.map((p) => countryOf(p.name)).filter((c) => c !== null));
}

/** Whether someone is of the one country the counterparts `rest` are of (false when they are of several or none). */
function counterpartsSide(rest: readonly { name: string }[], countryOf: (name: string) => string | null): (name: string) => boolean {
  const theirs = countriesOf(rest, countryOf);
  return (name) => theirs.size === 1 && theirs.has(countryOf(name) ?? "");
}

/** Who acted in the sentence before `i` (its last event's subject), when of another country than `rest`. */
function previousActor(drafts: readonly Draft[], i: number, rest: readonly { name: string }[], officials: MeetingsInput["officials"]): string | null {
  const countryOf = countryIn(officials);
  const theirs = countriesOf(rest, countryOf);
  const previous = [...drafts].reverse().find((d) => d.triggerSentences.includes(i - 1));
  const subject = previous ? subjectOf(previous) : null;
  return subject && !theirs.has(countryOf(subject) ?? "") && !rest.some((r) => r.name === subject) ? subject : null;
}

/** `lookback`: how many sentences back; a programme's items go back to whoever the programme is of. */
/** `notOf`: a country the one sought is not of (the host's, told by post: `посол был принят акимом города`). */
function recentSubject(bySentence: ReadonlyMap<number, MentionIn[]>, i: number, rest: readonly { name: string }[], officials: MeetingsInput["officials"], lookback: number, notOf: string | null = null): string | null {
  // `… его встреча с вице-президентом Торговой палаты США`: whoever spoke last from the counterpart's own
  // country is not the one meeting them.
  const countryOf = countryIn(officials);
  const sameSide = counterpartsSide(rest, countryOf);
  for (let k = i; k >= Math.max(0, i - lookback); k--) {
    const nominative = (bySentence.get(k) ?? []).filter((m) => m.grammaticalCase === "nomn" && !rest.some((r) => r.name === m.name) && !sameSide(m.name) && !(notOf && countryOf(m.name) === notOf));
    const last = nominative[nominative.length - 1];
    if (last) return last.name;
  }
  return null;
}

/** `американского гостя принял …`, `встреча с американским дипломатом`, `делегацию принял …`, `Затем
 *  конгрессменов принял министр …`: the visitor the story is about, named before. */
const GUEST = /(?<!\p{L})(?:гост(?:я|ей|ем|ю|ями|ью|ьей|ье|ьи)|делегаци(?:ю|ей)|дипломат(?:а|ом)|визитер(?:а|ом)|(?:конгрессмен|сенатор|законодател|парламентари)(?:ов|ей|ев)|(?<!вместе\s)с\s+(?:ним|ней|ними)(?=\s+(?:[\p{L}-]+\s+)?(?:встрет|встреча|побесед|провел)))(?!\p{L})/gu;
/** `делегация отправится в Алматы, где ее примет аким …`, `гости прибыли в Эймс, где их принял …`: the
 *  guests received, when the host is named (`где ее примет аким города` names nobody to meet them). */
const GUEST_PRONOUN = /(?:делегаци\p{L}*|(?<!\p{L})гост(?:и|ья|ь)(?!\p{L}))[^.;:!?]*(?<!\p{L})(?:ее|её|их|его)\s+(?:прим|прин[яи])\p{L}+/u;

/** `американский дипломат будет принят президентом …`, `казахстанский вице-премьер был принят …`,
 *  `конгрессмены были приняты Председателем Мажилиса`, `глава казахстанской дипломатии был принят в Пентагоне`, `В Астане она была принята …`: the
 *  one received, named by post or by a pronoun, is the subject of a passive. */
const PASSIVE_GUEST = /(?<!\p{L})(?:гость|гостья|гости|дипломат|посол|делегация|визит[её]р|конгрессмены|сенаторы|законодатели|парламентарии|члены\s+делегации|глава\s+(?:казахстанск|американск)\p{L}*\s+(?:дипломатии|делегации|мид|внешнеполитического\s+ведомства)|(?:казахстанск|американск)\p{L}*\s+(?:вице-премьер|премьер|вице-министр|министр|спикер|лидер)|(?:он|она|они)(?=\s+(?:был[аи]?\s+|будет\s+|будут\s+)?принят))(?!\p{L})/u;

/** `Из Астаны американский дипломат направится в Ташкент, где у него запланирована встреча с …`, `В среду
 *  казахстанский лидер встретился с …`: the sentence's subject is the one from that country named before,
 *  not the host named last. */
const VISITOR = /(?<!\p{L})(американск|казахстанск)\p{L}*\s+(?:гост|дипломат|визит[её]р|спецпосланник|посланник|посол|посл[аеу]|сенатор|конгрессмен|министр|вице-министр|чиновник|генерал|лидер|президент|премьер|вице-премьер|банкир|бизнесмен|спикер)(?:а|у|ом|е|я|ю|ем|ь)?(?!\p{L})/u;

/** `Дипломат сообщил, что …`, `Посол отметил …`, `Уезжая, дипломат пообещал …`, `Американец обещал …`: a sentence
 *  whose subject is a visitor named by post alone, after a gerund or adverb set off by a comma. */
const VISITOR_SUBJECT = /^(?:[^,.;:!?«»]{1,40},\s*)?(?:дипломат|посол|гость|гостья|визит[её]р|госсекретарь|сенатор|конгрессмен|американец|американка)(?!\p{L})/iu;

/** The latest person of the story from another country than Kazakhstan. */
function latestForeigner(drafts: readonly Draft[], officials: MeetingsInput["officials"]): string | null {
  for (const d of [...drafts].reverse()) {
    const foreigner = [...d.participants.keys()].reverse().find((n) => {
      const country = officials.find((o) => o.name === n)?.country;
      return country !== undefined && country !== null && country !== "KZ";
    });
    if (foreigner) return foreigner;
  }
  return null;
}

function visitorNamed(lower: string, drafts: readonly Draft[], officials: MeetingsInput["officials"], named: readonly MentionIn[] = []): string | null {
  const adjective = VISITOR.exec(lower)?.[1];
  if (!adjective) return null;
  const country = adjective === "американск" ? "US" : "KZ";
  for (const d of [...drafts].reverse()) {
    const visitor = [...d.participants.keys()].find((n) => officials.find((o) => o.name === n)?.country === country);
    if (visitor) return visitor;
  }
  // `Заместитель министра … Умаров провел в Вашингтоне три дня … . Во вторник казахстанского дипломата принял …`:
  // with no meeting of theirs told yet, the one of that country the story named last.
  return named.findLast((m) => officials.find((o) => o.name === m.name)?.country === country)?.name ?? null;
}

/** `с украинской делегацией`: a guest of a third country is not the visitor the story is about. */
const THIRD_COUNTRY_GUEST = /(?<!\p{L})(?!американск|казахстанск|заокеанск|парламентск|межпарламентск|министерск|сенатск|депутатск|дипломатическ)\p{L}+ск(?:ой|ую|ого|им|ая|ий|ие|их)\s+$/u;

/** `американские сенаторы были приняты …`, `встреча с американскими законодателями`: the visitors by
 *  their country and calling, in any case and number (`члены делегации` is DELEGATION_MEMBERS). */
const VISITORS_BY_CALLING = /(?<!\p{L})американск\p{L}*\s+(?:сенатор|конгрессмен|законодател|парламентари|гост|визит[её]р|делегат|генерал|адмирал|военачальник|министр)\p{L}*/u;

/** `дал в честь американского вице-президента ужин`, `ужин, который дал в их честь …`: the guest honoured. */
const IN_HONOUR = /(?<!\p{L})в\s+(?:(?:его|ее|её|их)\s+честь|честь\s+(?:[\p{L}-]+\s+){0,2}?(?:гост|госсекретар|президент|вице-президент|делегаци|сенатор|посл[ау])\p{L}*)/u;

function isGuestReference(lower: string): boolean {
  if (VISITORS_BY_CALLING.test(lower) || DELEGATION_MEMBERS.test(lower) || IN_HONOUR.test(lower)) return true;
  for (const m of lower.matchAll(GUEST)) {
    const before = lower.slice(0, m.index);
    // `За день до приезда американского дипломата у акима побывал посол Китая`: the guest whose arrival dates
    // another's visit is not the one received.
    if (!THIRD_COUNTRY_GUEST.test(before) && !ARRIVAL_FRAME.test(before)) return true;
  }
  return false;
}


const DELEGATION = /(?<!\p{L})(?:делегаци(?:ю|ей|я)|ее\s+примет|её\s+примет)(?!\p{L})/u;

/** `Накануне делегация провела переговоры с министром …`: the delegation told before, its head named there. */
const GUESTS_AS_SUBJECT = /(?<!\p{L})(?:делегация|миссия|гости|законодатели|конгрессмены|сенаторы|парламентарии)(?!\p{L})/u;
/** `встречи американского гостя с …`, `запланированы его переговоры с Токаевым`: the guest owns the event. */
const GUEST_OWNER = /(?<!\p{L})(?:(?:встреч\p{L}*|переговор\p{L}*|бесед\p{L}*)\s+(?:\p{L}+\s+)?(?:гостя|гостьи|гостей)(?!\p{L})|(?:его|ее|её|их)\s+(?:[\p{L}-]+\s+)?(?:встреч\p{L}*|переговор\p{L}*|бесед\p{L}*)\s+(?:с|со)\s)/u;

/** The next session of a standing body (`очередное заседание Совместной комиссии`, `следующая сессия
 *  рабочей группы`, `очередной раунд Диалога`, `провести заседание Совета ТИФА`, `Заседание рабочей группы …
 *  планируется провести`, `Энергетического диалога, заседание которого запланировано …`), unlike the next round
 *  of the sides' own consultations. */
const BODY_SESSION =
  /(?<!\p{L})(?:(?:следующ|очередн)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:заседани\p{L}*|сесси\p{L}*|раунд\p{L}*\s+(?:[\p{L}-]+\s+)?диалог\p{L}*)|(?:провести\s+(?:заседани|сесси)\p{L}*|заседание|сессия)\s+(?:[\p{L}-]+\s+){0,2}?(?:совет|комисси|рабоч|диалог|платформ|партнерств)\p{L}*|(?:совет|комисси|групп|диалог|платформ|партнерств)\p{L}*,\s+(?:очередное\s+|следующее\s+)?(?:заседание|сессия)\s+котор\p{L}*)(?!\p{L})/u;

const NEXT_ROUND = /(?<!\p{L})(?:следующ|очередн|ежегодн)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:раунд|заседани|консультаци|переговор)/u;

/** `Программа визита законодателей включает встречу с министром …`: the meetings of a visit's programme
 *  are the visitors'. */
/** `члены делегации провели встречу с …`: the delegation's members own the meeting. */
const DELEGATION_MEMBERS = /(?<!\p{L})член\p{L}*\s+(?:\p{L}+\s+)?делегаци\p{L}*/u;
const VISIT_PROGRAMME = /(?<!\p{L})программ\p{L}*\s+(?:визита|пребывания|поездки)(?!\p{L})/u;

/** The visitors a host met: the people of the latest meeting from another country than the host's. */
function guestsOf(hosts: readonly string[], drafts: readonly Draft[], officials: MeetingsInput["officials"], hostsUnnamed = false): string[] {
  const countryOf = countryIn(officials);
  const known = hosts.map(countryOf).filter((c) => c !== null);
  // A host of unknown country receiving a guest is, in this archive, a Kazakh official; so is one told only
  // by post (`гостя принял Президент страны`) when asked.
  const home = new Set(known.length > 0 || (hosts.length === 0 && !hostsUnnamed) ? known : ["KZ"]);
  if (home.size === 0) return [];
  // A guest of a third country (`президент корейского KAIST`): the visitor is the Kazakh or American one told before.
  const visiting = (name: string) => {
    const country = countryOf(name);
    return !hosts.includes(name) && country !== null && !isThirdCountry(country) && !home.has(country);
  };
  for (const d of [...drafts].reverse()) {
    // Those who came on a visit are the visitors, whatever their country is known to be.
    // Those received before (`принял делегацию во главе с сенаторами …`) are visitors too.
    const unknownGuest = (n: string) => !hosts.includes(n) && countryOf(n) === null && (d.kind === "visit" || d.participants.get(n)?.role !== "subject");
    const visitors = [...d.participants.keys()].filter((n) => visiting(n) || unknownGuest(n));
    if (visitors.length > 0) return visitors;
  }
  return [];
}

/** Someone of Kazakhstan and someone of the United States are both in the meeting. */
function sidesNamed(d: Draft, officials: MeetingsInput["officials"]): boolean {
  const countries = new Set([...d.participants.keys()].map(countryIn(officials)));
  return countries.has("KZ") && countries.has("US");
}

/** `Президент Дональд Трамп принимал в Восточном зале всех пятерых лидеров региона: …`: one host receiving the
 *  leaders of four countries or more at once hosts a gathering (not a ceremony of credentials, each its own). */
function hostsGathering(c: Candidate, text: string, officials: MeetingsInput["officials"]): boolean {
  if (c.kind !== "meeting" || CREDENTIALS.test(text)) return false;
  const countryOf = countryIn(officials);
  const countries = (role: Role) => new Set(c.roles.flatMap((r) => (r.role === role ? (countryOf(r.name) ?? []) : []))).size;
  return countries("subject") === 1 && countries("counterpart") >= 4;
}

/** The latest person of another country than the hosts', named in the two sentences before. */
function namedGuest(hosts: readonly string[], sentence: number, bySentence: ReadonlyMap<number, MentionIn[]>, officials: MeetingsInput["officials"], plural: boolean): string[] {
  const countryOf = countryIn(officials);
  const home = new Set(hosts.map(countryOf).filter((c) => c !== null));
  if (home.size === 0) home.add("KZ");
  for (let j = sentence - 1; j >= Math.max(0, sentence - 2); j--) {
    // A guest of a third country meets nobody of the archive.
    const guests = [...(bySentence.get(j) ?? [])].reverse().filter((m) => {
      const country = countryOf(m.name);
      return !hosts.includes(m.name) && country !== null && !isThirdCountry(country) && !home.has(country);
    });
    const last = guests[0];
    // `Делегация …, в которую вошли сенаторы А и Б, … . Американские законодатели были приняты …`: guests
    // told in the plural are all of that country named there.
    if (last) return plural ? [...new Set(guests.filter((m) => countryOf(m.name) === countryOf(last.name)).map((m) => m.name).reverse())] : [last.name];
  }
  return [];
}

/** `законодатели`, `гостей`, `сенаторов`, `делегацию`: guests told as many. */
const PLURAL_GUESTS = /(?<!\p{L})(?:гости|гостей|гостям|законодател(?:и|ей|ям)|сенатор(?:ы|ов|ам)|конгрессмен(?:ы|ов|ам)|парламентари(?:и|ев|ям)|делегаци\p{L}*|члены|членов)(?!\p{L})/u;

/** `провел переговоры с министром А, а затем встретился с председателем Сената Б`: two events of one
 *  sentence, each with the counterpart named after it — the nearest trigger before a name owns it. */
function ownCounterparts(candidates: Candidate[], mentions: readonly MentionIn[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.map((c) => {
    const roles = c.roles.filter((r) => {
      if (r.role !== "counterpart") return true;
      const at = mentions.find((m) => m.name === r.name)?.start ?? -1;
      const nearest = candidates.filter((o) => compatibleKinds(o.kind, c.kind) && o.start < at && o.roles.some((x) => x.name === r.name && x.role === "counterpart")).at(-1);
      return !nearest || nearest === c;
    });
    return roles.length === c.roles.length ? c : { ...c, roles };
  });
}

/** `…, который возглавит переговоры на COP29`: an event told in a relative clause of its own subject. */
const RELATIVE_SUBJECT = /,\s*котор(?:ый|ая|ое|ые)\s[^,;:.!?]*$/u;

/** The people of a trigger in a relative clause whose pronoun is its subject: the antecedent and whoever
 *  the clause itself names; the main clause's people are not in that event. */
function relativeClauseRoles(text: string, t: TriggerHit, mentions: readonly MentionIn[]): ReturnType<typeof rolesIn> | null {
  const clause = RELATIVE_SUBJECT.exec(text.slice(0, t.start));
  if (!clause) return null;
  const before = mentions.filter((m) => m.end <= clause.index);
  // `Токаев и Трамп, которые … провели переговоры`: a plural pronoun stands for the whole list.
  const antecedents = before.slice(-1);
  if (/которые/u.test(clause[0])) {
    for (let k = before.length - 2; k >= 0; k--) {
      const [a, b] = [before[k], before[k + 1]];
      if (!a || !b || !/^\s*(?:,|и)\s*$/u.test(text.slice(a.end, b.start))) break;
      antecedents.unshift(a);
    }
  }
  const inside = mentions.filter((m) => m.start > clause.index);
  const roles = rolesIn(text, inside, t).filter((r) => r.role !== "subject");
  return [...antecedents.map((m) => ({ name: m.name, role: "subject" as const })), ...roles];
}

const SITE_OBJECT = /^\s+(?:(?!делегаци|миссия|групп|представител)[\p{L}-]+\s+){0,2}?(?:музе|университет|завод|центр|школ|предприяти|месторождени|порт|компани|библиотек|колледж|институт|академи|выставк|ярмарк|площадк|объект|фабрик|комбинат|шахт|лицей|гимнази|мемориал|парк|храм|мечет|станци|лаборатори|кампус|технопарк|больниц|клиник|офис)\p{L}*/iu;

const WHERE_RECEIVED = /,\s*где\s+(?:(?:в|во|на)\s+(?:[\p{L}-]+\s+){1,3}?)?(?:его|ее|её|их)\s+$/u;
/** `Во вторник в Роли его принял губернатор …`: the one received is a pronoun right before the verb. */
const OBJECT_PRONOUN = /(?<!\p{L})(?:его|ее|её|их|меня|нас)\s+$/u;
/** `Назарбаев принял его в Акорде`, `Назарбаев, принявший его …`: the one received told by a pronoun after the verb. */
const PRONOUN_AFTER_VERB = /^[\p{L}-]+\s+(?:его|ее|её|их)(?!\p{L})/u;
/** The one received told by a pronoun, before or right after the verb at `start`. */
const receivedPronoun = (lower: string, start: number) => OBJECT_PRONOUN.test(lower.slice(0, start)) || PRONOUN_AFTER_VERB.test(lower.slice(start));

/** `– 24 июня в Капитолии у меня встреча с …`, `меня принял …`, `я встретился с …`: the one who speaks in an
 *  interview's answers. */
const FIRST_PERSON = /(?<!\p{L})(?:я|мы|у\s+меня|у\s+нас|меня|нас)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const ANSWER = /^[–—]\s/u;

/** An interview (answers opening with a dash): the person the story names first, who answers. */
function intervieweeOf(input: MeetingsInput): string | null {
  if (!input.sentences.some((s) => s.part === "body" && ANSWER.test(s.text))) return null;
  const first = input.sentences.findIndex((s) => s.part === "body");
  return input.mentions.filter((m) => m.sentence >= first).sort((a, b) => a.sentence - b.sentence || a.start - b.start)[0]?.name ?? null;
}
/** `дипломат был принят акимом города`, `Там его принял аким города`: a host told only by his post right
 *  after the verb, nobody named — the archive keeps the meeting with the guest alone. */
const HOST_POSTS = String.raw`аким|хозяин|министр|государственн\p{L}*\s+секретар|председател|глав|президент|вице-президент|губернатор|мэр|премьер-министр|вице-премьер|заместител|вице-министр|руководител|директор|спикер|посол|сенатор|конгрессмен|госсекретар`;
const HOST_BY_POST_AGENT = new RegExp(String.raw`^\S+\s+(?:(?:в|во)\s+\p{L}+\s+)?(?:\p{L}+\s+)?(?:${HOST_POSTS})(?:ом|ем|ой|ью|ым)(?!\p{L})`, "iu");
// `Токаева принял в Капитолии председатель …`, `премьера принимал у себя глава …`, `принимал в своем кабинете хозяин
// города`: a place or «у себя» may stand between.
const HOST_BY_POST_SUBJECT = new RegExp(String.raw`^\S+\s+(?:(?:в|во)\s+(?:сво\p{L}+\s+)?[\p{L}-]+\s+|у\s+себя\s+)?(?:\p{L}+\s+)?(?:${HOST_POSTS})(?:ь|я|а)?(?!\p{L})`, "iu");

/** `один за другим принял руководителей трех американских нефтяных компаний`, `министра одного за другим
 *  принимали руководители крупнейших нефтяных компаний`: company heads met in turn, named next. */
const ONE_BY_ONE = new RegExp(
  String.raw`${ONE_AFTER_ANOTHER.source}[^.!?]*?(?:руководител|глав|президент|председател|представител|топ-менеджер|менеджер|директор|гендиректор)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:компани|корпораци|концерн|гигант|фирм|холдинг|инвестор)` +
    // `принимал нефтяников одного за другим`, `поочередно принимал американских бизнесменов`
    String.raw`|(?<!\p{L})(?:нефтяник|бизнесмен|промышленник|инвестор)\p{L}*\s+${ONE_AFTER_ANOTHER.source}` +
    String.raw`|${ONE_AFTER_ANOTHER.source}\s+(?:[\p{L}-]+\s+){1,3}?(?:нефтяник|бизнесмен|промышленник|инвестор)`,
  "iu",
);

/** `главу государства посетил`, `посетил президента`: a person called on, in the accusative by his post (not the
 *  genitive of a title, `заместитель министра посетила`). */
const VISITED_PERSON = /(?<!\p{L})(?<!(?:заместител|помощник|советник|замглавы|вице)\p{L}*[\s-]+)(?:главу\s+(?:государства|республики|региона|области|города|МИД|правительства)|президента|премьер-министра|премьера|акима|министра)\s+(?:[\p{L}-]+\s+){0,2}?посетил\p{L}*(?!\p{L})|(?<!\p{L})посетил\p{L}*\s+(?:главу\s+(?:государства|республики|региона|области|города|МИД|правительства)|президента|премьер-министра|премьера|акима|министра)(?!\p{L})/u;
const VISITED_PERSON_REACH = 40;

/** `руководители американских корпораций`: heads of companies, told as a group. */
const COMPANY_HEADS = /(?<!\p{L})(?:руководител|глав|президент|председател)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:компани|корпораци|концерн|фирм|холдинг)/iu;

/** The traveller (the Kazakh official named last before `i`) and the people of another country named in `i`. */
function headsMetInTurn(
  i: number,
  bySentence: ReadonlyMap<number, MentionIn[]>,
  input: MeetingsInput,
): { traveller: string; heads: { name: string; sentence: number }[]; last: number } | null {
  const countryOf = countryIn(input.officials);
  let traveller: string | undefined;
  for (let j = i - 1; j >= 0 && !traveller; j--) traveller = (bySentence.get(j) ?? []).findLast((m) => countryOf(m.name) === "KZ")?.name;
  if (!traveller) return null;
  const home = countryOf(traveller);
  // `Первым был А. Следом пришел Б. Завершила день беседа с В`: the heads may be told a sentence each.
  let last = i;
  // A sentence or two of what was said may stand between two of them (`По словам Уирта, … . Следующим собеседником стал …`).
  for (let k = i + 1; k <= last + 3 && k < input.sentences.length; k++) if (toldInTurn(input.sentences[k]?.text ?? "")) last = k;
  // Only the sentences telling who came next name heads: one between may tell another event (`Накануне этих
  // встреч … провел телефонный разговор с министром торговли США …`).
  // Each head keeps the sentence that names him, his meeting's evidence.
  const heads = new Map<string, number>();
  // A head the story gives no country (`Альфред Декрейн из Texaco`) is one of the companies' announced.
  const add = (k: number) => {
    for (const m of bySentence.get(k) ?? []) if (m.name !== traveller && countryOf(m.name) !== home && !heads.has(m.name)) heads.set(m.name, k);
  };
  for (let k = i; k <= last; k++) if (k === i || toldInTurn(input.sentences[k]?.text ?? "")) add(k);
  // `… трех американских компаний. С А речь шла о …, с Б — о … . Председателю правления В Мынбаев обещал …`: the
  // count announced says a head is still to come, in the next sentence that names the traveller with him.
  const announced = HEADS_COUNTED.exec(input.sentences[i - 1]?.text ?? "")?.[1]?.toLowerCase();
  const next = input.sentences[last + 1] ? bySentence.get(last + 1) ?? [] : [];
  if (announced && heads.size + 1 === COUNTS[announced] && next.some((m) => m.name === traveller)) {
    const before = heads.size;
    add(last + 1);
    if (heads.size > before) last += 1;
  }
  return heads.size >= 2 ? { traveller, heads: [...heads].map(([name, sentence]) => ({ name, sentence })), last } : null;
}

/** `руководителями трех американских компаний`: how many heads an announcement of meetings in turn counts. */
const COUNTS: Readonly<Record<string, number>> = { двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5 };
const HEADS_COUNTED = /(?<!\p{L})(двух|тр[её]х|четыр[её]х|пяти)\s+(?:[\p{L}-]+\s+){0,2}?(?:компани|корпораци|концерн|фирм|холдинг|инвестор)/iu;

/** `Первым был …`, `Следом пришел …`, `Завершила день беседа с …`: a sentence telling the next of those met in turn. */
const IN_TURN_OPENING = /^(?:Первым|Первой|Вторым|Второй|Третьим|Третьей|Следующ\p{L}+|Следом|Вслед\s+за\s+(?:ним|ней|этим)|Затем|Потом|Последним|Последней|За\s+ним|После\s+него|(?:Его|Ее|Её)\s+сменил\p{L}*|Завершил\p{L}*\s+(?:день|череду|серию)|(?:Череду|Серию)\s+(?:встреч|бесед)\s+завершил\p{L}*)(?!\p{L})/u;

/** `Рекса Тиллерсона, сменившего Робертсона, Ахметов расспрашивал …`: the next met, told as the one who came after. */
const SUCCEEDED = /(?<!\p{L})сменивш(?:ий|его|ая|ей|ему|им)(?!\p{L})/u;
const toldInTurn = (text: string) => IN_TURN_OPENING.test(text) || SUCCEEDED.test(text);

/** A post of either side, in any case (`Президент`, `помощника министра`, `градоначальник`, `председателя совета`). */
const POST_WORD = new RegExp(String.raw`(?<!\p{L})(?:${HOST_POSTS}|помощник|поверенн|градоначальник|спикер)\p{L}*`, "iu");
const PLURAL_POST = /(?<!\p{L})(?:руководител|глав|президент|председател|представител|член|конгрессмен|сенатор|дипломат|гост)(?:ей|ов|ями|ами|ам)(?!\p{L})/iu;
const AMERICAN = /(?<!\p{L})(?:США|американ\p{L}*)(?!\p{L})/u;

/** `Во второй половине дня у премьера состоялась беседа с …`: the host in «у» + genitive told by a post the
 *  story gave someone before (a Kazakh first), that person. */
const HOST_TITLE_U = /(?<!\p{L})у\s+(премьер|президент|министр|посл|акима|спикер)\p{L}*\s+(?:[\p{L}-]+\s+)?$/iu;

function titledHost(before: string, i: number, officials: MeetingsInput["officials"]): string | null {
  const root = HOST_TITLE_U.exec(before)?.[1]?.toLowerCase();
  if (!root) return null;
  const holders = officials.filter((o) => o.sentences.some((k) => k < i) && o.positions.some((p) => p.title.toLowerCase().startsWith(root)));
  return (holders.find((o) => o.country === "KZ") ?? (holders.length === 1 ? holders[0] : undefined))?.name ?? null;
}

/** `побывал у главы … ведомства`, `был у министра`: a host in «у» + genitive told by post. */
const VISITED_POST = /^[\p{L}-]+\s+у\s+(?:[\p{L}-]+\s+)?(?:глав|министр|председател|руководител|посл|губернатор|мэр|аким|директор|президент)[аыяу](?!\p{L})/iu;

/** `в министерстве`, `в акимате области`: the body whose head received the visitor. */
const BODY_VISITED = String.raw`(?:в|во)\s+(?:министерств|ведомств|акимат|мид)\p{L}*`;
const BODY_VISITED_BEFORE = new RegExp(String.raw`(?<!\p{L})${BODY_VISITED}(?:\s+(?:в|во)\s+[\p{L}-]+)?\s+$`, "iu");
const BODY_VISITED_AFTER = new RegExp(String.raw`^[\p{L}-]+\s+${BODY_VISITED}(?!\p{L})`, "iu");

/** `Глава мегаполиса `, `Аким `: a sentence opening on a title alone, the name next. */
const TITLE_OPENING = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+$/u;

/** The country of a host told only by post: an akim is Kazakh; a governor, mayor, senator American. */
function hostSide(after: string): string | null {
  const post = after.slice(0, 60).toLowerCase();
  return /(?<!\p{L})аким/u.test(post) ? "KZ" : /(?<!\p{L})(?:губернатор|мэр|сенатор|конгрессмен|госсекретар)/u.test(post) ? "US" : null;
}

/** `выступления Райта и министра внутренних дел Бергама`, `с речью … выступил`: those whose speeches a gathering heard. */
const SPEECH_OF = /(?<!\p{L})(?:выступлени[яйе]|речь|речи|доклад(?:ом|ы)?)\s+(?:[\p{L}-]+\s+){0,8}?$/u;

/** `Первым министра принял глава Chevron …`: the one received told by a bare post right before the verb. */
const OBJECT_POST = /(?<!\p{L})(?:министра|американца|американку|американцев|казахстанца|казахстанцев|акима|посла|губернатора|сенатора|мэра|премьер-министра|премьера|вице-премьера|председателя|банкира|бизнесмена|дипломата|гостя|спикера|чиновника|вице-президента|советника|помощника|генерала|конгрессмена|замминистра|вице-министра|госсекретаря)\s+(?:[\p{L}-]+\s+)?$/u;

/** `Министр … Саткалиев и министр … Райт в среду обсудили`: the two named as one subject, the verb after. */
const JOINT_SUBJECTS = /(?<!\p{L})и\s+[^,.;:!?]*$/u;

/** `Переговоры в МИДе вел сам министр …`: who led the talks hosted the guest the story is about. */
const HOSTED_TALKS = /^(?:[\p{L}-]+\s+){0,2}?переговоры\s+(?:[\p{L}-]+\s+){0,3}?вел[аи]?(?!\p{L})/u;

function candidateOf(t: TriggerHit, sentence: number, text: string, mentions: readonly MentionIn[], inBody: boolean): Candidate[] {
  const roles = relativeClauseRoles(text, t, mentions) ?? rolesIn(text, mentions, t);
  const lower = text.toLowerCase();
  // `состоялась встреча у вице-министра …` with nobody else named: the host received the story's guest.
  // `Во вторник у Ногаева побывал президент Inpex Уэда` names its guest.
  const hosted = (r: { name: string }) => mentions.some((m) => m.name === r.name && m.preposition === "у");
  const hostOnly = !roles.some((r) => r.role === "counterpart") && roles.some((r) => r.role === "subject" && hosted(r)) && roles.every((r) => r.role !== "subject" || hosted(r));
  // `Затем у секретаря Совбеза Марата Тажина господин Блейк обсуждал …`: the host in «у» + genitive is the other
  // side of the one who discussed at his place.
  if (t.rule.discussion && !roles.some((r) => r.role === "counterpart") && roles.some((r) => r.role === "subject" && !hosted(r))) {
    for (const r of roles) if (r.role === "subject" && hosted(r)) r.role = "counterpart";
  }
  // `Идрисов побывал в Капитолии, где его принял сенатор Байден`: the visitor of the main clause is the one
  // received by the host named after the verb (`генерал побывал …, где его принял …`: a visitor told by rank).
  const where = t.rule.counterpartAfterVerb ? WHERE_RECEIVED.exec(text.slice(0, t.start)) : null;
  // `его принял …`, `Первым министра принял …`: the one received told right before the verb.
  const objectBefore = !!t.rule.counterpartAfterVerb && (receivedPronoun(lower, t.start) || OBJECT_POST.test(lower.slice(0, t.start)));
  // `Во вторник Токаева принял в Капитолии председатель …`: the one received named right before the verb, in
  // the accusative, with the host after it told by post.
  const objectNamed = t.rule.counterpartAfterVerb && roles.length === 0 ? mentions.find((m) => /^\s*$/u.test(text.slice(m.end, t.start)) && canBe(m, "accs") && !canBe(m, "nomn")) : undefined;
  if (objectNamed && HOST_BY_POST_SUBJECT.test(text.slice(t.start))) roles.push({ name: objectNamed.name, role: "counterpart" });
  // `В четверг Райс приняли в Акорде`: one person right before a plural «приняли» with no subject of its own
  // is the one received (an indeclinable name reads as a nominative too), the institution's head named next.
  const lone = roles.length === 1 && roles[0]?.role === "subject" ? roles[0] : undefined;
  if (lone && !!t.rule.counterpartAfterVerb && receivedByInstitution(t.text, text.slice(t.end)) && mentions.some((m) => m.name === lone.name && /^\s*$/u.test(text.slice(m.end, t.start)))) lone.role = "counterpart";
  const guest =
    isGuestReference(lower) ||
    (HOSTED_TALKS.test(lower) && roles.length > 0 && roles.every((r) => r.role === "subject")) ||
    ((GUEST_PRONOUN.test(lower) || where !== null || objectBefore) && roles.some((r) => r.role === "subject")) ||
    (!!t.rule.passive && PASSIVE_GUEST.test(lower)) ||
    hostOnly;
  const after = text.slice(t.start);
  // `Во вторник заместителя министра торговли США Пола Даббара принял аким Шымкента`: the one received named
  // before the verb, the host after it by post alone.
  const namedBefore = roles.length > 0 && roles.every((r) => r.role === "counterpart" && mentions.some((m) => m.name === r.name && m.end <= t.start));
  // `Во вторник министр побывал у главы американского образовательного ведомства. Арне Данкан …`: the host in
  // «у» + genitive told by post alone, named next.
  const visitedPost = !!t.rule.needsHost && t.status === "held" && !mentions.some((m) => m.preposition === "у" && canBe(m, "gent")) && VISITED_POST.test(after);
  // `Во вторник казахстанского министра принимали в Пентагоне. Дональд Рамсфелд …`: received by an
  // institution, its head named next.
  const byInstitution = !!t.rule.counterpartAfterVerb && !t.rule.passive && (objectBefore || namedBefore) && receivedByInstitution(t.text, text.slice(t.end));
  const hostByPost =
    visitedPost ||
    (byInstitution && t.status === "held" && !roles.some((r) => r.role === "subject")) ||
    !roles.some((r) => r.role === "subject") &&
    (roles.length === 0 || !!t.rule.passive || namedBefore) &&
    t.status === "held" &&
    (t.rule.passive ? (guest || roles.length > 0) && HOST_BY_POST_AGENT.test(after) : !!t.rule.counterpartAfterVerb && (guest || objectBefore || namedBefore) && HOST_BY_POST_SUBJECT.test(after));
  // `Саткалиев и Райт в среду обсудили …`: two sides named together as the subject of a discussion (in the
  // body: a headline's `А и Б обсудили` only announces what the body tells and locates).
  const subjects = roles.filter((r) => r.role === "subject");
  const joint = inBody && t.rule.discussion === true && !roles.some((r) => r.role === "counterpart") && subjects.length === 2 && JOINT_SUBJECTS.test(text.slice(0, t.start));
  if (joint) subjects[1]!.role = "counterpart";
  if (where && subjects.some((r) => mentionIn(mentions, r.name, t.end))) {
    for (const r of subjects) if (!mentionIn(mentions, r.name, t.end) && mentions.some((m) => m.name === r.name && m.end <= where.index)) r.role = "counterpart";
  }
  // `Вчера Президент Республики Казахстан принял … помощника министра обороны США`: an American guest told by
  // post, the host by post or by name; who they were the next sentences say.
  const hostNamed = roles.length > 0 && roles.every((r) => r.role === "subject");
  const bothByPost =
    !hostByPost && !!t.rule.counterpartAfterVerb && !t.rule.passive && t.status === "held" && (roles.length === 0 || hostNamed) &&
    (AMERICAN.test(text) || companyCountry(text) === "US") && (hostNamed || POST_WORD.test(text.slice(0, t.start))) && POST_WORD.test(text.slice(t.end)) &&
    // `один за другим принял руководителей трех американских компаний`: heads met in turn, each named next.
    !ONE_AFTER_ANOTHER.test(text) && !PLURAL_POST.test(text);
  if (t.rule.needsCounterpart && !guest && !hostByPost && !bothByPost && !roles.some((r) => r.role === "counterpart")) return [];
  const hostedByU = mentions.some((m) => m.preposition === "у" && canBe(m, "gent"));
  // `В понедельник в министерстве в Астане побывал президент Wabtec Сантана`: the visitor of a ministry or
  // an akimat named, its head the host the story told before.
  const visitedBody = !!t.rule.needsHost && !hostedByU && !visitedPost && t.status === "held" && (BODY_VISITED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || BODY_VISITED_AFTER.test(after)) && roles.length > 0 && roles.every((r) => r.role === "subject");
  if (visitedBody) for (const r of roles) r.role = "counterpart";
  if (t.rule.needsHost && !visitedPost && !visitedBody && !hostedByU) return [];
  const destination = t.rule.kind === "visit" ? visitDestination(text, t.start) : null;
  if (t.rule.kind === "visit" && ONWARD.test(text) && !(destination && isInKazakhstan(destination))) return [];
  // `посетит музей Карлага`, `посетил завод`: a site on a trip, not a trip of its own to join the one told.
  if (t.rule.kind === "visit" && !t.nominal && !destination && SITE_OBJECT.test(text.slice(t.end))) return [];
  return [
    {
      kind: t.rule.kind,
      status: t.status,
      sentence,
      roles,
      plural: t.rule.plural === true || (t.status === "held" && (t.rule.kind === "meeting" || t.rule.kind === "talks") && !roles.some((r) => r.role === "counterpart") && countsMeetings(text, t.start)),
      destination,
      start: t.start,
      nominal: t.nominal,
      guest,
      hostByPost,
      bothByPost,
      needsCounterpart: t.rule.needsCounterpart === true,
      discussion: t.rule.discussion === true,
      interlocutor: t.rule.id === "interlocutor",
      bare: /^\s*(?:[,;:]|$)/u.test(text.slice(t.end)),
      // `Заседание прошло под сопредседательством …`: the session told again, its noun naming no body.
      unqualified: /^\s+(?:прош(?:ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|проходил\p{L}*|открыл(?:ся|ась|ось)|завершил\p{L}*)(?!\p{L})/u.test(text.slice(t.end)),
      // `встретился с первым заместителем министра энергетики`, nobody named: someone else than the one met before.
      unnamedGroup: UNNAMED_GROUP.test(text.slice(t.end)) || (!roles.some((r) => r.role === "counterpart") && UNNAMED_POST.test(text.slice(t.end))),
      // `поочередно встретился с руководителями компаний`: the heads met in turn are named next.
      publicGroup: PUBLIC_GROUP.test(text.slice(t.end)) && !ONE_AFTER_ANOTHER.test(text),
      joint,
    },
  ];
}

/** Where a visit goes: the destination after its trigger (`посетит Астану`), or the one put first
 *  (`Казахстан посетит …`, `республику посетит делегация`). */
const DESTINATION_FIRST_REACH = 30;

function visitDestination(text: string, start: number): string | null {
  // `Осенью в Павлодар приедет делегация …, а сам аким … отправится в Питтсбург`: another clause's trip goes elsewhere.
  const rest = text.slice(start);
  const clauseEnd = rest.search(/,\s+а\s|;/u);
  const after = findPlaces(clauseEnd > 0 ? rest.slice(0, clauseEnd) : rest).find((p) => p.destination);
  if (after) return after.place;
  return findPlaces(text).findLast((p) => p.destination && p.start < start && start - p.start <= DESTINATION_FIRST_REACH)?.place ?? null;
}

/** The first letters of the word that first told a draft (`встреч` of `во встрече министров`). */
function gatheringNoun(d: Draft, input: MeetingsInput): string {
  const first = Math.min(...d.triggerSentences);
  const start = d.triggerStarts.get(first) ?? 0;
  return (input.sentences[first]?.text ?? "").slice(start, start + 5).toLowerCase();
}

function sameSection(input: MeetingsInput, d: Draft, i: number): boolean {
  const from = Math.min(...d.triggerSentences);
  for (let k = from + 1; k <= i; k++) if (input.headingSentences.has(k)) return false;
  return true;
}

/** A sentence naming a counterpart of some focused group narrows the focus to that person's meeting;
 *  one naming only people of an earlier meeting, none of the focus, goes back to it (`Джессика Гудман,
 *  в свою очередь, отметила …` after a paragraph on a planned visit). */
function narrowFocus(focus: Draft[], drafts: Draft[], mentions: readonly MentionIn[]): Draft[] {
  const named = new Set(mentions.map((m) => m.name));
  const back = returnTo(focus, drafts, named);
  if (back) return [back];
  if (focus.length === 0) return focus;
  const groups = new Set(focus.map((d) => d.group));
  const hit = drafts.filter((d) => groups.has(d.group) && others(d).some((n) => named.has(n)));
  return hit.length > 0 && drafts.filter((d) => groups.has(d.group)).length > 1 ? hit : focus;
}

function returnTo(focus: Draft[], drafts: Draft[], named: ReadonlySet<string>): Draft | null {
  if (named.size === 0 || focus.some((d) => [...named].some((n) => d.participants.has(n)))) return null;
  const earlier = drafts.filter((d) => !focus.includes(d) && d.status === "held" && [...named].every((n) => d.participants.has(n)));
  return earlier.at(-1) ?? null;
}

/** One sentence, several counterparts, a singular verb and nothing later that singles one out: the
 *  text reports one multi-party meeting, so the per-counterpart drafts are merged back. */
function mergeUnseparatedGroups(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const siblings = drafts.filter((x) => x.group === d.group);
    if (siblings.length < 2 || d.plural || siblings.some((x) => x.treatedSeparately)) {
      out.push(d);
      continue;
    }
    const first = siblings[0];
    if (first !== d || !first) {
      continue;
    }
    for (const s of siblings.slice(1)) {
      for (const [name, p] of s.participants) if (!first.participants.has(name)) first.participants.set(name, p);
      for (const k of s.sentences) first.sentences.add(k);
      for (const k of s.triggerSentences) if (!first.triggerSentences.includes(k)) first.triggerSentences.push(k);
    }
    out.push(first);
  }
  return out;
}
