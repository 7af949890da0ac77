import { findDates } from "../dates";
import type { Candidate } from "./build-drafts";
import { SIDELINES, type Draft } from "./draft";
import { withThirdCountry } from "./involves-kazakhstan";
import { findPlaces } from "./places";

/** What a sentence says around its candidates, read once per sentence by `buildDrafts`. */
export interface SentenceScene {
  text: string;
  publishedOn: string | null;
  /** `пригласил`, `предложил провести`, `не исключил`: an invitation, a proposal or a possibility. */
  invited: boolean;
  /** `Напомним, …`, `Тогда …`: the sentence recalls an earlier event. */
  recalled: boolean;
  /** `Тогда …`, or opening with a time well before the story. */
  recalledToo: boolean;
  /** Every candidate the sentence's triggers gave. */
  found: readonly Candidate[];
  focus: readonly Draft[];
  /** Everyone the candidate names is in one meeting already told. */
  toldAlready: (c: Candidate) => boolean;
  /** Those who attended the gathering or meeting in focus, named again. */
  attendedFocus: (c: Candidate) => boolean;
}

/** A reason a candidate found in a sentence is no event of this story, with the wording it answers. */
interface Rejection {
  example: string;
  rejects: (c: Candidate, s: SentenceScene) => boolean;
}

const GROUP_ARRIVED = /(?<!\p{L})(?:глав|лидер|делегаци|участник|гост|президент|министр)\p{L}*(?:\s+[\p{L}-]+)?,\s*$/iu;
const PLURAL_PARTICIPLE = /^[\p{L}-]+вш(?:их|ие|им|ими)(?!\p{L})/u;

/** `на переговорах о вступлении в ВТО`: accession negotiations are a process of years, not an event. */
export const ACCESSION_TOPIC = String.raw`\s+(?:\p{L}+\s+)?(?:о\s+(?:вступлении|присоединении)|по\s+(?:вступлению|присоединению))(?!\p{L})`;
export const ACCESSION = new RegExp(String.raw`^\p{L}+${ACCESSION_TOPIC}`, "u");
/** Going on talking, with no when, where or occasion, plans no event; `продолжить обсуждение в Вашингтоне
 *  в начале следующего года`, `продолжить диалог при личной встрече`, `продолжить контакты в ходе сессии` do. */
const CONTINUE_OBJECT = /(?<!\p{L})(?:договорил|условил|согласил)\p{L}*\s+продолжить\s+(?:[\p{L}-]+\s+)?$/u;
const OCCASION = /(?<!\p{L})(?:в\s+ходе|во\s+время|на\s+полях|при\s+(?:личной\s+)?встреч|визит|поездк)/u;
const YEARS_AGO = /(?<!\p{L})(?:лет|года?)\s+назад(?!\p{L})/iu;
/** `Переговоры о воздушном сообщении шли с 1994 года`, `велись годами`: talks told as a process of years. */
const LASTED_YEARS = /^[^.;:!?]*?(?<!\p{L})(?:шли|велись|ведутся|идут|продолжались|длились|тянулись)\s+(?:уже\s+)?(?:с\s+\d{4}\s+года|(?:более|почти|около|свыше)?\s*(?:\d+|двух|трех|четырех|пяти|нескольких|многих)\s+(?:лет|года)|годами)(?!\p{L})/iu;
const OUTCOME_OF = /(?<!\p{L})(?:по\s+(?:итогам|результатам)|в\s+ходе)\s+$/iu;
const REASON_FOR = /(?<!\p{L})в\s+связи\s+с\s+(?:[\p{L}-]+\s+)?$/iu;
const BY_VIDEO = /(?:(?<!\p{L})в\s+(?:режиме|формате)|(?<!\p{L})по)\s+$/u;

function openEndedContinuation(text: string, c: Candidate, publishedOn: string | null): boolean {
  if (c.status !== "planned" || !CONTINUE_OBJECT.test(text.slice(0, c.start).toLowerCase())) return false;
  const after = text.slice(c.start);
  return !OCCASION.test(after.toLowerCase()) && findPlaces(after).length === 0 && findDates(after, { publishedOn, tense: "future" }).length === 0;
}

const hasCounterpart = (c: Candidate) => c.roles.some((r) => r.role === "counterpart");

/** The candidates a sentence's triggers give that are no event of the story, one row per way of telling so. */
const REJECTIONS: readonly Rejection[] = [
  { example: "пригласил посетить, предложил провести, не исключил визита", rejects: (c, s) => s.invited && c.status === "planned" },
  // A past event recalled names its own people or is not this story's.
  { example: "Напомним, в феврале был подписан меморандум", rejects: (c, s) => (s.recalled && c.status === "held" && c.roles.length === 0) || (s.recalledToo && c.status === "held") },
  // An earlier event of the story's own pair is background, not more of the one told.
  { example: "Напомним, в апреле министр … и госсекретарь США также проводили телефонный разговор", rejects: (c, s) => s.recalled && c.status === "held" && s.toldAlready(c) },
  { example: "В переговорах приняли участие …, На встрече присутствовали …", rejects: (c, s) => s.attendedFocus(c) },
  { example: "Стороны договорились продолжить консультации", rejects: (c, s) => openEndedContinuation(s.text, c, s.publishedOn) },
  { example: "Более двадцати лет назад мы подписали соглашение", rejects: (c, s) => c.status === "held" && YEARS_AGO.test(s.text.slice(0, c.start)) },
  { example: "Переговоры о воздушном сообщении шли с 1994 года", rejects: (c, s) => c.nominal && LASTED_YEARS.test(s.text.slice(c.start)) },
  // The meeting just told, named to say what followed from it; the sentence's dates are of what follows.
  {
    example: "По итогам встречи достигнута договоренность о подписании в декабре …",
    rejects: (c, s) => c.nominal && c.roles.length === 0 && c.status === "held" && s.focus.some((d) => d.status === "held") && OUTCOME_OF.test(s.text.slice(0, c.start)),
  },
  { example: "возглавляющая делегацию на переговорах о вступлении в ВТО", rejects: (c, s) => c.kind === "talks" && ACCESSION.test(s.text.slice(c.start)) },
  // The video link is how the signing was held.
  {
    example: "в режиме видеоконференции … подписали меморандум",
    rejects: (c, s) => c.kind === "call" && c.nominal && BY_VIDEO.test(s.text.slice(0, c.start)) && s.found.some((o) => o.kind === "signing" && o.status === c.status),
  },
  { example: "встреча со студентами, с общественностью", rejects: (c) => c.publicGroup && !hasCounterpart(c) },
  // Who came to the gathering, told of a group the names are among: they attend it, no trip of their own.
  { example: "среди глав государств, прибывших в американскую столицу, – президент Казахстана …", rejects: (c, s) => c.kind === "visit" && GROUP_ARRIVED.test(s.text.slice(0, c.start)) && PLURAL_PARTICIPLE.test(s.text.slice(c.start)) },
  // More of the meeting already told between them, whose place and day this sentence does not give.
  // Not what the two discussed on the sidelines of a gathering both attend (`в кулуарах совещания Идрисов и
  // Нуланд обсудили …`): that is a meeting apart.
  { example: "По данным ведомства, Кошербаев и Стаффт также обсудили …", rejects: (c, s) => c.joint && s.toldAlready(c) && !(SIDELINES.test(s.text.slice(0, c.start)) && s.focus.length > 0 && s.focus.every((d) => d.kind === "conference")) },
  { example: "все встречи министра с иностранными дипломатами проходят в онлайн-формате", rejects: (c, s) => c.nominal && c.status === "held" && !hasCounterpart(c) && /(?<!\p{L})(?:все|любые)\s+$/iu.test(s.text.slice(0, c.start)) },
  // Why someone is where the story finds them, not an event it tells.
  { example: "находящимся в Астане в связи с заседанием межправительственной комиссии", rejects: (c, s) => c.nominal && !hasCounterpart(c) && REASON_FOR.test(s.text.slice(0, c.start)) },
  // An unnamed third country's side makes another story's meeting, not more of the one in focus.
  {
    example: "Ранее министр провел переговоры с делегацией китайской корпорации",
    rejects: (c, s) => (c.kind === "meeting" || c.kind === "talks") && !hasCounterpart(c) && withThirdCountry(s.text.slice(c.start)),
  },
];

/** The candidates that are events of this story. */
export function keptCandidates(scene: SentenceScene): Candidate[] {
  return scene.found.filter((c) => !REJECTIONS.some((r) => r.rejects(c, scene)));
}
