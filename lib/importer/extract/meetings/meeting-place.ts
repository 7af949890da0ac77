import type { Sentence } from "../../types";
import { findPlaces, type PlaceMention } from "./places";

/** A place named inside a title is not where anyone met: `послом США в Казахстане`. */
const TITLE_BEFORE = /(?:(?:посол|посл(?:а|у|ом|ы|ов|ам|ами|ах)|посольств\p{L}*|представител\p{L}*|атташе|консул(?!ьтац)\p{L}*|генконсул\p{L}*|директор\p{L}*|президент\p{L}*\s+компании)(?:\s+(?![\p{L}-]*(?:ел|ал|ил|ла|ли|лся|лась)(?!\p{L}))[\p{L}-]+){0,3}|поверенн\p{L}*\s+в\s+делах(?:\s+[\p{L}-]+){0,2})\s+(?:в|во)\s+$/iu;
/** `ситуацию в Афганистане`, `мира в регионе`, `расширит производство в Астане`,
 *  `войск в Афганистане`, `президент по разведке и добыче в Европе`, `принятых в Астане решений`, `запасного аэродрома в Алматы`: a place as
 *  a subject of talks or of someone's post, not their venue (`была принята в Астане` is where she was
 *  received). */
const TOPIC_BEFORE = /(?:производств\p{L}*|локализаци\p{L}*|завод\p{L}*|войск\p{L}*|контингент\p{L}*|ситуаци\p{L}*|положени\p{L}*|обстановк\p{L}*|событи\p{L}*|урегулировани\p{L}*|стабильност\p{L}*|стабилизаци\p{L}*|безопасност\p{L}*|инвестиц\p{L}*|проект\p{L}*|присутстви\p{L}*|саммит\p{L}*|форум\p{L}*|выбор\p{L}*|достигнут\p{L}*|подписанн\p{L}*|принят(?:ых|ые|ое|ой|ого|ому|ым|ыми|ую|ая|ый)|договоренност\p{L}*|добыч\p{L}*|разведк\p{L}*|операци\p{L}*|деятельност\p{L}*|аэродром\p{L}*|авиабаз\p{L}*|баз[аыеу]|склад\p{L}*|хаб\p{L}*)(?:\s+[\p{L}\d«»-]+){0,4}\s+(?:в|во)\s+$/iu;
/** `примет участие в четвертом Саммите по ядерной безопасности в Вашингтоне`, `выступил на форуме … в Давосе`,
 *  `накануне открытия Саммита … в Вашингтоне`: a gathering someone attends or whose eve dates an event, with the city it is in (not `подготовка к саммиту в …`, a subject of talks). */
const GATHERING_ATTENDED_BEFORE = /(?:участи\p{L}*\s+(?:в|во)|выступ\p{L}*\s+на|на\s+полях|(?:накануне|до|перед|после)\s+(?:открытия|началом|начала|закрытия|завершения))\s+(?:[\p{L}\d«»-]+\s+){0,2}(?:саммит|форум)\p{L}*(?:\s+[\p{L}\d«»–-]+){0,4}\s+(?:в|во)\s+$/iu;
/** `поставок продовольствия в Афганистан`, `экспорта зерна в Китай`: where goods go is no one's destination. */
const GOODS_BEFORE = /(?:экспорт|импорт|поставк|поставок|транзит|вывоз|ввоз|перевозк|отгрузк)\p{L}*(?:\s+[\p{L}\d«»-]+){0,4}\s+(?:в|во)\s+$/iu;
/** `по итогам визита … в Вашингтон` recalls an earlier trip; it is not where this story happens. */
const PAST_TRIP = /(?:по\s+итогам|в\s+результате|после|перед|до|подготовк\p{L}*\s+к|во\s+время\s+прошлого|в\s+ходе\s+прошлого|ранее\s+состоявшегося)\s+(?:\p{L}+\s+)?(?:визит|при[её]зд|прил[её]т|поездк)/u;

const TRIP_BEFORE = new RegExp(`${PAST_TRIP.source}\\p{L}*\\s+(?:в|во)\\s+$`, "u");
/** `встретится с министром, после чего вылетит в Бишкек`: the next leg of the trip, not where the meeting is. */
const ONWARD_BEFORE = /(?:после\s+чего|затем|оттуда|а\s+потом)\s+(?:[\p{L}-]+\s+){0,3}?(?:вылет|отправ|направ|отбуд|уед|улет|поед|переед)\p{L}*\s+(?:в|во)\s+$/u;

/** `с которым Назарбаев беседовал в декабре, когда тот прилетал в Алма-Ату`: an imperfective «когда» clause
 *  recalls an earlier stay, not where this meeting is. */
const EARLIER_STAY_BEFORE = /(?<!\p{L})когда\s+(?:[\p{L}-]+\s+){0,3}?(?:прилетал|приезжал|бывал|был|находился|ездил|летал)[аи]?\s+(?:в|во)\s+$/u;
/** `при любом правительстве в Кабуле`: the seat of a government talked about. */
const GOVERNMENT_BEFORE = /(?<!\p{L})правительств(?:е|у|ом)\s+(?:в|во)\s+$/iu;
/** `с Дональдом Лу, которого в Астане считают главным куратором региона`: a place in a clause about someone
 *  met (`которого`, not `где`) says what is thought there, not where they met. */
const RELATIVE_OBJECT_BEFORE = /,\s*котор(?:ого|ую|ой|ых|ым|ому|ыми)\s+(?:[\p{L}-]+\s+)?(?:в|во)\s+$/u;

/** `Паскоу, который в Госдепартаменте отвечает за Центральную Азию`: where someone works, told in a clause
 *  about their post, is not where they met. */
const WORKS_THERE_BEFORE = /,\s*котор(?:ый|ая|ое|ые)\s+(?:[\p{L}-]+\s+)?(?:в|во)\s+$/u;
const WORKS_THERE_AFTER = /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:отвеча|курир|работа|занима|ведае|ведал|руковод|возглавля|служи|служил)\p{L}*/u;

/** The place pattern is a long alternation and meetings ask about the same sentences several times;
 *  `forgetPlaces` empties it per article so memory stays flat over a corpus. */
const memo = new Map<string, PlaceMention[]>();
const MEMO_LIMIT = 4096;

export function forgetPlaces(): void {
  memo.clear();
}

export function placesIn(text: string): PlaceMention[] {
  const known = memo.get(text);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const found = findPlaces(text).filter((p) => {
    const before = text.slice(Math.max(0, p.start - 90), p.start);
    if (TITLE_BEFORE.test(before) || (!p.destination && TOPIC_BEFORE.test(before) && !GATHERING_ATTENDED_BEFORE.test(before)) || GOODS_BEFORE.test(before)) return false;
    if (p.destination && PAST_TRIP.test(text.slice(Math.max(0, p.start - 120), p.start).toLowerCase())) return false;
    const lower = before.toLowerCase();
    // `Перед приездом в Астану гость побывает в …`: the other trip's destination, however it is read.
    if (TRIP_BEFORE.test(lower)) return false;
    if (ONWARD_BEFORE.test(lower)) return false;
    if (RELATIVE_OBJECT_BEFORE.test(lower)) return false;
    if (GOVERNMENT_BEFORE.test(before) || EARLIER_STAY_BEFORE.test(lower)) return false;
    if (WORKS_THERE_BEFORE.test(before) && WORKS_THERE_AFTER.test(text.slice(p.start))) return false;
    return true;
  });
  memo.set(text, found);
  return found;
}

export interface PlaceFound {
  place: string;
  sentence: number | null;
}

/** The trip the article reports: `в ходе визита в Вашингтон`, `в рамках своего рабочего визита в США`
 *  — a visit of the story's subject (no genitive owner between `визита` and the place, which would
 *  make it someone else's: `визита Президента … в Вашингтон`). */
const OWN_TRIP = /(?:в\s+ходе|в\s+рамках|во\s+время)\s+(?:своего\s+)?(?:(?:официального|рабочего|государственного|очередного)\s+)?визита\s+(?:в|во)\s+$/u;

/** `Делегация … провела в Астане два дня`, `провел в Астане меньше суток`, `провел эту неделю в Вашингтоне`, `всю неделю провел в Вашингтоне`:
 *  the city of the whole stay. */
const STAY_PERIOD = String.raw`(?:(?:эту|всю|целую|минувшую|прошлую)\s+неделю|(?:два|три|четыре|пять|несколько)\s+(?:дня|дней|суток))`;
const STAY_BEFORE = /(?<!\p{L})провел[аи]?\s+(?:в|во)\s+$/u;
const STAY_TOLD_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:провел[аи]?\s+${STAY_PERIOD}|${STAY_PERIOD}\s+провел[аи]?)\s+(?:в|во)\s+$`, "u");
const STAY_AFTER = /^[\p{L}-]+\s+(?:(?:меньше|больше|более|менее|около|почти|всего)\s+)?(?:(?:два|три|четыре|пять|несколько|\d+|всю|эту|целую)\s+)?(?:дн|суток|сутки|недел)/u;

/** `Визит министра иностранных дел Казахстана Касымжомарта Токаева в Вашингтон, первый …`: the lead's trip,
 *  its traveller named in the genitive. */
const LEAD_TRIP = /^(?:[\p{L}-]+\s+){0,2}(?:визит|поездк)\p{L}*(?:\s+[\p{L}-]+){0,8}\s+(?:в|во)\s+$/iu;
/** `Премьер-министр … завершает рабочую поездку в Вашингтон`, `совершает визит в …`: the lead's trip, told by
 *  what its traveller does with it. */
const LEAD_TRIP_VERB = /(?<!\p{L})(?:соверша|соверши|заверша|заверши|начина|начал|продолжа)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:визит|поездк|турне)\p{L}*\s+(?:в|во)\s+$/iu;

/** A sentence about what is still to come (`В рамках визита в Вашингтоне планируются переговоры`,
 *  `Американский дипломат намерен посетить Костанай`): where someone will go is not where they met. */
export const SPEAKS_AHEAD = /(?<!\p{L})(?:намерен\p{L}*|планиру\p{L}*|запланирован\p{L}*|посетит|посетят|ожида\p{L}*|предстоящ\p{L}*|предстоит|собира\p{L}*|отправится|проведет|проведут|встретится|встретятся|прибудет|состоится|состоятся)(?!\p{L})/iu;

/** Where held meetings of a trip took place when their own sentences do not say: the destination of
 *  the trip the article reports. The dateline is never used: it is where the story was filed. */
export function tripPlace(sentences: readonly Sentence[]): PlaceFound | null {
  const leadParagraph = sentences.find((s) => s.part === "body")?.paragraph;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const text = sentence?.text ?? "";
    if (SPEAKS_AHEAD.test(text)) continue;
    // `всю неделю провел в Вашингтоне` is the story's trip only in its lead: later it may be someone else's
    // week (`встреча … не состоялась: глава правительства всю неделю провел в Астане`).
    const stayLead = sentence?.part === "body" && sentence.paragraph === leadParagraph;
    const trip = placesIn(text).find((p) => OWN_TRIP.test(text.slice(Math.max(0, p.start - 70), p.start).toLowerCase()) || (STAY_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) && STAY_AFTER.test(text.slice(p.start))) || (stayLead && (STAY_TOLD_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) || LEAD_TRIP.test(text.slice(Math.max(0, p.start - 120), p.start)) || LEAD_TRIP_VERB.test(text.slice(Math.max(0, p.start - 80), p.start)))));
    if (trip) return { place: trip.place, sentence: i };
  }
  return null;
}
