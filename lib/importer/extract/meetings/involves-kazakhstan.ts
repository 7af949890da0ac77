import type { MeetingKind, ParticipantOut } from "../../types";
import { titleCountry } from "../people/position-key";
import { isInKazakhstan } from "./places";

/** Surnames of the shape most Kazakh officials have (`Саудабаев`, `Баталов`): a person of
 *  unknown country with such a name may be Kazakh; `Лула да Силва` or `Саргсян` is not. */
const KAZAKH_SHAPED = /(?:ев|ов|ин|ева|ова|ина|улы|кызы|бай|бек|беков|бекова)$/u;

/** Neither side of this archive's relationship, and known: `GB`, `CN` (not `KZ`, `US` or unknown). */
export function isThirdCountry(country: string | null | undefined): boolean {
  return !!country && country !== "KZ" && country !== "US";
}

/** The archive is about Kazakhstan: an event counts when a Kazakh official takes part, it happens in
 *  Kazakhstan, or someone of unknown country may be Kazakh — everyone's country is unknown, or one with
 *  a Kazakh-shaped surname is. `Он также посетит Ташкент и Душанбе` (a US envoy's onward trip), a US
 *  president's talks with Brazil's, do not. `stated` says whether the place is the event's own or only
 *  the story's (its dateline, its trip): a US envoy's talks with Uzbekistan's minister told in a story
 *  filed from Astana did not happen there. */
export function involvesKazakhstan(participants: readonly ParticipantOut[], place: string | null, stated = true): boolean {
  const thirdCountry = participants.some((p) => isThirdCountry(p.country));
  if (place && isInKazakhstan(place) && (stated || !thirdCountry)) return true;
  if (participants.some((p) => p.country === "KZ")) return true;
  if (participants.length === 0) return place === null;
  const unknown = participants.filter((p) => p.country === null);
  // Beside a third country's official, a surname of that shape is as likely his compatriot's (`Кудратов`
  // beside Uzbekistan's foreign minister).
  return unknown.length === participants.length || (!thirdCountry && unknown.some((p) => KAZAKH_SHAPED.test(p.name.split(" ").at(-1) ?? "")));
}

/** The archive is about Kazakhstan AND the United States: a meeting, talks, a call, a signing or a visit
 *  whose named people include someone of a third country and nobody American (`встретился с послом Китая`,
 *  a British minister's visit to Astana) is another relationship told in the same story. A gathering may
 *  name only its Central Asian ministers and still be the C5+1, so conferences stay. */
export function withThirdCountryOnly(kind: MeetingKind, participants: readonly ParticipantOut[]): boolean {
  if (kind === "conference") return false;
  const third = participants.some((p) => isThirdCountry(p.country));
  return third && !participants.some((p) => p.country === "US");
}

/** `провел встречу с послом Нидерландов, с которым …`: the other side left unnamed but given a third
 *  country's post, in the `с/со` phrase right after the event's word. */
/** … through the commas of a list of a post's duties (`с министром торговли, промышленности и энергетики Кореи`). */
const WITH_PHRASE = /^[^,.;:!?]{0,40}?(?<!\p{L})(?:с|со)\s+((?:[^,.;:!?]|,\s+(?=[\p{Ll}-]+\s+и\s)){1,120})/u;

export function unnamedThirdCounterpart(afterTrigger: string, participants: readonly ParticipantOut[]): boolean {
  if (participants.some((p) => p.country !== "KZ")) return false;
  return withThirdCountry(afterTrigger);
}

const ANY_WITH_PHRASE = /(?<!\p{L})(?:с|со)\s+([^,.;:!?]{1,80})/gu;

/** Whether any `с/со` phrase of the text gives a third country (`провел встречу с делегацией
 *  южнокорейского города Сувон, по итогам которой стороны подписали …`). */
export function anyWithThirdCountry(text: string): boolean {
  for (const m of text.matchAll(ANY_WITH_PHRASE)) {
    if (isThirdCountry(m[1] ? titleCountry(m[1]) : null)) return true;
  }
  return false;
}

/** Whether the `с/со` phrase right after the event's word gives a third country (`с делегацией
 *  китайской корпорации`, `с послом Нидерландов`). */
export function withThirdCountry(afterTrigger: string): boolean {
  const phrase = WITH_PHRASE.exec(afterTrigger)?.[1];
  return isThirdCountry(phrase ? titleCountry(phrase) : null);
}
