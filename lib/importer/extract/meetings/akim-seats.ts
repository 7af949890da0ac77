import { fold } from "@/lib/text/fold";
import type { PlaceFound } from "./meeting-place";

/** Where an akim receives: the city he heads, or his region's seat (the centre in the years the
 *  archive covers; Almaty region's moved from Taldykorgan to Konaev in 2022, so it is left out). */
const REGION_SEATS: readonly [RegExp, string, string][] = [
  [/атырауск/, "Атырау", "Атырауская область"],
  [/мангистауск|мангыстауск/, "Актау", "Мангистауская область"],
  [/карагандинск/, "Караганда", "Карагандинская область"],
  [/павлодарск/, "Павлодар", "Павлодарская область"],
  [/восточно-казахстанск/, "Усть-Каменогорск", "Восточно-Казахстанская область"],
  [/западно-казахстанск/, "Уральск", "Западно-Казахстанская область"],
  [/северо-казахстанск/, "Петропавловск", "Северо-Казахстанская область"],
  [/костанайск|кустанайск/, "Костанай", "Костанайская область"],
  [/актюбинск/, "Актобе", "Актюбинская область"],
  [/кызылординск/, "Кызылорда", "Кызылординская область"],
  [/жамбылск/, "Тараз", "Жамбылская область"],
  [/туркестанск/, "Туркестан", "Туркестанская область"],
  [/южно-казахстанск/, "Шымкент", "Южно-Казахстанская область"],
  [/акмолинск/, "Кокшетау", "Акмолинская область"],
  [/области\s+абай/, "Семей", "область Абай"],
  [/области\s+(?:жетысу|жетису)/, "Талдыкорган", "область Жетысу"], // folded: Жетісу is `жетису`
  [/области\s+улытау/, "Жезказган", "область Улытау"],
];
const CITY_AKIMS: readonly [RegExp, string][] = [
  [/^аким\s+(?:города\s+)?алматы/, "Алматы"],
  [/^аким\s+(?:города\s+)?нур-султана/, "Нур-Султан"],
  [/^аким\s+(?:города\s+)?(?:астаны|столицы)/, "Астана"],
  [/^аким\s+(?:города\s+)?шымкента/, "Шымкент"],
];

/** What an akim's post says he heads: a city, or a region with its seat. Null for other posts. */
function headedBy(position: string | null): { city: string } | { seat: string; region: string } | null {
  const p = fold(position ?? "");
  if (!p.startsWith("аким")) return null;
  const city = CITY_AKIMS.find(([re]) => re.test(p))?.[1];
  if (city) return { city };
  if (!/област/.test(p)) return null;
  const row = REGION_SEATS.find(([re]) => re.test(p));
  return row ? { seat: row[1], region: row[2] } : null;
}

/** `Аким Атырауской области принял посла …`, nothing else placing it: the meeting is in the region's
 *  seat (the capital under the name of the day is the caller's). */
export function akimSeat(positions: readonly (string | null)[]): PlaceFound | null {
  for (const position of positions) {
    const headed = headedBy(position);
    if (headed) return { place: "city" in headed ? headed.city : headed.seat, sentence: null };
  }
  return null;
}

/** `… Даббара принял аким Шымкента`, `Пайетт, находящийся в Западно-Казахстанской области, был принят акимом
 *  области`: an akim told by post after the verb (from `from`) receives in the city he heads, or in the seat of
 *  the region the sentence names. */
export function akimPostSeat(sentence: string, from: number): PlaceFound | null {
  const folded = fold(sentence);
  const at = folded.slice(from).search(/(?<!\p{L})аким/u);
  if (at < 0) return null;
  const post = `аким ${folded.slice(from + at).replace(/^аким\p{L}*\s+/u, "")}`;
  const headed = headedBy(post);
  if (headed) return { place: "city" in headed ? headed.city : headed.seat, sentence: null };
  if (!/^аким\s+области(?!\p{L})/u.test(post)) return null;
  const row = REGION_SEATS.find(([re]) => re.test(folded));
  return row ? { place: row[1], sentence: null } : null;
}

/** `в сентябре в область приедет группа экспертов`, `в июне город посетит делегация`: a trip to «область» or
 *  «город» goes to the seat of the region, or the city, the story's akim heads; one to the region named
 *  (`Восточно-Казахстанскую область посетит`, "region") is to the region itself. */
export function akimTerritory(positions: readonly (string | null)[], word: "область" | "region" | "город"): string | null {
  for (const position of positions) {
    const headed = headedBy(position);
    if (!headed) continue;
    if ("city" in headed) return word === "город" ? headed.city : null;
    if (word !== "город") return word === "region" ? headed.region : headed.seat;
  }
  return null;
}
