import type { ExpectedArticle } from "./article-out-schema";
import { add, figures, zero, type Counts, type Figures } from "./counts";
import type { ArticleScore } from "./score";

/** The kinds of Russian grammar the importer must read (issue 14), as fixtures tag them. */
export const CONSTRUCTIONS: Readonly<Record<number, string>> = {
  1: "event noun as subject",
  2: "host in «у» + genitive",
  3: "passive, ceremonies",
  4: "participles, gerunds",
  5: "lists, plural titles",
  6: "planned, announcements",
  7: "video, online, receptions",
  8: "background, third countries",
  9: "non-officials, name forms",
  10: "no country named",
};

export interface ConstructionRow {
  id: number;
  name: string;
  articles: number;
  /** Expected meetings reported through this construction, and how many were found. */
  meetings: number;
  found: number;
  /** Meetings and officials over the articles that exercise it (precision traps included). */
  meetingFigures: Figures;
  officialFigures: Figures;
}

/** One row per construction: recall of the meetings it reports, and meetings / officials F1 over the
 *  articles that use it. Articles without tags (the older fixtures) count in no row. */
export function constructionTable(scores: readonly ArticleScore[], expected: readonly ExpectedArticle[]): ConstructionRow[] {
  return Object.entries(CONSTRUCTIONS).map(([key, name]) => {
    const id = Number(key);
    let articles = 0;
    let meetings = 0;
    let found = 0;
    const meetingCounts: Counts = zero();
    const officialCounts: Counts = zero();
    expected.forEach((article, k) => {
      const score = scores[k];
      if (!score) return;
      const tagged = article.meetings.flatMap((m, i) => (m.constructions?.includes(id) ? [i] : []));
      meetings += tagged.length;
      found += tagged.filter((i) => score.matchedExpected.includes(i)).length;
      if (!article.constructions?.includes(id) && tagged.length === 0) return;
      articles += 1;
      add(meetingCounts, score.counts.meetings);
      add(officialCounts, score.counts.officials);
    });
    return { id, name, articles, meetings, found, meetingFigures: figures(meetingCounts), officialFigures: figures(officialCounts) };
  });
}
