import { fold } from "@/lib/text/fold";
import type { PlaceFound } from "./meeting-place";

/** Where an akim receives: the city he heads, or his region's seat (the centre in the years the
 *  archive covers; Almaty region's moved from Taldykorgan to Konaev in 2022, so it is left out). */
const REGION_SEATS: readonly [RegExp, string][] = [
  [/атырауск/, "Атырау"],
  [/мангистауск|мангыстауск/, "Актау"],
  [/карагандинск/, "Караганда"],
  [/павлодарск/, "Павлодар"],
  [/восточно-казахстанск/, "Усть-Каменогорск"],
  [/западно-казахстанск/, "Уральск"],
  [/северо-казахстанск/, "Петропавловск"],
  [/костанайск|кустанайск/, "Костанай"],
  [/актюбинск/, "Актобе"],
  [/кызылординск/, "Кызылорда"],
  [/жамбылск/, "Тараз"],
  [/туркестанск/, "Туркестан"],
  [/южно-казахстанск/, "Шымкент"],
  [/акмолинск/, "Кокшетау"],
  [/области\s+абай/, "Семей"],
  [/области\s+(?:жетысу|жетису)/, "Талдыкорган"], // folded: Жетісу is `жетису`
  [/области\s+улытау/, "Жезказган"],
];
const CITY_AKIMS: readonly [RegExp, string][] = [
  [/^аким\s+(?:города\s+)?алматы/, "Алматы"],
  [/^аким\s+(?:города\s+)?нур-султана/, "Нур-Султан"],
  [/^аким\s+(?:города\s+)?(?:астаны|столицы)/, "Астана"],
  [/^аким\s+(?:города\s+)?шымкента/, "Шымкент"],
];

/** `Аким Атырауской области принял посла …`, nothing else placing it: the meeting is in the region's
 *  seat (the capital under the name of the day is the caller's). */
export function akimSeat(positions: readonly (string | null)[]): PlaceFound | null {
  for (const position of positions) {
    const p = fold(position ?? "");
    if (!p.startsWith("аким")) continue;
    const city = CITY_AKIMS.find(([re]) => re.test(p))?.[1];
    if (city) return { place: city, sentence: null };
    if (!/област/.test(p)) continue;
    const seat = REGION_SEATS.find(([re]) => re.test(p))?.[1];
    if (seat) return { place: seat, sentence: null };
  }
  return null;
}
