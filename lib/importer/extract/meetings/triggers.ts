import type { MeetingStatus } from "../../types";
import { analyseWords, type Reading, type Word } from "../../language/analysed-words";
import { fold } from "@/lib/text/fold";
import { FRAME_WORDS, LEXICON, MULTILATERAL_ATTRIBUTES, MULTILATERAL_HEADS, REFERENCE_HEADS, REPORTING_VERBS, RULES, SUPPORT_VERBS, VERB_FORMS, type Entry, type TriggerRule } from "./lexicon";
import { ACCESSION } from "./candidate-rejections";
import { agreedOn, clauseOf, plannedAttribute, resumedClause, statusAt, statusOfVerb } from "./status";

export type { TriggerRule } from "./lexicon";

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
  status: MeetingStatus;
  /** The sentence's words, for the slots that need a word's case (`Главой государства был принят`). */
  words: readonly Word[];
  /** A `с`/`между` phrase follows the word (`беседа Токаева с Трампом`). */
  withPhrase: boolean;
  /** Told by an event noun or a medium (`беседа состоялась`, `по телефону`) rather than a verb: with
   *  nobody named it refers back to the event the story is about. */
  nominal: boolean;
}

/** The first letters of every lemma's forms: a word starting otherwise is not looked up (most words
 *  of a sentence name no event, and az's analysis is the costly part of reading one). */
// Forms whose first letters are not their lemma's: `примет` (принять), `прошла` (пройти), `ждал` (ждать).
const PREFIXES = new Set([...[...LEXICON.keys()].map((l) => l.slice(0, 4)), "прим", "прош", "ждал"]);

const VERBAL = new Set<string>(VERB_FORMS);
const WITH_WORDS = new Set(["с", "со", "между"]);
/** `в ходе`, `во время`, `по итогам`, `на полях`, `на встрече`: the words before an event noun that
 *  put it in the story. */
function framedBefore(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const prev2 = words[i - 2];
  if (!prev) return false;
  if (prev.lower === "на" || prev.lower === "после") return true;
  if (prev2 && (prev2.lower === "в" || prev2.lower === "во" || prev2.lower === "по" || prev2.lower === "на") && prev.readings.some((r) => FRAME_WORDS.has(r.lemma))) return true;
  // `в ходе переговоров`, with an adjective between: `в ходе двусторонних переговоров`
  const prev3 = words[i - 3];
  return !!prev3 && (prev3.lower === "ходе" || prev3.lower === "время" || prev3.lower === "итогам" || prev3.lower === "рамках") && prev.readings.some((r) => r.pos === "ADJF");
}

/** `на полях 72-й сессии`, `в кулуарах форума`, `в рамках саммита`: the gathering named as a setting. */
const SETTING_WORDS = new Set(["полях", "кулуарах", "рамках"]);
const SETTING_REACH = 3;

function setting(words: readonly Word[], i: number): boolean {
  return words.slice(Math.max(0, i - SETTING_REACH), i).some((w) => SETTING_WORDS.has(w.lower));
}

/** `встреча с …`, `переговоры между …`, `встреча Токаева с …`: a person phrase follows the noun. */
function withFollows(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 12); k++) {
    const w = words[k];
    if (!w || /[,.;:!?]/.test(w.gapBefore)) return false;
    if (WITH_WORDS.has(w.lower)) return true;
  }
  return false;
}

function supportIn(words: readonly Word[], from: number, to: number, i: number, lemmas: ReadonlySet<string>, near = i): boolean {
  for (let k = Math.max(from, near - 25); k <= Math.min(to, near + 25); k++) {
    if (k === i) continue;
    // `регулярно проводить консультации`: an imperfective infinitive tells a habit, not an event.
    if (words[k]?.readings.some((r) => lemmas.has(r.lemma) && (VERBAL.has(r.pos) || r.pos === "ADJS") && !(r.pos === "INFN" && r.aspect === "impf" && !futureAuxiliary(words[k - 1])))) return true;
  }
  return false;
}

/** How far after an event noun its relative clause may begin (`встрече министров … стран Центральной Азии и
 *  Государственного секретаря США Джона Керри в формате «С5+1», которая состоится …`). */
const SUPPORTING_CLAUSE_REACH = 20;

/** `заседанию «С5+1», которое планируется провести в мае`: the relative clause right after an event
 *  noun tells that event, whatever governs the noun itself. The support verb's reading, or null. */
function relativeSupport(words: readonly Word[], i: number): Reading | null {
  for (let k = i + 1; k < Math.min(words.length, i + SUPPORTING_CLAUSE_REACH); k++) {
    // `В ходе встречи стороны обсудили подготовку к министерской встрече, которая состоится …`: past a
    // verb of its own, the noun's clause is over; the relative clause is another noun's.
    if (words[k]?.readings[0]?.pos === "VERB") return null;
    if (!/^котор/.test(words[k]?.lower ?? "")) continue;
    if (!/,/.test(words[k]?.gapBefore ?? "")) return null;
    // `беседа Токаева с Трампом, который возглавит совет`: `который` is about Трамп, not the talk.
    if (!agrees(words[i], words[k])) return null;
    for (let j = k + 1; j < Math.min(words.length, k + 5); j++) {
      const r = words[j]?.readings.find((x) => SUPPORT_VERBS.has(x.lemma) && VERBAL.has(x.pos));
      if (r) return r;
    }
    return null;
  }
  return null;
}

/** `будет председательствовать`: an imperfective infinitive after `быть` is a future, not a habit. */
function futureAuxiliary(w: Word | undefined): boolean {
  return !!w && /^(?:буду|будешь|будет|будем|будете|будут)$/.test(w.lower);
}

/** `регулярно проводить консультации`: the nearest verb an imperfective infinitive tells a habit. */
function habitual(words: readonly Word[], i: number, from: number, to: number): boolean {
  for (let d = 1; d <= 4; d++) {
    for (const k of [i - d, i + d]) {
      if (k < from || k > to) continue;
      const r = words[k]?.readings[0];
      if (r && VERBAL.has(r.pos)) return r.pos === "INFN" && r.aspect === "impf" && !futureAuxiliary(words[k - 1]);
    }
  }
  return false;
}

/** `на полях заседания СМИД ОБСЕ`, `в кулуарах форума`: the gathering is where another event was. */
function venue(words: readonly Word[], i: number): boolean {
  const a = words[i - 2]?.lower;
  const b = words[i - 1]?.lower;
  return (a === "на" && b === "полях") || (a === "в" && b === "кулуарах");
}

/** A relative pronoun agrees with its noun in number, and in gender in the singular. */
function agrees(noun: Word | undefined, pronoun: Word | undefined): boolean {
  const nouns = noun?.readings.filter((r) => r.pos === "NOUN") ?? [];
  const pronouns = pronoun?.readings ?? [];
  return nouns.some((n) => pronouns.some((p) => p.number === n.number && (n.number === "plur" || p.gender === n.gender)));
}

/** `в Вашингтоне ожидают визита …, намеченного на январь`: a visit is also awaited and scheduled. */
const VISIT_SUPPORT: ReadonlySet<string> = new Set([...SUPPORT_VERBS, "ожидать", "наметить"]);

/** `собеседником стал …`, `собеседником Абдрахманова стал …`, `собеседником … был …`: becoming (or being)
 *  someone's interlocutor, within the clause. */
function becameInterlocutor(words: readonly Word[], i: number): boolean {
  if (!words[i]?.readings.some((r) => r.lemma === "собеседник" && r.case === "ablt")) return false;
  // The owner's title may stand between (`собеседником министра иностранных дел Казахстана … стал`), within the clause.
  for (let k = i + 1; k < Math.min(words.length, i + INTERLOCUTOR_REACH); k++) {
    const w = words[k]!;
    if (/[,.;:!?]/.test(w.gapBefore)) return false;
    // `собеседником казахстанского лидера был Дональд Трамп`: «быть» tells it as well.
    if (w.readings.some((r) => (r.lemma === "стать" || r.lemma === "быть") && r.pos === "VERB")) return true;
  }
  return false;
}
const INTERLOCUTOR_REACH = 14;

function nounFramed(entry: Entry, words: readonly Word[], i: number): boolean {
  // `Собеседники обсудили …` are the people of an event told otherwise: only «стать» or «быть» makes an interlocutor one.
  if (entry.rule === "interlocutor") return becameInterlocutor(words, i);
  if (relativeSupport(words, i)) return true;
  if (venue(words, i)) return false;
  const [from, to] = clauseOf(words, i);
  if (habitual(words, i, from, to)) return false;
  if (entry.rule === "conference") return !referenced(words, i) && supported(words, i, SUPPORT_VERBS);
  if (entry.rule === "visit") {
    const prev = words[i - 1];
    // `достигнута договоренность о визите … в Астану в июле`: a visit agreed on is ahead.
    if (referenced(words, i)) return scheduledAfter(words, i) || agreedOn(words, i);
    return supported(words, i, VISIT_SUPPORT) || prev?.lower === "с" || plannedAttribute(words, i);
  }
  if (recalledAttribute(words, i)) return false;
  if (withFollows(words, i) || ledTalks(entry, words, i)) return true;
  // `Первая встреча была в понедельник, 6 октября, с министром торговли США …`: «быть» right after the noun,
  // with the other side later in the clause.
  if (words[i + 1]?.readings.some((r) => r.lemma === "быть" && r.pos === "VERB") && words.slice(i + 2, to + 1).some((w) => w.lower === "с" || w.lower === "со")) return true;
  return !referenced(words, i) && supportIn(words, from, to, i, SUPPORT_VERBS);
}

/** `Переговоры в МИДе вел сам министр …`: talks opening the sentence, led by someone in the past — the host
 *  of the guest the story is about (not `вел переговоры в Сочи`, told of someone elsewhere, nor a relative
 *  clause's `которые вели …`). */
function ledTalks(entry: Entry, words: readonly Word[], i: number): boolean {
  if (entry.rule !== "talks" || i !== 0) return false;
  return words.slice(1, 5).some((w) => !/[,;:]/.test(w.gapBefore) && w.readings[0]?.lemma === "вести" && w.readings[0].tense === "past");
}

/** `подготовка к визиту министра … в Казахстан, запланированному на май`, `…, который запланирован на
 *  январь`: a trip talked about and said to be on the calendar is a planned visit all the same. */
const SCHEDULED = new Set(["запланировать", "наметить", "запланированный", "намеченный"]);
const SCHEDULE_REACH = 14;

function scheduledAfter(words: readonly Word[], i: number): boolean {
  // `визит Назарбаева в Соединенные Штаты намечен на май`: the noun is the subject of a short participle of
  // scheduling, agreeing with it.
  // Not a noun in a frame (`в рамках поездки запланированы встречи` schedules the meetings).
  const framed = !/[,;:–—]/.test(words[i]?.gapBefore ?? "") && (words[i - 1]?.readings.some((r) => r.pos === "PREP" || r.pos === "NOUN") ?? false);
  const subject = framed ? undefined : words[i]?.readings.find((r) => r.pos === "NOUN" && r.case === "nomn");
  const agrees = (r: Word["readings"][number]) => !!subject && r.pos === "PRTS" && r.number === subject.number && (r.number === "plur" || r.gender === subject.gender);
  let commas = 0;
  for (let k = i + 1; k < Math.min(words.length, i + SCHEDULE_REACH); k++) {
    const w = words[k];
    if (!w || /[;:.!?]/.test(w.gapBefore)) break;
    if (w.gapBefore.includes(",") && ++commas > 1) break;
    // Only as a clause of its own (`…, запланированному на май`): `в рамках поездки запланированы встречи`
    // schedules the meetings, not the trip.
    // `…, продолжавшиеся вместо запланированного часа почти три`: the plan the event outran.
    if (commas === 1 && words[k - 1]?.lower !== "вместо" && w.readings.some((r) => SCHEDULED.has(r.lemma))) return true;
    if (commas === 0 && w.readings.some((r) => SCHEDULED.has(r.lemma) && agrees(r))) return true;
  }
  return false;
}

const EARLIER = new Set(["недавно", "ранее", "прежде"]);

/** `состоявшаяся недавно в Вашингтоне встреча … придала импульс`: an event the sentence describes as done
 *  earlier is what it talks about, not news. */
function recalledAttribute(words: readonly Word[], i: number): boolean {
  let earlier = false;
  let done = false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k];
    if (!w || /[,;:.!?]/.test(words[k + 1]?.gapBefore ?? "")) break;
    if (EARLIER.has(w.lower)) earlier = true;
    if (w.readings.some((r) => r.pos === "PRTF" && r.tense === "past" && SUPPORT_VERBS.has(r.lemma))) done = true;
  }
  return earlier && done;
}

/** `итоги встречи`, `подготовку к саммиту`: the noun is what is talked about (a preposition and an
 *  adjective may stand between: `подготовке к предстоящему визиту`). */
function referenced(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k];
    // `… принял приглашение, визит планируется …`: a comma ends the phrase a head governs.
    if (!w || /[,;:]/.test(words[k + 1]?.gapBefore ?? "")) break;
    if (w.readings.some((r) => REFERENCE_HEADS.has(r.lemma) && r.pos === "NOUN")) return true;
    if (!w.readings.some((r) => r.pos === "ADJF" || r.pos === "PREP" || r.pos === "PRTF")) break;
  }
  return false;
}

/** How far from the sentence's opening object its verb may stand. */
const OBJECT_FIRST_REACH = 4;

function accepts(entry: Entry, r: Reading, words: readonly Word[], i: number, folded: string): boolean {
  if (entry.as === "verb" && !VERBAL.has(r.pos) && !(entry.passiveOnly && r.pos === "ADJS")) return false;
  if (entry.as === "noun" && r.pos !== "NOUN" && !(r.pos === "ADJF" && entry.rule === "conference")) return false;
  if (entry.passiveOnly && r.pos !== "PRTS" && r.pos !== "ADJS") return false;
  // `принято заявление`: a neuter passive has a thing, not a person, for its subject.
  if (entry.rule === "received" && r.gender === "neut") return false;
  if (entry.activeOnly && (r.pos === "PRTS" || r.voice === "pssv")) return false;
  // `принимающая сторона`: a present participle describes, it does not report.
  if (r.pos === "PRTF" && r.tense === "pres") return false;
  if (entry.withCue && !entry.withCue.some((c) => folded.includes(c))) return false;
  if (entry.withoutCue?.some((c) => folded.includes(c))) return false;
  const next = words[i + 1];
  if (entry.notBefore && next && next.readings.some((n) => entry.notBefore?.includes(n.lemma))) return false;
  // `Приглашение американский министр принял`: the thing taken put first, its verb a few words on.
  const opening = words[0];
  if (entry.notBefore && i > 0 && i <= OBJECT_FIRST_REACH && opening?.readings.some((n) => n.case === "accs" && entry.notBefore?.includes(n.lemma))) return false;
  const before = AUXILIARY.test(words[i - 1]?.lower ?? "") ? words[i - 2] : words[i - 1];
  if (entry.notAfter && before && before.readings.some((n) => entry.notAfter?.includes(n.lemma))) return false;
  if (entry.as === "noun" && !nounFramed(entry, words, i)) return false;
  if (entry.personSubject && words.slice(0, i).some((w) => w.readings.some((n) => n.pos === "NOUN" && LEXICON.get(n.lemma)?.some((e) => e.as === "noun")))) return false;
  return true;
}

/** `встреча министров иностранных дел`, `встреча глав государств`: a multilateral meeting. */
const STATES: ReadonlySet<string> = new Set(["государство", "страна"]);

const ENVOYS: ReadonlySet<string> = new Set(["спецпредставитель", "спецпосланник", "посланник", "представитель"]);

/** The region's format with the United States: `C5+1`, `B5+1`, `Центральная Азия – США`. */
export const CENTRAL_ASIA_US = /(?<!\p{L})(?:[CСBВ]5\s*\+\s*1|Центральная\s+Азия\s*[–—-]\s*США|стран\s+Центральной\s+Азии\s+и\s+США)(?!\p{L})/u;

/** How far past «в формате» the format's name is looked for: `«Центральная Азия – США»`. */
const FORMAT_REACH = 40;

function multilateral(words: readonly Word[], i: number, text: string): boolean {
  const next = words[i + 1];
  if (words[i - 1]?.readings.some((r) => r.pos === "ADJF" && MULTILATERAL_ATTRIBUTES.has(r.lemma))) return true;
  // `встреча на высшем уровне государств – участников ОБСЕ`, `Во встрече на высшем уровне участвовали
  // делегации 56 государств`: a summit of many states.
  if (words.slice(i + 1, i + 4).map((w) => w.lower).join(" ") === "на высшем уровне" && words.slice(i + 4).some((w) => w.readings.some((r) => STATES.has(r.lemma) && r.case === "gent" && r.number === "plur"))) return true;
  if (next?.readings.some((r) => MULTILATERAL_HEADS.has(r.lemma) && r.case === "gent" && r.number === "plur")) return true;
  // `встреча в формате «С5+1»`, `встречу в новом формате «С5+1»`: the region's format with the United States.
  const formatAt = next?.lower === "в" ? (words[i + 2]?.lower === "формате" ? i + 3 : words[i + 3]?.lower === "формате" && words[i + 2]?.readings.some((r) => r.pos === "ADJF") ? i + 4 : -1) : -1;
  const format = words[formatAt];
  if (format && CENTRAL_ASIA_US.test(text.slice(format.start, format.start + FORMAT_REACH))) return true;
  // `встреча специальных представителей по Афганистану`: envoys of many states.
  const envoy = (w: Word | undefined) => w?.readings.some((r) => ENVOYS.has(r.lemma) && r.case === "gent" && r.number === "plur") ?? false;
  if (envoy(next) || (next?.readings.some((r) => r.lemma === "специальный" && r.number === "plur") && envoy(words[i + 2]))) return true;
  // `провел встречу с министрами иностранных дел пяти центральноазиатских государств`: met with the heads of
  // many states at once.
  const withHeads = (next?.lower === "с" || next?.lower === "со") && words[i + 2]?.readings.some((r) => MULTILATERAL_HEADS.has(r.lemma) && r.case === "ablt" && r.number === "plur");
  return !!withHeads && words.slice(i + 3, i + 9).some((w) => w.readings.some((r) => STATES.has(r.lemma) && r.case === "gent" && r.number === "plur"));
}

/** `заседание Диалога по стратегическому партнерству`, `заседание Совместной комиссии по энергетике`,
 *  `рабочей группы`: a session of a two-country body is talks between them — unless the body is a
 *  region's (`Совета … «Центральная Азия – США»`, `стран Центральной Азии`). */
const BILATERAL_BODIES = new Set(["диалог", "комиссия", "группа", "партнерство"]);
const REGIONAL = /центральн|стран|[сc]\s?5|азия|оон|обсе|евросоюз|нато/u;
/** Only a session is a body's: `саммит «Группы двадцати»` is a summit whatever group it names. */
const SESSION_NOUNS = new Set(["заседание", "сессия", "встреча", "раунд", "совещание"]);
const BODY_REACH = 3;
const REGION_REACH = 10;

/** `заседание Казахстанско-американского делового совета`: a council is the two countries' own only when
 *  it says so (`Совет мира`, `Совет министров ОБСЕ` are not). */
const TWO_COUNTRY = /^(?:казахстанско-американск|американо-казахстанск)/u;
const PAIR_REACH = 6;

function bilateralBody(words: readonly Word[], i: number): boolean {
  // `в рамках Энергетического диалога, заседание которого запланировано на осень`: the body named before.
  if (/^котор(?:ого|ой)$/.test(words[i + 1]?.lower ?? "")) {
    const before = words.slice(Math.max(0, i - BODY_REACH), i);
    return before.some((w) => w.readings.some((r) => BILATERAL_BODIES.has(r.lemma))) && !REGIONAL.test(before.map((w) => w.lower).join(" "));
  }
  const near = words.slice(i + 1, i + 1 + BODY_REACH);
  const council = near.findIndex((w) => w.readings.some((r) => r.lemma === "совет" && r.case === "gent"));
  if (council >= 0 && near.slice(0, council).some((w) => TWO_COUNTRY.test(w.lower))) return true;
  // `Совета по торговле и инвестициям Казахстан – США`: the pair named after the council.
  const pair = council >= 0 ? words.slice(i + 2 + council, i + 2 + council + PAIR_REACH).map((w) => w.lower).join(" ") : "";
  if (/(?:^|\s)(?:казахстан\s+сша|сша\s+казахстан)(?:\s|$)/u.test(pair)) return true;
  const body = near.findIndex((w) => w.readings.some((r) => BILATERAL_BODIES.has(r.lemma) && r.case === "gent"));
  if (body < 0) return false;
  // `в формате C5+1`: the format may be split into several words (`C5`, `+1`).
  return !REGIONAL.test(words.slice(i + 1, i + 1 + body + REGION_REACH).map((w) => w.lower).join(" "));
}

/** Verbs whose object `встречи` is the plural: `провел встречи`, `программа предусматривает встречи`. */
const PLURAL_GOVERNORS = new Set(["провести", "предусматривать", "включать", "запланировать", "планировать"]);

/** `провел встречи с …`, `ряд встреч`: the plural announces several meetings. */
function pluralMeetings(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  if (!w) return false;
  if ([prev, words[i - 2]].some((p) => p && (p.lower === "ряд" || p.lower === "серию" || p.lower === "серия"))) return true;
  // `запланированы переговоры с …, а также встречи с A и B`: the plural continues a list of events.
  if (w.lower === "встречи" && prev?.lower === "также" && words[i - 2]?.lower === "а") return true;
  const plural = w.lower === "встречи" && !framedBefore(words, i) && !words.slice(Math.max(0, i - 3), i).some((p) => p.lower === "для" || p.lower === "до");
  return plural && words.slice(Math.max(0, i - 4), i).some((p) => p.readings.some((r) => ((r.lemma === "состояться" || r.lemma === "пройти") && r.number === "plur") || PLURAL_GOVERNORS.has(r.lemma)));
}

const BEEN_AT = /^был[аи]?$/u;
const AUXILIARY = /^(?:был[аио]?|будет|будут)$/u;
/** `после закрытия саммита`, `накануне открытия форума`, `еще до саммита`: a gathering named to tell when. */
const TIME_FRAME: ReadonlySet<string> = new Set(["закрытия", "открытия", "окончания", "завершения", "начала", "до", "перед", "накануне"]);
/** `…, а затем …`, `…, после чего …`: where a sentence goes on to the next event. */
export const NEXT_EVENT = String.raw`,\s*(?:а\s+затем|а\s+потом|после\s+чего|затем)\s`;
/** The last clause of a stretch opens on the next event. */
const LATER_CLAUSE = new RegExp(String.raw`${NEXT_EVENT}[^,;:]*$`, "u");

/** `онлайн-`, `видео-`: the medium of an event; `бизнес-`, `инвест-`: its kind. Either leaves the head after the hyphen. */
const MEDIA = ["онлайн", "видео", "веб"];
const MEDIUM_JOINED = /^(?:видео|онлайн)(?:встреч|переговор|бесед)/u;
const MEDIUM_PREFIX = new RegExp(`^(?:${MEDIA.join("|")})-`);
const COMPOUND_PREFIX = new RegExp(`^(?:${[...MEDIA, "бизнес", "инвест"].join("|")})-`);

/** Event phrases in a sentence: the first word reporting each rule, read against the lexicon by lemma
 *  (so every form of a verb, its participles and gerunds, and the event nouns count alike). */
export function findTriggers(text: string, words: Word[] = analyseWords(text)): TriggerHit[] {
  const folded = fold(text);
  const byRule = new Map<string, TriggerHit>();
  const settings = new Set<TriggerHit>();
  const timeFrames = new Set<TriggerHit>();
  words.forEach((w, i) => {
    // `онлайн-заседание`, `видео-встреча`, `бизнес-форум`: the head is the part after the hyphen (not
    // `пресс-конференция`, which is no meeting).
    const tail = COMPOUND_PREFIX.test(w.lower) ? analyseWords(w.text.slice(w.text.indexOf("-") + 1))[0] : undefined;
    // … and written as one word (`видеовстреча`, `онлайнвстреча`), which the dictionary reads as its head.
    const medium = (tail !== undefined && MEDIUM_PREFIX.test(w.lower)) || MEDIUM_JOINED.test(w.lower);
    const head = tail ?? w;
    // `На следующий день Абдильдин был у председателя комитета Сэма Нанна`: «быть у» + a host is a visit,
    // as `побывать у` is (too short a word for the lexicon's prefixes, and «быть» alone reports nothing).
    // `В понедельник я был в Астане у премьер-министра …`: a city may stand between.
    const at = words[i + 1]?.lower === "у" || ((words[i + 1]?.lower === "в" || words[i + 1]?.lower === "во") && words[i + 3]?.lower === "у");
    if (BEEN_AT.test(w.lower) && at && !byRule.has("hosted") && !negated(words, i)) {
      byRule.set("hosted", { rule: RULES.hosted, start: w.start, end: w.end, text: w.text, status: "held", nominal: false, words, withPhrase: false });
      return;
    }
    if (head.lower.length < 4 || !PREFIXES.has(head.lower.slice(0, 4))) return;
    if (negated(words, i)) return;
    for (const r of head.readings) {
      for (const entry of LEXICON.get(r.lemma) ?? []) {
        if (!accepts(entry, r, words, i, folded)) continue;
        let rule: TriggerRule = RULES[entry.rule];
        if (entry.rule === "meeting" && entry.as === "noun" && multilateral(words, i, text)) rule = RULES.conference;
        else if (entry.rule === "meeting" && entry.as === "noun" && pluralMeetings(words, i)) rule = RULES.meetings;
        const relative = entry.as === "noun" ? relativeSupport(words, i) : null;
        if (rule.kind === "conference" && entry.as === "noun" && !relative && !occurrence(words, i)) continue;
        if (rule.kind === "conference" && entry.as === "noun" && domesticSitting(words, i)) continue;
        if (r.lemma === "брифинг" && pressBriefing(words, i)) continue;
        if (rule.kind === "conference" && entry.as === "noun" && SESSION_NOUNS.has(r.lemma) && bilateralBody(words, i)) rule = RULES.talks;
        // `онлайн-встреча`, `видео-переговоры`: the prefix is the medium, as `по видеосвязи` is.
        if (medium && (rule.kind === "meeting" || rule.kind === "talks") && !rule.plural) rule = RULES.call;
        // One event per rule and sentence: the first word telling it, unless a later one names the other
        // side (`перед церемонией состоялась беседа Токаева с Трампом`).
        const earlier = byRule.get(rule.id);
        // `провел в Атырау встречу с А, а затем в Актау встретился с Б`: a later clause of the sentence tells
        // the next event of the kind, with someone else.
        const next = earlier !== undefined && earlier.withPhrase && withFollows(words, i) && LATER_CLAUSE.test(text.slice(earlier.end, w.start));
        // `на полях 72-й сессии … состоялась встреча министров …`: the setting yields to the event in it.
        const replacesSetting = earlier !== undefined && settings.has(earlier) && !setting(words, i);
        if (earlier && !replacesSetting && !next && (earlier.withPhrase || !withFollows(words, i))) continue;
        const status = relative ? statusOfVerb(relative, false) : entry.as === "noun" && scheduledAfter(words, i) ? "planned" : statusAt(words, i, r);
        const hit: TriggerHit = { rule, start: w.start, end: w.end, text: w.text, status, nominal: entry.as !== "verb", words, withPhrase: withFollows(words, i) };
        if (setting(words, i)) settings.add(hit);
        if (rule.kind === "conference" && TIME_FRAME.has(words[i - 1]?.lower ?? "")) timeFrames.add(hit);
        byRule.set(next ? `${rule.id}@${i}` : rule.id, hit);
      }
    }
  });
  let hits = [...byRule.values()].sort((a, b) => a.start - b.start);
  // `телефонный разговор`, `переговоры по видеосвязи`: the medium says what kind of talk it was.
  // … and of several meetings announced at once (`по видеосвязи провел встречи с A и Б`), as many calls.
  const several = byRule.get("meetings");
  if (byRule.has("call")) hits = hits.filter((h) => h.rule.id !== "talks" && h.rule.id !== "meeting" && h.rule.id !== "meetings").map((h) => (h.rule.id === "call" && several ? { ...h, rule: RULES.calls } : h));
  // `во встрече министров … в формате «С5+1», прошедшей в режиме видеоконференции`: the medium of a gathering
  // held online, not a call beside it.
  // (`провел онлайн-переговоры с …` beside a summit is a call of its own.)
  if (byRule.has("conference")) hits = hits.filter((h) => !(h.rule.id === "call" && h.nominal && !h.text.includes("-") && !MEDIUM_JOINED.test(h.text.toLowerCase())));
  // `договорились встретиться в сентябре на полях 80-й сессии Генассамблеи`: the gathering is where the
  // meeting will be, not one more event.
  const met = hits.some((h) => !settings.has(h) && (h.rule.kind === "meeting" || h.rule.kind === "talks") && !h.rule.discussion);
  if (met) hits = hits.filter((h) => !(settings.has(h) && h.rule.kind === "conference"));
  // `прошел саммит, на котором Трамп принимал Токаева и лидеров …`: the host receiving his guests is the
  // summit itself.
  // (`Во вторник, после закрытия саммита, президент принял …`: a gathering that only tells when is no host.)
  const conference = byRule.get("conference");
  if (conference && !timeFrames.has(conference)) hits = hits.filter((h) => h.rule.id !== "receive");
  // `Идрисов и Нуланд обсудили … переговоры о вступлении в ВТО`: accession talks are a process, not an event
  // that would tell what the discussion was part of.
  const named = hits.some((h) => !h.rule.discussion && h.rule.kind !== "visit" && !(h.rule.kind === "talks" && ACCESSION.test(text.slice(h.start))));
  return named ? hits.filter((h) => !h.rule.discussion) : hits;
}

/** `не запланировано`, `не состоялась`, `не встречался`: an event denied is no event. */
function negated(words: readonly Word[], i: number): boolean {
  if (words[i - 1]?.lower === "не") return true;
  // `не был принят руководством`: the denial before the auxiliary.
  if (words[i - 2]?.lower === "не" && /^(?:был|была|было|были|будет|будут)$/.test(words[i - 1]?.lower ?? "")) return true;
  const [from, to] = clauseOf(words, i);
  // `Двусторонних встреч Токаева и Байдена в ходе нынешней поездки не запланировано`: the denial may
  // come after the people and circumstances, anywhere in the clause.
  for (let k = Math.max(from, i - 6); k <= to; k++) {
    if (words[k]?.lower !== "не") continue;
    const next = words[k + 1];
    if (deniesEvent(next)) return true;
  }
  // `Встреча …, значившаяся в программе, была отменена`, `Встреча с вице-президентом … в итоге сорвалась`:
  // an event called off.
  for (let k = i + 1; k < Math.min(words.length, i + CANCEL_REACH); k++) {
    const w = words[k]!;
    if (/[.;:!?]/.test(w.gapBefore)) break;
    if (w.readings.some((r) => CANCELLED.has(r.lemma) && r.pos !== "NOUN")) return true;
  }
  // `Встреча с губернатором … должна была пройти в четверг в Топике, но губернатора срочно вызвали …`: what
  // was to be and was not.
  for (let k = Math.max(from, i - 3); k < Math.min(words.length, i + CANCEL_REACH); k++) {
    if (k > i && /[.;:!?]/.test(words[k]!.gapBefore)) break;
    if (!/^должн[аыо]?$/.test(words[k]?.lower ?? "") || !/^был[аио]?$/.test(words[k + 1]?.lower ?? "")) continue;
    // (`конференция … должна была завершиться в пятницу, но …` was held: only its end was not as planned.)
    const verb = words[k + 2];
    if (!deniesEvent(verb) || verb?.readings.some((r) => ENDING.has(r.lemma))) continue;
    for (let j = k + 2; j < Math.min(words.length, k + CANCEL_REACH); j++) {
      if (/[.;!?]/.test(words[j]!.gapBefore)) break;
      if (words[j]!.lower === "но" && words[j]!.gapBefore.includes(",")) return true;
    }
  }
  // `Поездка …, которая намечалась на середину марта, не состоится`, `Встреча …, на которую рассчитывала
  // казахстанская сторона, в итоге не состоялась`: the denial follows the noun's relative clause.
  // Both commas are looked for a bounded stretch ahead: scanning the sentence from its start for every
  // event word made a long one quadratic.
  const comma = nextComma(words, i, RELATIVE_REACH);
  const pronoun = words[comma]?.lower.startsWith("котор") ? comma : PREPOSITIONS.has(words[comma]?.lower ?? "") && words[comma + 1]?.lower.startsWith("котор") ? comma + 1 : -1;
  if (comma > 0 && pronoun > 0) {
    const after = nextComma(words, pronoun, RELATIVE_CLAUSE_REACH);
    // (`в итоге`, `так и`: a few words may stand before the denial.)
    // (`… у казахстанского президента так и не получилось`: so may the one who failed to have it.)
    for (let d = after; after > 0 && d < Math.min(words.length, after + DENIAL_REACH) && !/[,.;:!?]/.test(d > after ? words[d]!.gapBefore : ""); d++) {
      if (words[d]?.lower === "не" && (deniesEvent(words[d + 1]) || words[d + 1]?.readings.some((r) => FAILED.has(r.lemma)))) return true;
    }
  }
  return false;
}

/** How far past a relative clause its event's denial is looked for. */
const DENIAL_REACH = 9;
/** `так и не получилось`, `не удалось`: an event that did not come about. */
const FAILED: ReadonlySet<string> = new Set(["получиться", "удаться", "попасть"]);
/** How far past an event word its being called off is looked for. */
const CANCEL_REACH = 20;
const CANCELLED: ReadonlySet<string> = new Set(["отменить", "отменять", "отмениться", "сорваться", "срываться"]);
const ENDING: ReadonlySet<string> = new Set(["завершиться", "закончиться", "продлиться", "завершить", "закончить"]);
const PREPOSITIONS: ReadonlySet<string> = new Set(["на", "в", "во", "с", "со", "о", "об", "к", "по", "для", "за"]);

/** The first word after `from`, within `reach` words, that a comma precedes; -1 when none. */
function nextComma(words: readonly Word[], from: number, reach: number): number {
  for (let k = from + 1; k < Math.min(words.length, from + 1 + reach); k++) if (/,/.test(words[k]?.gapBefore ?? "")) return k;
  return -1;
}

/** How far after its noun a relative clause may open (the noun's own genitives and destination between). */
const RELATIVE_REACH = 12;
/** How long a relative clause may run before the comma that closes it. */
const RELATIVE_CLAUSE_REACH = 20;

function deniesEvent(next: Word | undefined): boolean {
  const r = next?.readings[0];
  return !!r && ["VERB", "PRTS", "INFN"].includes(r.pos) && (SUPPORT_VERBS.has(r.lemma) || LEXICON.has(r.lemma));
}

/** `сообщил на брифинге официальный представитель`, `на брифинге для журналистов`: the press told, not a
 *  gathering (`председательствовал на брифинге Совета Безопасности` is one). */
function pressBriefing(words: readonly Word[], i: number): boolean {
  const told = words.slice(Math.max(0, i - 3), i).some((w) => w.readings.some((r) => REPORTING_VERBS.has(r.lemma)));
  return told || words.slice(i + 1, i + 4).some((w) => /^(?:журналист|сми|пресс)/.test(w.lower));
}

/** `На пленарном заседании … депутаты ратифицировали`, `на заседании Правительства`: a Kazakh body's own
 *  sitting, where a US matter is only on the agenda (not `заседание Сената США`). */
function domesticSitting(words: readonly Word[], i: number): boolean {
  const body = words[i + 1];
  // `На пленарном заседании, которое провел Председатель Мажилиса, депутаты …`: a chamber's plenary
  // (`пленарном заседании саммита`, `выступит на одном из пленарных заседаний` are the gathering's).
  const chamber = (w: Word) => w.readings.some((r) => r.lemma === "депутат" || ((r.lemma === "мажилис" || r.lemma === "сенат") && r.case === "gent"));
  if (words[i - 1]?.readings.some((r) => r.lemma === "пленарный") && (!body || /[,;:.]/.test(body.gapBefore)) && words.slice(i + 1).some(chamber)) return true;
  return !!body && body.readings.some((r) => DOMESTIC_BODIES.has(r.lemma) && r.case === "gent") && !/^(?:сша|америки|конгресса)$/.test(words[i + 2]?.lower ?? "");
}
const DOMESTIC_BODIES = new Set(["мажилис", "сенат", "парламент", "правительство", "маслихат", "коллегия", "акимат"]);

/** A conference noun with a verb of taking place in its clause (`саммит пройдет`, `состоялось заседание`). */
function occurrence(words: readonly Word[], i: number): boolean {
  return supported(words, i, SUPPORT_VERBS);
}

/** A support verb in the noun's clause, or in its clause resumed past a relative clause between commas
 *  (`Саммит ОБСЕ, подготовка к которому идет больше года, откроется 1 декабря`). */
function supported(words: readonly Word[], i: number, lemmas: ReadonlySet<string>): boolean {
  const [from, to] = clauseOf(words, i);
  if (supportIn(words, from, to, i, lemmas)) return true;
  const resumed = resumedClause(words, i);
  return resumed !== null && supportIn(words, resumed[0], resumed[1], i, lemmas, resumed[0]);
}
