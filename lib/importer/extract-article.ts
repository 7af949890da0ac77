import { mentionedYears, findPublicationDate, newsDayOfPage } from "./extract/dates";
import { eraOf } from "./extract/dates/era";
import { extractMeetings } from "./extract/meetings";
import { extractPeople, loadPeopleLanguage } from "./extract/people";
import { mergeDuplicateMeetings } from "./merge-duplicate-meetings";
import { parseArticle } from "./parse";
import { collectTopics, matchTopics, topicText } from "./topics";
import type { ArticleOut, Extraction, MeetingFull } from "./types";

export { UnreadableArticleError } from "./parse";

let loaded: Promise<void> | null = null;

/** Loads the dictionaries extraction needs (people/'s morphology). Call once before `extractArticle`;
 *  later calls return the same promise. */
export function loadImporterLanguage(): Promise<void> {
  loaded ??= loadPeopleLanguage();
  return loaded;
}

/** One article's text or bytes → everything the archive stores about it. Pure and synchronous once
 *  `loadImporterLanguage()` has resolved. Throws `UnreadableArticleError` for what is not an article
 *  of the genre. `file` is only carried for error messages by callers; the text decides the rest. */
export function extractArticle(input: string | Uint8Array, file: string): Extraction {
  void file;
  const parsed = parseArticle(input);
  const { article, sentences } = parsed;
  const texts = sentences.map((s) => s.text);
  const people = extractPeople(sentences);
  const years = mentionedYears(texts);
  // The dateline's city is read off the text, so its name (`НУР-СУЛТАН. 17 апреля. …`) is a clue too.
  const datelineCity = parsed.datelineString?.place ?? article.datelinePlace ?? null;
  const era = eraOf(people.officials.map((o) => ({ name: o.name, title: o.positions[0]?.title ?? null })), texts, years, datelineCity);
  const newsDay = newsDayOfPage(article.publishedOn, parsed.datelineString);
  const published = findPublicationDate(article.publishedOn, parsed.datelineString, texts, { ...years, era });
  article.publishedOn = published.date;
  article.publishedOnSource = published.source;

  const titles = [
    ...people.mentions.flatMap((m) => (m.titleStart !== undefined && m.titleEnd !== undefined ? [{ sentence: m.sentence, start: m.titleStart, end: m.titleEnd }] : [])),
    ...people.unheldPosts,
  ];
  const topicTexts = topicText(sentences, titles);
  const perSentence = topicTexts.map(matchTopics);
  const stretchTopics = new Map<string, string[]>();
  const headingParagraphs = new Set(parsed.headings);
  const headingSentences = new Set(
    sentences.flatMap((s, i) => (s.part === "body" && headingParagraphs.has(s.paragraph) ? [i] : [])),
  );
  const meetings = extractMeetings({
    sentences,
    headingSentences,
    mentions: people.mentions.map((m) => ({
      name: m.official,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      grammaticalCase: m.grammaticalCase,
      possibleCases: m.possibleCases,
      ...(m.preposition ? { preposition: m.preposition } : {}),
    })),
    officials: people.officials,
    topics: perSentence,
    topicsIn: (sentence, from, to) => {
      // The same stretch is asked for by every meeting a sentence tells: matched once per article.
      const key = `${sentence}:${from}:${to}`;
      let found = stretchTopics.get(key);
      if (!found) stretchTopics.set(key, (found = matchTopics(topicTexts[sentence]?.slice(from, to) ?? "")));
      return found;
    },
    // Meetings are told from the day of the news: a page's own dateline, when it gives an earlier day.
    publishedOn: newsDay ?? article.publishedOn,
    publishedOnSource: newsDay ? "dateline" : article.publishedOnSource,
    datelinePlace: article.datelinePlace,
  });
  return {
    article,
    sentences,
    officials: people.officials,
    meetings: mergeDuplicateMeetings(meetings),
    topics: collectTopics(perSentence, sentences.keys()),
  };
}

function evidenceSentences(x: Extraction, m: MeetingFull): string[] {
  const indexes = [...new Set(m.evidence.map((e) => e.sentence))].sort((a, b) => a - b);
  return indexes.map((i) => x.sentences[i]?.text ?? "").filter((t) => t !== "");
}

/** The public JSON shape of DESIGN.md (`import --dry-run --json`), nothing more. */
export function toArticleOut(file: string, x: Extraction): ArticleOut {
  return {
    file,
    title: x.article.title,
    titleDerived: x.article.titleDerived,
    publishedOn: x.article.publishedOn,
    dateline: x.article.datelinePlace,
    source: x.article.source,
    ...(x.article.url ? { url: x.article.url } : {}),
    ...(x.article.outlet ? { outlet: x.article.outlet } : {}),
    officials: x.officials.map((o) => ({
      name: o.name,
      nameLatin: o.nameLatin,
      position: o.positions[0]?.title ?? null,
      country: o.country ?? o.positions[0]?.country ?? null,
    })),
    meetings: x.meetings.map((m) => ({
      kind: m.kind,
      status: m.status,
      date: m.date,
      place: m.place,
      participants: m.participants.map((p) => ({ name: p.name, position: p.position, country: p.country })),
      topics: m.topics,
      evidence: evidenceSentences(x, m),
    })),
    topics: x.topics.map((t) => t.slug),
  };
}
