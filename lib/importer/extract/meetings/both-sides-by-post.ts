import type { OfficialFull } from "../../types";
import type { Role } from "./roles";

/** `министры обороны двух стран провели переговоры`, `главы внешнеполитических ведомств обеих стран
 *  обсудили`, `лидеры двух государств встретились`: both sides told by one plural post, the verb after. */
const BOTH_SIDES = /(?<!\p{L})(президенты|лидеры|главы(?:\s+(?:внешнеполитических\s+ведомств|мид|государств))?|министры(?:\s+[\p{L}-]+){1,3}?)\s+(?:двух|обеих|обоих)\s+(?:стран|государств)(?!\p{L})[^.;:!?]*$/iu;
/** `запланированы двусторонние переговоры президентов Казахстана и США`, `встреча министров иностранных дел
 *  двух стран`: the plural post in the genitive right after the event noun. */
const BOTH_SIDES_AFTER = /^\p{L}*\s+(президентов|лидеров|глав(?:\s+(?:внешнеполитических\s+ведомств|мид|государств))?|министров(?:\s+[\p{L}-]+){1,3}?)\s+(?:(?:двух|обеих|обоих)\s+(?:стран|государств)|(?:Казахстана|РК)\s+и\s+США|США\s+и\s+(?:Казахстана|РК))(?!\p{L})/iu;
/** The genitive plural of a post, as its nominative plural. */
const NOMINATIVE_PLURAL: readonly [RegExp, string][] = [[/^президентов/iu, "президенты"], [/^лидеров/iu, "лидеры"], [/^глав(?!\p{L})/iu, "главы"], [/^министров/iu, "министры"]];

const HEAD_OF_STATE = /^(?:президент|глава\s+государства)(?!\p{L})/iu;
const FOREIGN_MINISTER = /министр\p{L}*\s+иностранных\s+дел|госсекретар|государственн\p{L}*\s+секретар/iu;

/** Of `pool`, the one the story names last up to sentence `i`, else the one it names first after it. */
export function namedLastBefore(pool: readonly OfficialFull[], i: number): OfficialFull | undefined {
  const lastBefore = (o: OfficialFull) => Math.max(-1, ...o.sentences.filter((k) => k <= i));
  return [...pool].sort((a, b) => lastBefore(b) - lastBefore(a) || Math.min(...a.sentences) - Math.min(...b.sentences))[0];
}

/** The post a plural names, as a test of a singular title. */
function postTest(plural: string): RegExp {
  const p = plural.toLowerCase().replace(/\s+/gu, " ");
  if (p === "президенты" || p === "лидеры" || p === "главы" || p === "главы государств") return HEAD_OF_STATE;
  if (p.startsWith("главы") || p === "министры иностранных дел") return FOREIGN_MINISTER;
  // `министры обороны` → `министр обороны`: the genitive after the noun is the same in both numbers.
  const field = p.slice("министры ".length).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(String.raw`министр\p{L}*\s+${field}(?!\p{L})`, "iu");
}

/** The Kazakh and the American of the story who hold the post that `before` (the text up to the verb)
 *  names in the plural, each the one mentioned last before sentence `i` (else first after it). A side
 *  nobody holds the post for is the one who opens the next sentence, if of that side or of no known
 *  country (`министры обороны двух стран провели переговоры. Мухтар Алтынбаев поднял вопрос …`). */
export function bothSidesByPost(before: string, i: number, officials: readonly OfficialFull[], nextOpener: string | undefined, after = ""): { name: string; role: Role }[] {
  const genitive = BOTH_SIDES_AFTER.exec(after)?.[1];
  const plural = BOTH_SIDES.exec(before)?.[1] ?? (genitive && NOMINATIVE_PLURAL.reduce((p, [from, to]) => p.replace(from, to), genitive));
  if (!plural) return [];
  const holds = postTest(plural);
  const holder = (country: string) => {
    const all = officials.filter((o) => o.country === country && o.positions.some((p) => holds.test(p.title)));
    return namedLastBefore(all, i)?.name;
  };
  const opener = officials.find((o) => o.name === nextOpener);
  const openerOf = (country: string) => (opener && (opener.country === null || opener.country === country) ? opener.name : undefined);
  const kz = holder("KZ") ?? openerOf("KZ");
  const us = holder("US") ?? openerOf("US");
  return kz && us && kz !== us ? [{ name: kz, role: "subject" }, { name: us, role: "counterpart" }] : [];
}
