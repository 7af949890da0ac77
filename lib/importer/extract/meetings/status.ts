import type { MeetingStatus } from "../../types";
import type { Reading, Word } from "../../language/analysed-words";
import { PLANNED_CUES, REPORTING_VERBS } from "./lexicon";
import { isPlainSpace } from "../people/tokenize";

const breaksBefore = (w: Word | undefined) => !!w && /[;:]|[.!?]\s/.test(w.gapBefore);
const subordinate = (w: Word | undefined) => !!w && (w.lower === "что" || w.lower.startsWith("котор"));

/** Where each word's clause starts and ends, computed once per sentence (a clause looked up per word
 *  made a pasted one-sentence page quadratic). */
const bounds = new WeakMap<readonly Word[], { from: Int32Array; to: Int32Array }>();

function clauseBounds(words: readonly Word[]): { from: Int32Array; to: Int32Array } {
  let known = bounds.get(words);
  if (known) return known;
  const from = new Int32Array(words.length);
  const to = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) from[i] = i > 0 && !breaksBefore(words[i]) && !subordinate(words[i - 1]) ? (from[i - 1] ?? 0) : i;
  for (let i = words.length - 1; i >= 0; i--) to[i] = i + 1 < words.length && !breaksBefore(words[i + 1]) && !subordinate(words[i + 1]) ? (to[i + 1] ?? i) : i;
  known = { from, to };
  bounds.set(words, known);
  return known;
}

/** The words of the clause around word `i`: up to a `;`, `:`, a sentence-internal full stop, or a
 *  subordinate `что`/`который` (what those introduce is another event's clause). */
export function clauseOf(words: readonly Word[], i: number): [number, number] {
  const { from, to } = clauseBounds(words);
  return [from[i] ?? i, to[i] ?? i];
}

/** `Саммит ОБСЕ, подготовка к которому идет больше года, откроется 1 декабря`: past a relative clause set
 *  off by commas, the noun's own clause goes on. Its words from the comma that closes the relative
 *  clause, or null. */
export function resumedClause(words: readonly Word[], i: number): [number, number] | null {
  const [, to] = clauseOf(words, i);
  const relative = to + 1;
  if (!words[relative]?.lower.startsWith("котор")) return null;
  let opened = false;
  for (let k = i + 1; k <= relative && !opened; k++) opened = (words[k]?.gapBefore ?? "").includes(",");
  if (!opened) return null;
  let closed = relative + 1;
  let predicate = false;
  while (closed < words.length && !(words[closed]?.gapBefore ?? "").includes(",")) {
    predicate ||= words[closed]?.readings[0]?.pos === "VERB";
    closed++;
  }
  // `…, который, по данным Госдепартамента, посетит …`: a comma before the relative clause's own verb
  // sets off an aside inside it.
  if (closed >= words.length || !predicate) return null;
  const [, end] = clauseOf(words, closed);
  return [closed, end];
}

const FINITE = new Set(["VERB", "PRTS", "INFN"]);
const AGREEING = new Set(["договориться", "условиться", "согласиться"]);
/** `В программе визита – переговоры с А и встреча с Б`: a programme covers every event its clause lists. */
const PROGRAMME = new Set(["программа"]);

/** `предстоящему в марте 2026 года визиту`: a planning attribute up to six words before the noun, in
 *  the same stretch of the sentence. */
export function plannedAttribute(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k];
    if (!w) break;
    if (w.readings.some((r) => (r.pos === "ADJF" || r.pos === "PRTF") && PLANNED_CUES.has(r.lemma))) return true;
    if (/[,;:.!?]/.test(words[k + 1]?.gapBefore ?? "")) break;
  }
  return false;
}

/** `достигнута договоренность о подписании меморандума`, `принято решение о проведении …`: what is agreed or
 *  decided on is still ahead. */
const AGREED_ON = new Set(["договоренность", "решение", "согласие"]);

export function agreedOn(words: readonly Word[], i: number): boolean {
  const about = words[i - 1];
  const agreement = words[i - 2];
  return !!about && !!agreement && (about.lower === "о" || about.lower === "об") && isPlainSpace(about.gapBefore) && isPlainSpace(words[i]?.gapBefore ?? "") && agreement.readings.some((r) => r.pos === "NOUN" && AGREED_ON.has(r.lemma));
}

/** `выразил надежду на скорую личную встречу`: an event hoped for is ahead (and, hoped for only, no plan
 *  either — build-drafts rejects it as a possibility). */
function hopedFor(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
    if (/[,;:.!?]/.test(words[k + 1]?.gapBefore ?? "")) return false;
    if (words[k]?.lower === "на") return words[k - 1]?.readings.some((r) => r.lemma === "надежда" || r.lemma === "надеяться") ?? false;
  }
  return false;
}

/** `Следующее заседание платформы решено провести осенью`: the next one of a series is still ahead,
 *  whatever tense tells of the decision — the adjective right before the noun only (`на следующий день
 *  состоялась встреча` dates a held one). */
function nextOne(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  return !!before && !/[,;:.!?]/.test(words[i]?.gapBefore ?? "") && before.readings.some((r) => r.pos === "ADJF" && r.lemma === "следующий");
}

export function statusOfVerb(r: Reading, cueNear: boolean): MeetingStatus {
  if (PLANNED_CUES.has(r.lemma)) return "planned";
  if (r.pos === "INFN") return "planned";
  if (r.tense === "futr") return "planned";
  if (r.tense === "past") return "held";
  return cueNear ? "planned" : "held";
}

function cueAround(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    // `продолжавшиеся вместо запланированного часа почти три`: the plan the event outran.
    if (words[k - 1]?.lower === "вместо") continue;
    if (words[k]?.readings.some((r) => PLANNED_CUES.has(r.lemma) || (r.lemma === "быть" && r.tense === "futr"))) return true;
  }
  return false;
}

const POSTPONING = new Set(["перенести", "отложить"]);

/** `успел провести переговоры`, `удалось встретиться`, `смогла обсудить`: an infinitive after a past verb of
 *  managing tells what was done. */
const MANAGED = new Set(["успеть", "удаться", "смочь"]);

function achieved(words: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (/[,;:.!?]/.test(words[k + 1]?.gapBefore ?? "")) return false;
    if (words[k]?.readings.some((r) => MANAGED.has(r.lemma) && r.tense === "past")) return true;
  }
  return false;
}

/** How far after its noun a participle describing it is looked for. */
const PARTICIPLE_REACH = 8;

function donePastParticiple(words: readonly Word[], i: number, noun: Reading): boolean {
  const agrees = (r: Reading) => r.pos === "PRTF" && r.case === noun.case && r.number === noun.number && (noun.number === "plur" || r.gender === noun.gender);
  for (let k = i + 1; k < words.length && k <= i + PARTICIPLE_REACH; k++) {
    const w = words[k];
    if (!w || /[.;:!?()]/.test(w.gapBefore)) return false;
    // az reads `прошедшего` first as a noun (`прошедшее`) or an adjective: any agreeing participle reading counts.
    const participle = w.readings.find(agrees);
    if (participle) return participle.tense === "past" && participle.voice !== "pssv" && !PLANNED_CUES.has(participle.lemma);
    const r = w.readings[0];
    if (r && (FINITE.has(r.pos) || r.pos === "GRND")) return false;
  }
  return false;
}

/** `В понедельник в Астану с визитом прибывает …`, `Бернс прибывает в Астану из Душанбе`: the present of an
 *  arrival tells what is coming, unless its clause says it is under way today (`Сегодня … прибывает`). */
const ARRIVING = new Set(["прибывать"]);
const NOW = new Set(["сегодня", "сейчас"]);

const comingArrival = (words: readonly Word[], from: number, to: number): boolean => !words.slice(from, to + 1).some((w) => NOW.has(w.lower));

/** Held or planned, from the grammar of the word that reports the event: a finite verb by its tense
 *  (`встретился` held, `встретится` planned), an infinitive by what governs it (`намерен посетить`), a
 *  noun, participle or gerund by the nearest finite verb of its clause (`встреча … состоится`,
 *  `встретившись с …, министр отметил`), with the lexical cues of plans (`предстоящий визит`,
 *  `ожидается`, `программа визита включает`). */
export function statusAt(words: readonly Word[], i: number, reading: Reading): MeetingStatus {
  const [from, to] = clauseOf(words, i);
  if (reading.pos === "VERB" && reading.tense === "pres" && ARRIVING.has(reading.lemma) && comingArrival(words, from, to)) return "planned";
  const cueNear = cueAround(words, Math.max(from, i - 6), Math.min(to, i + 6)) || words.slice(from, i).some((w) => w.readings.some((r) => PROGRAMME.has(r.lemma)));
  if (reading.pos === "VERB" && reading.tense !== "pres") return statusOfVerb(reading, cueNear);
  if (reading.pos === "INFN") return achieved(words, i) ? "held" : "planned";
  if (reading.pos === "PRTS") return cueNear || reading.tense === "futr" ? "planned" : "held";
  // `миссия, прибывшая вместе с ней, в четверг проведет форум`: a past participle tells a done event,
  // whatever the clause's verb says of the next one.
  // Not a predicate's instrumental: `станет первым госсекретарем, посетившим Казахстан` is still ahead.
  if (reading.pos === "PRTF" && reading.tense === "past" && reading.case !== "ablt" && !PLANNED_CUES.has(reading.lemma)) return "held";
  // `о предстоящем визите`, `запланированной встрече`: the noun's own attribute outweighs the verb
  // that tells of it (`речь шла о предстоящем визите`).
  if (reading.pos === "NOUN" && (plannedAttribute(words, i) || nextOne(words, i) || agreedOn(words, i) || hopedFor(words, i))) return "planned";
  // `саммита «С5+1» на уровне президентов, прошедшего в сентябре`: a past participle agreeing with the
  // noun tells its event is done, whatever the clause's verb says.
  if (reading.pos === "NOUN" && donePastParticiple(words, i, reading)) return "held";
  // `заявил … на встрече с …`: what was said at the event tells that it happened.
  const saidAt = words[i - 1]?.lower === "на";
  // Declared, not narrowed to null: `scan` assigns them.
  let best = null as Reading | null;
  let bestAt = -1;
  let distance = Infinity;
  const scan = (lo: number, hi: number) => {
    for (let k = lo; k <= hi; k++) {
      if (k === i) continue;
      // A word's most likely reading only (`встречу` is a noun, not `встретить` in the first person) —
      // unless another tells a plan: `намерены` is `намерен`, not the past of `намерить` (to measure).
      // `Встречу … пришлось перенести на апрель`: a postponing infinitive is the plan, not the verb governing it.
      const plan = words[k]?.readings.find((x) => PLANNED_CUES.has(x.lemma) && (FINITE.has(x.pos) || x.pos === "ADJS" || (x.pos === "INFN" && POSTPONING.has(x.lemma))));
      const r = plan ?? words[k]?.readings[0];
      const reporting = REPORTING_VERBS.has(r?.lemma ?? "") && !(saidAt && r?.tense === "past");
      // … whose governing verb (`пришлось`) stands right before it, nearer the noun.
      const postponed = plan?.pos === "INFN" && bestAt === k - 1;
      if (r && (FINITE.has(r.pos) || plan) && !reporting && (Math.abs(k - i) < distance || postponed)) {
        best = r;
        bestAt = k;
        distance = Math.abs(k - i);
      }
    }
  };
  scan(from, to);
  const resumed = best === null && reading.pos === "NOUN" ? resumedClause(words, i) : null;
  if (resumed) scan(resumed[0], resumed[1]);
  // `На саммите … лидеры договорились расширить сотрудничество`: what was agreed at an event tells that
  // it happened; an event agreed on is the verb's object, after it (`договорились провести встречу`) or
  // before it (`Очередное заседание стороны договорились провести осенью`).
  const setting = reading.case !== null && reading.case !== "nomn" && reading.case !== "accs";
  if (best && AGREEING.has(best.lemma) && bestAt > i && best.tense === "past" && setting) return "held";
  if (best) return (best as Reading).pos === "INFN" && achieved(words, bestAt) ? "held" : statusOfVerb(best, cueNear);
  return cueNear ? "planned" : "held";
}
