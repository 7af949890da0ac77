import { CURATED_OFFICIALS } from "../people/data/curated-officials";
import { latestReportedYear, type MentionedYears } from "./mentioned-years";

const YEARS_OF = new Map(CURATED_OFFICIALS.flatMap((o) => (o.years ? [[o.name, o.years] as const] : [])));
/** The capital's name between March 2019 and September 2022. */
const NUR_SULTAN: readonly [number, number] = [2019, 2022];

/** The years a story can be from, judged by who is named in office and what the capital is called
 *  (`Госсекретарь Джон Керри` 2013–2017, `Нур-Султан` 2019–2022): the intersection of what is known,
 *  or null when nothing is or the clues disagree. With a weekday and a day it dates an undated story. */
export function eraOf(officials: readonly string[], texts: readonly string[], mentioned: Pick<MentionedYears, "years" | "ahead">): readonly [number, number] | null {
  let from = -Infinity;
  let to = Infinity;
  // The story is no earlier than the latest year it reports: someone out of office by then (`в 2002 году
  // Каримов …`) is named as history and says nothing of when it was written.
  const latest = latestReportedYear(mentioned) ?? -Infinity;
  const spans: (readonly [number, number])[] = officials.flatMap((name) => {
    const years = YEARS_OF.get(name);
    return years && years[1] >= latest ? [years] : [];
  });
  if (texts.some((t) => t.includes("Нур-Султан"))) spans.push(NUR_SULTAN);
  if (spans.length === 0) return null;
  for (const [a, b] of spans) {
    from = Math.max(from, a);
    to = Math.min(to, b);
  }
  return from <= to ? [from, to] : null;
}
