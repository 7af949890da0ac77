import type { OfficialFull } from "../../types";
import { titleWords } from "../people/position-key";

/** A post as the subject of a trip, or as the owner of one in the genitive, with the nominative its holder's
 *  title is written in: `аким области … посетит Питтсбург`, `визит первого заместителя госсекретаря`. */
const POSTS: ReadonlyArray<readonly [nominative: string, genitive: string]> = [
  ["аким", "акима"],
  ["министр", "министра"],
  ["посол", "посла"],
  ["губернатор", "губернатора"],
  ["мэр", "мэра"],
  ["сенатор", "сенатора"],
  ["конгрессмен", "конгрессмена"],
  ["заместитель", "заместителя"],
  ["вице-министр", "вице-министра"],
  ["председатель", "председателя"],
  ["спикер", "спикера"],
  ["премьер-министр", "премьер-министра"],
  ["глава", "главы"],
];
const BY_FORM = new Map<string, { nominative: string; genitive: boolean }>(
  POSTS.flatMap(([nom, gen]) => [
    [nom, { nominative: nom, genitive: false }],
    [gen, { nominative: nom, genitive: true }],
  ]),
);

/** `визит первого заместителя …`: the genitive post owns the trip only right after the trip's noun. */
const TRIP_NOUN = /^(?:визит|поездк|при[её]зд)\p{L}*$/u;
const ORDINAL = /^(?:перв|втор|старш|нов)\p{L}*$/u;

/** The one official named earlier in the article whose post is the trip's subject here — the nominative post
 *  in the clause, or a genitive post right after `визит` — when exactly one earlier official holds such a
 *  post (the word after the post, `области` or `США`, picks among several). Null otherwise. */
export function travellerByPost(clause: string, sentence: number, officials: readonly OfficialFull[]): string | null {
  const words = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  for (let k = 0; k < words.length; k++) {
    const post = BY_FORM.get(words[k]!);
    if (!post) continue;
    if (post.genitive) {
      let before = k - 1;
      if (ORDINAL.test(words[before] ?? "")) before--;
      if (!TRIP_NOUN.test(words[before] ?? "")) continue;
    }
    // `министр энергетики США`: the post's own country, when the next words name it, rules out the other side's.
    const tail = words.slice(k + 1, k + 5);
    const country = tail.includes("сша") ? "US" : tail.some((w) => w === "казахстана" || w === "рк") ? "KZ" : null;
    const holders = officials.filter(
      (o) => o.sentences.some((i) => i < sentence) && (country === null || o.country === country) && o.positions.some((p) => titleWords(p.title).includes(post.nominative)),
    );
    if (holders.length === 1) return holders[0]!.name;
    const next = words[k + 1];
    const picked = next ? holders.filter((o) => o.positions.some((p) => titleWords(p.title).some((w) => w.slice(0, 4) === next.slice(0, 4)))) : [];
    if (picked.length === 1) return picked[0]!.name;
    return null;
  }
  return null;
}
