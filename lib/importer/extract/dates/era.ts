import { CURATED_OFFICIALS, type CuratedOfficial } from "../people/data/curated-officials";
import { titleWords } from "../people/position-key";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";

/** A person the story names, with the title it gives them (their first position's, in the
 *  nominative: `министр иностранных дел Казахстана`), when it gives one. */
export interface NamedOfficial {
  name: string;
  title?: string | null;
}

/** A title phrase of `CuratedPost.titles`, split once: runs of words that follow one another, in order,
 *  with anything between runs; `stem` words match any word they begin. */
interface Phrase {
  runs: readonly (readonly { word: string; stem: boolean }[])[];
  excludes: boolean;
}
interface Post {
  phrases: readonly Phrase[];
  years: readonly number[];
}
interface Career {
  /** Every year of the person's terms, ascending: a Secretary of State who came back as an envoy years
   *  later (`Джон Керри` 2013–2017, 2021–2024) is not in office between the two. */
  years: readonly number[];
  posts: readonly Post[];
}

const CAREERS = new Map(
  CURATED_OFFICIALS.flatMap((o) => (o.terms ? [[o.name, { years: yearsOf(o.terms), posts: (o.posts ?? []).map(compilePost) }] as const] : [])),
);
/** The days the capital was called Nur-Sultan (from 23 March 2019; Astana again from 17 September 2022). */
export const NUR_SULTAN_DAYS = { from: "2019-03-23", until: "2022-09-17" } as const;
const NUR_SULTAN = span(Number(NUR_SULTAN_DAYS.from.slice(0, 4)), Number(NUR_SULTAN_DAYS.until.slice(0, 4)));
/** The years the capital was called Astana some of the time (from 6 May 1998, and again from 2022). */
const THIS_YEAR = new Date().getUTCFullYear();
const ASTANA = [...span(1998, Number(NUR_SULTAN_DAYS.from.slice(0, 4))), ...span(Number(NUR_SULTAN_DAYS.until.slice(0, 4)), THIS_YEAR + 1)];
/** A title looking back (`бывший премьер-министр`, `тогдашний госсекретарь`) names a post the person no
 *  longer holds when the story is written. */
const LOOKING_BACK = new Set(["бывший", "бывшая", "тогдашний", "тогдашняя", "прежний", "прежняя", "предыдущий", "предыдущая", "экс"]);

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function yearsOf(ranges: readonly (readonly [number, number])[]): number[] {
  return [...new Set(ranges.flatMap(([a, b]) => span(a, b)))].sort((a, b) => a - b);
}

function compilePost(post: NonNullable<CuratedOfficial["posts"]>[number]): Post {
  const phrases = post.titles.map((text): Phrase => {
    const excludes = text.startsWith("!");
    const runs = (excludes ? text.slice(1) : text)
      .split("…")
      .map((run) => wordsOf(run).map((w) => (w.endsWith("*") ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false })))
      .filter((run) => run.length > 0);
    return { runs, excludes };
  });
  return { phrases, years: yearsOf(post.years) };
}

/** A title's words as position keys read them, commas and full stops dropped too, any dash written `–`. */
function wordsOf(text: string): string[] {
  return titleWords(text.replace(/[,.]/g, " ")).map((w) => (/^[-–—]+$/.test(w) ? "–" : w));
}

function occurs(phrase: Phrase, words: readonly string[]): boolean {
  let from = 0;
  for (const run of phrase.runs) {
    let found = -1;
    for (let i = from; i + run.length <= words.length && found < 0; i++) {
      if (run.every((r, k) => (r.stem ? (words[i + k] ?? "").startsWith(r.word) : words[i + k] === r.word))) found = i;
    }
    if (found < 0) return false;
    from = found + run.length;
  }
  return true;
}

function looksBack(title: string | null | undefined): boolean {
  return !!title && wordsOf(title).some((w) => LOOKING_BACK.has(w) || w.startsWith("экс-"));
}

/** The years of the one post the title names, or null when it names none of the person's posts, or
 *  several. */
function postYears(career: Career, title: string | null | undefined): readonly number[] | null {
  if (!title || career.posts.length === 0) return null;
  const words = wordsOf(title);
  const named = career.posts.filter(
    (p) => p.phrases.some((ph) => !ph.excludes && occurs(ph, words)) && !p.phrases.some((ph) => ph.excludes && occurs(ph, words)),
  );
  return named.length === 1 ? (named[0]?.years ?? null) : null;
}

/** The years a story can be from, ascending, judged by who is named in office and what the capital is
 *  called (`Госсекретарь Джон Керри` 2013–2017 or 2021–2024, `Нур-Султан` 2019–2022): the years every
 *  clue allows, or all but one (two at least agreeing), or null when nothing is known or the clues
 *  disagree more. A person's clue is the post their title names when the table knows it (`министр
 *  иностранных дел Касым-Жомарт Токаев`: 1994–1999, 2002–2007), else all their terms. With a weekday
 *  and a day it dates an undated story. */
export function eraOf(officials: readonly NamedOfficial[], texts: readonly string[], mentioned: Pick<MentionedYears, "years" | "ahead">, datelineCity: string | null = null): readonly number[] | null {
  // The story is no earlier than the latest year it reports: someone out of office by then (`в 2002 году
  // Каримов …`) is named as history and says nothing of when it was written.
  const latest = latestReportedYear(mentioned) ?? -Infinity;
  const clues: (readonly number[])[] = officials.flatMap(({ name, title }) => {
    const career = CAREERS.get(name);
    if (!career) return [];
    // `бывшему сенатору Сэму Нанну`: one out of office by then says only that the story is no earlier than
    // their first term, not that it falls in their terms.
    if (looksBack(title)) return [span(career.years[0] ?? THIS_YEAR, THIS_YEAR + 1)];
    // A post that ended before the latest year the story reports (`министр иностранных дел Токаев`
    // beside the 2009 OSCE chairmanship it seeks) may be what the story looks ahead from: the whole
    // terms then, as for a title naming no post.
    const post = postYears(career, title);
    const years = post && (post.at(-1) ?? -Infinity) >= latest ? post : career.years;
    return (years.at(-1) ?? -Infinity) >= latest ? [years] : [];
  });
  // `НУР-СУЛТАН, 14 октября –`: datelines set the name in capitals.
  if (/^нур-султан$/iu.test(datelineCity ?? "") || texts.some((t) => /Нур-Султан|НУР-СУЛТАН/u.test(t))) clues.push(NUR_SULTAN);
  // `АСТАНА, 17 ноября. /ТАСС/.`: a dateline names the capital as it was called that day. Most years had
  // that name, so it only narrows what the people in office allow.
  else if (clues.length > 0 && /^астана$/iu.test(datelineCity ?? "")) clues.push(ASTANA);
  if (clues.length === 0) return null;
  // The years the most clues allow: all of them, or all but one — one person's term missing from the
  // table or one post it lacks (`Блинкен` as deputy national security adviser) should not undo the rest.
  const votes = new Map<number, number>();
  for (const c of clues) for (const y of new Set(c)) votes.set(y, (votes.get(y) ?? 0) + 1);
  const most = Math.max(...votes.values());
  if (most < clues.length - 1 || (most < clues.length && most < 2)) return null;
  return [...votes].filter(([, n]) => n === most).map(([y]) => y).sort((a, b) => a - b);
}
