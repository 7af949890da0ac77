import { SIDELINES, type Draft } from "./draft";
import { placesIn } from "./meeting-place";
import { COUNTRY_PLACES, isInKazakhstan } from "./places";
import { RELATIVE_SUBJECT } from "./roles";

/** A planned visit the article breaks down into the meetings it will consist of (`посетит Казахстан в
 *  июне`, then `в ходе предстоящего визита планируются переговоры …`) is represented by those meetings;
 *  each maps to the visit, whose day and destination it takes when it names none. A visit told with no
 *  such meeting stays a visit. */
export function visitParts(drafts: readonly Draft[], sentences: readonly { text: string }[]): Map<Draft, Draft> {
  const parts = new Map<Draft, Draft>();
  const visits = drafts.filter((v) => v.kind === "visit" && v.status === "planned");
  for (const d of drafts) {
    if (d.kind === "visit" || d.status !== "planned") continue;
    const own = visits.filter((v) => [...v.participants.keys()].some((name) => d.participants.has(name)) && !laterPlanOfCounterpart(d, v, sentences) && !elsewhereBefore(d, v, sentences));
    // `посетит Украину, …, Казахстан …`, then `5 января Помпео прибудет в Нур-Султан. Ожидается, что его
    // примут …`: of one traveller's legs, the meeting belongs to the one told last before it.
    const at = Math.min(...d.triggerSentences);
    const leg = own.filter((v) => Math.min(...v.triggerSentences) <= at).at(-1) ?? own[0];
    if (leg) parts.set(d, leg);
  }
  return parts;
}

/** `встреча министров … пройдет 1 ноября в Самарканде с участием … Керри. Керри подтвердил намерение 2 ноября
 *  посетить Астану`: an event told before the trip, in a city of its own, is not part of it. */
function elsewhereBefore(d: Draft, visit: Draft, sentences: readonly { text: string }[]): boolean {
  const destination = visit.destination;
  if (!destination || Math.max(...d.triggerSentences) >= Math.min(...visit.triggerSentences)) return false;
  return d.triggerSentences.some((i) => placesIn((sentences[i]?.text ?? "").slice(d.triggerStarts.get(i) ?? 0)).some((p) => !p.destination && elsewhere(p.place, destination)));
}

/** A city that is neither the trip's destination nor in the country it goes to. */
function elsewhere(place: string, destination: string): boolean {
  if (place === destination || COUNTRY_PLACES.has(place)) return false;
  return COUNTRY_PLACES.has(destination) ? destination === "Казахстан" && !isInKazakhstan(place) : true;
}

/** `встретится с министром энергетики США Бодманом, который намерен посетить Казахстан осенью`: the
 *  counterpart's own trip, told in a relative clause after the meeting, is not the meeting's frame. */
function laterPlanOfCounterpart(d: Draft, visit: Draft, sentences: readonly { text: string }[]): boolean {
  return d.triggerSentences.some((i) => {
    const from = d.triggerStarts.get(i);
    const to = visit.triggerStarts.get(i);
    return from !== undefined && to !== undefined && to > from && RELATIVE_SUBJECT.test((sentences[i]?.text ?? "").slice(from, to));
  });
}

/** `американский дипломат посетит Алматы, где встретится с руководителями агентств ООН`: a meeting told
 *  inside a planned visit's sentence with nobody but the traveller named is the visit itself — it names
 *  no counterpart that would make it a meeting of its own. The visit takes the traveller; the meeting
 *  is dropped. */
export function absorbLoneParts(drafts: readonly Draft[]): Set<Draft> {
  const absorbed = new Set<Draft>();
  for (const visit of drafts) {
    if (visit.kind !== "visit" || visit.status !== "planned") continue;
    for (const d of drafts) {
      if (d === visit || d.kind === "visit" || d.status !== "planned" || d.participants.size !== 1) continue;
      if (!d.triggerSentences.some((i) => visit.triggerSentences.includes(i))) continue;
      if (!visit.unnamedTravellers) for (const [name, p] of d.participants) if (!visit.participants.has(name)) visit.participants.set(name, { ...p, role: "subject" });
      absorbed.add(d);
    }
  }
  return absorbed;
}

/** `До начала заседания Идрисов провел отдельную встречу с Керри`, `накануне открытия саммита Обама встретился с …`: a
 *  meeting told as just before or after the gathering, in its city (and on its day when it gives none of its own). */
const AROUND_GATHERING = /(?<!\p{L})(?:до\s+начала|перед\s+началом|накануне\s+(?:открытия|начала)|после\s+(?:окончания|завершения))\s+(?:[\p{L}-]+\s+)?(?:заседани|саммит|конференци|форум|сесси|пленарн)\p{L}*/iu;

/** `Министр примет участие в конференции CERAWeek, которая пройдет 23–27 марта в Хьюстоне. В рамках поездки
 *  запланированы встречи министра с …`: a planned meeting of someone going to a planned gathering told
 *  before it happens there, on its first day, unless it names its own. `… принял участие в заседании в
 *  рамках саммита НАТО. На полях саммита министр встретился с …`: a held meeting on the sidelines of the
 *  gathering just told, on its day. The gathering stays an event of its own. */
export function gatheringFrames(drafts: readonly Draft[], sentences: readonly { text: string }[]): Map<Draft, Draft> {
  const frames = new Map<Draft, Draft>();
  const gatherings = drafts.filter((g) => g.kind === "conference");
  for (const d of drafts) {
    if (d.kind === "visit" || d.kind === "conference" || d.kind === "call") continue;
    const at = Math.min(...d.triggerSentences);
    const before = (sentences[at]?.text ?? "").slice(0, d.triggerStarts.get(at) ?? 0);
    if (d.status === "held" && !SIDELINES.test(before) && !AROUND_GATHERING.test(before)) continue;
    const told = gatherings.filter((g) => g.status === d.status && Math.min(...g.triggerSentences) < at);
    // `Бизнес-форум B5+1 прошел в Алматы … . В кулуарах форума Шаккалиев и Лу обсудили …`: a gathering
    // told with nobody named is still the one whose sidelines the sentence names.
    const frame =
      told.filter((g) => [...g.participants.keys()].some((name) => d.participants.has(name))).at(-1) ??
      (d.status === "held" ? told.filter((g) => g.participants.size === 0).at(-1) : undefined);
    if (frame) frames.set(d, frame);
  }
  return frames;
}

