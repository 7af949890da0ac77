import type { ArticleOut, MeetingOut } from "../types";
import { add, figures, zero, type Counts, type Figures } from "./counts";
import { matchMeetings } from "./match-meetings";
import { nullableKey, textKey } from "./normalise";

export const CATEGORIES = [
  "officials",
  "positions",
  "meetings",
  "kinds",
  "statuses",
  "dates",
  "places",
  "topics",
  "titles",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type CategoryCounts = Record<Category, Counts>;

export interface ArticleScore {
  file: string;
  counts: CategoryCounts;
  /** "missing …" = expected but not produced (recall), "extra …" = produced but not expected (precision). */
  issues: string[];
  /** Indexes of the expected meetings a predicted one matched. */
  matchedExpected: number[];
}

export interface EvalReport {
  articles: ArticleScore[];
  totals: Record<Category, Figures>;
}

const emptyCounts = (): CategoryCounts =>
  Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as CategoryCounts;

/** Set comparison on normalised keys; the issue text shows the first original spelling seen. */
function compareSets(predicted: string[], expected: string[], label: string, issues: string[]): Counts {
  const p = new Map(predicted.map((v) => [textKey(v), v]));
  const e = new Map(expected.map((v) => [textKey(v), v]));
  const c = zero();
  for (const [key, value] of e) {
    if (p.has(key)) c.tp += 1;
    else {
      c.fn += 1;
      issues.push(`missing ${label}: ${value}`);
    }
  }
  for (const [key, value] of p) {
    if (!e.has(key)) {
      c.fp += 1;
      issues.push(`extra ${label}: ${value}`);
    }
  }
  return c;
}

/** A single-valued fact: a wrong value is both a false positive and a miss; null vs null is not scored. */
function compareSlot(predicted: string | null, expected: string | null, label: string, issues: string[]): Counts {
  const c = zero();
  const p = nullableKey(predicted);
  const e = nullableKey(expected);
  if (p === e) {
    if (e !== null) c.tp += 1;
    return c;
  }
  if (p !== null) c.fp += 1;
  if (e !== null) c.fn += 1;
  issues.push(`${label}: got ${predicted ?? "null"}, want ${expected ?? "null"}`);
  return c;
}

const positionKeys = (a: ArticleOut): string[] =>
  a.officials.filter((o) => o.position !== null).map((o) => `${o.name} — ${o.position ?? ""}`);

const describeMeeting = (m: MeetingOut): string =>
  `${m.kind}/${m.status} ${m.date ?? "no date"} ${m.place ?? "no place"} [${m.participants.map((p) => p.name).join(", ")}]`;

function scoreTitle(predicted: ArticleOut, expected: ArticleOut, issues: string[]): Counts {
  // A derived title is the importer's own wording: only the "derived" flag is judged, never its text.
  if (expected.titleDerived) {
    if (predicted.titleDerived) return { tp: 1, fp: 0, fn: 0 };
    issues.push(`title: got a title line "${predicted.title ?? "null"}", want a derived title`);
    return { tp: 0, fp: 1, fn: 1 };
  }
  return compareSlot(predicted.titleDerived ? null : predicted.title, expected.title, "title", issues);
}

export function scoreArticle(predicted: ArticleOut, expected: ArticleOut): ArticleScore {
  const counts = emptyCounts();
  const issues: string[] = [];
  counts.titles = scoreTitle(predicted, expected, issues);
  counts.officials = compareSets(
    predicted.officials.map((o) => o.name),
    expected.officials.map((o) => o.name),
    "official",
    issues,
  );
  counts.positions = compareSets(positionKeys(predicted), positionKeys(expected), "position", issues);
  add(counts.dates, compareSlot(predicted.publishedOn, expected.publishedOn, "publishedOn", issues));
  add(counts.places, compareSlot(predicted.dateline, expected.dateline, "dateline", issues));
  add(counts.topics, compareSets(predicted.topics, expected.topics, "article topic", issues));

  const pairs = matchMeetings(predicted.meetings, expected.meetings);
  const matchedP = new Set(pairs.map((p) => p.predicted));
  const matchedE = new Set(pairs.map((p) => p.expected));
  counts.meetings = { tp: pairs.length, fp: predicted.meetings.length - pairs.length, fn: expected.meetings.length - pairs.length };
  expected.meetings.forEach((m, i) => {
    if (!matchedE.has(i)) issues.push(`missing meeting: ${describeMeeting(m)}`);
  });
  predicted.meetings.forEach((m, i) => {
    if (!matchedP.has(i)) issues.push(`extra meeting: ${describeMeeting(m)}`);
  });
  // Kind and status are judged over all meetings, so an unmatched meeting costs here too.
  counts.kinds = { tp: 0, fp: predicted.meetings.length, fn: expected.meetings.length };
  counts.statuses = { tp: 0, fp: predicted.meetings.length, fn: expected.meetings.length };
  for (const pair of pairs) {
    const p = predicted.meetings[pair.predicted];
    const e = expected.meetings[pair.expected];
    if (!p || !e) continue;
    const label = `meeting #${pair.expected + 1}`;
    for (const [category, got, want] of [
      ["kinds", p.kind, e.kind],
      ["statuses", p.status, e.status],
    ] as const) {
      if (got === want) {
        counts[category].tp += 1;
        counts[category].fp -= 1;
        counts[category].fn -= 1;
      } else issues.push(`${label} ${category === "kinds" ? "kind" : "status"}: got ${got}, want ${want}`);
    }
    add(counts.dates, compareSlot(p.date, e.date, `${label} date`, issues));
    add(counts.places, compareSlot(p.place, e.place, `${label} place`, issues));
    add(counts.topics, compareSets(p.topics, e.topics, `${label} topic`, issues));
  }
  return { file: expected.file, counts, issues, matchedExpected: [...matchedE].sort((a, b) => a - b) };
}

/** Of the meetings matched, how many got the right kind and status: the statuses and kinds rows judge
 *  every meeting (a miss costs there too, so they can never pass the meetings row); this says how
 *  well a found meeting is read, as positions say how well a found person is. */
export interface MatchedAccuracy {
  matched: number;
  kinds: number;
  statuses: number;
}

export function matchedAccuracy(totals: Record<Category, Counts>): MatchedAccuracy {
  return { matched: totals.meetings.tp, kinds: totals.kinds.tp, statuses: totals.statuses.tp };
}

export function aggregate(articles: ArticleScore[]): EvalReport {
  const sum = emptyCounts();
  for (const a of articles) for (const c of CATEGORIES) add(sum[c], a.counts[c]);
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, figures(sum[c])])) as Record<Category, Figures>;
  return { articles, totals };
}
