import { CURATED_OFFICIALS } from "../people/data/curated-officials";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";

/** Every year of each person's terms, ascending: a Secretary of State who came back as an envoy years
 *  later (`Джон Керри` 2013–2017, 2021–2024) is not in office between the two. */
const YEARS_OF = new Map(
  CURATED_OFFICIALS.flatMap((o) => (o.terms ? [[o.name, o.terms.flatMap(([a, b]) => span(a, b))] as const] : [])),
);
/** The days the capital was called Nur-Sultan (from 23 March 2019; Astana again from 17 September 2022). */
export const NUR_SULTAN_DAYS = { from: "2019-03-23", until: "2022-09-17" } as const;
const NUR_SULTAN = span(Number(NUR_SULTAN_DAYS.from.slice(0, 4)), Number(NUR_SULTAN_DAYS.until.slice(0, 4)));

function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The years a story can be from, ascending, judged by who is named in office and what the capital is
 *  called (`Госсекретарь Джон Керри` 2013–2017 or 2021–2024, `Нур-Султан` 2019–2022): the years every
 *  clue allows, or all but one (two at least agreeing), or null when nothing is known or the clues
 *  disagree more. With a weekday and a day it dates
 *  an undated story. */
export function eraOf(officials: readonly string[], texts: readonly string[], mentioned: Pick<MentionedYears, "years" | "ahead">): readonly number[] | null {
  // The story is no earlier than the latest year it reports: someone out of office by then (`в 2002 году
  // Каримов …`) is named as history and says nothing of when it was written.
  const latest = latestReportedYear(mentioned) ?? -Infinity;
  const clues: (readonly number[])[] = officials.flatMap((name) => {
    const years = YEARS_OF.get(name);
    return years && (years.at(-1) ?? -Infinity) >= latest ? [years] : [];
  });
  // `НУР-СУЛТАН, 14 октября –`: datelines set the name in capitals.
  if (texts.some((t) => /Нур-Султан|НУР-СУЛТАН/u.test(t))) clues.push(NUR_SULTAN);
  if (clues.length === 0) return null;
  // The years the most clues allow: all of them, or all but one — one person's term missing from the
  // table or one post it lacks (`Блинкен` as deputy national security adviser) should not undo the rest.
  const votes = new Map<number, number>();
  for (const c of clues) for (const y of new Set(c)) votes.set(y, (votes.get(y) ?? 0) + 1);
  const most = Math.max(...votes.values());
  if (most < clues.length - 1 || (most < clues.length && most < 2)) return null;
  return [...votes].filter(([, n]) => n === most).map(([y]) => y).sort((a, b) => a - b);
}
