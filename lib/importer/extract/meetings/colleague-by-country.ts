import type { OfficialFull } from "../../types";
import { namedLastBefore } from "./both-sides-by-post";

/** `встретился с казахстанским коллегой`, `Американский министр принял казахстанского партнера`: the other
 *  side told by its country and the word «коллега» (or «партнер», «визави») instead of a name. */
const COLLEAGUE = /(?<!\p{L})(казахстанск|американск)\p{L}*\s+(?:коллег(?:а|и|е|у|ой|ою)|партн[её]р(?:а|у|е|ом)?|визави)(?!\p{L})/iu;

const COUNTRY: Record<string, string> = { казахстанск: "KZ", американск: "US" };

/** The post's first word (`президент`, `министр`, `премьер-министр`), the family a colleague shares. */
const postWord = (o: OfficialFull | undefined): string | undefined => o?.positions[0]?.title.toLowerCase().split(/\s+/u)[0];

/** The official a `казахстанским коллегой` in sentence `i` stands for, beside `subject`: one of that
 *  country holding a post of the subject's kind if there is one, else any of that country; of these the
 *  one named last before the sentence (else first after it). Null when the sentence has no such word. */
export function colleagueByCountry(text: string, i: number, subject: string, officials: readonly OfficialFull[]): string | null {
  const stem = COLLEAGUE.exec(text)?.[1]?.toLowerCase();
  const country = stem ? COUNTRY[stem] : undefined;
  if (!country) return null;
  const own = officials.find((o) => o.name === subject);
  if (!own || own.country === country) return null;
  const ofCountry = officials.filter((o) => o.country === country);
  const word = postWord(own);
  const sameKind = ofCountry.filter((o) => word !== undefined && postWord(o) === word);
  const pool = sameKind.length > 0 ? sameKind : ofCountry;
  return namedLastBefore(pool, i)?.name ?? null;
}
