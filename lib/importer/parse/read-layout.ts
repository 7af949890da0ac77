import { readDatedCapitalsLine, readDatelineString, type DatelineString } from "./dateline-string";
import { isByline, isPhotoCaption, readBoilerplate, readPhotoCredit } from "./noise-lines";
import { isCapsDatelineLine, titleCasePlace } from "./place-case";
import { readProvenanceHeader, type ProvenanceHeader } from "./provenance-header";
import { UnreadableArticleError } from "./unreadable-article-error";

export interface Layout {
  title: string | null;
  lead: string | null;
  paragraphs: string[];
  headings: number[];
  headerDate: string | null;
  datelinePlace: string | null;
  datelineString: DatelineString | null;
  agency: string | null;
  photoCredit: string | null;
  provenance: ProvenanceHeader | null;
}

/** ` date ` and a token that starts with a digit: a header, whether or not that token is a valid date. */
const PAGE_HEADER = /^date\s+(\d\S*)(?:\s+|$)/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The header's date as stored, or a refusal: `2026-02-30` would pass a pattern and then fail the
 *  database's date column, after a dry run had accepted it. */
function headerDateOf(value: string): string {
  const [, y, m, d] = ISO_DATE.exec(value) ?? [];
  const date = new Date(`${value}T00:00:00Z`);
  const valid =
    y !== undefined && Number(y) >= 1900 && Number(y) <= 2100 && !Number.isNaN(date.getTime()) &&
    date.getUTCMonth() + 1 === Number(m) && date.getUTCDate() === Number(d);
  if (!valid) throw new UnreadableArticleError(`the date header "${value}" is not a calendar date (YYYY-MM-DD, years 1900–2100)`, { kind: "header-date", value });
  return value;
}
/** Closing quotes do not count: titles often end with a name in quotes (`… в формате «С5+1»`). */
const ENDS_SENTENCE = /[.!?…:;)]$/;

/** A title or inner heading: short, and not closed like a sentence. */
function isHeadingLike(line: string): boolean {
  return line.length <= 220 && !ENDS_SENTENCE.test(line);
}

const LIST_ITEM_LINE = /\n(?=[ \t]*[–—-][ \t])/;

/** Page layout paragraphs are separated by blank lines; wire layout is one paragraph per line. Lines
 *  inside a page-layout block are re-joined because some sites hard-wrap — except the items of a list,
 *  each on a line opened by a dash (`– 22 февраля в Хьюстоне – встреча с …`), which are paragraphs of
 *  their own. */
function toParagraphs(body: string, blankLineSeparated: boolean): string[] {
  const blocks = blankLineSeparated ? body.split(/\n\s*\n/).flatMap((b) => b.split(LIST_ITEM_LINE).map((item) => item.replace(/\n/g, " "))) : body.split("\n");
  return blocks.map((b) => b.trim()).filter((b) => b !== "");
}

/** `ВАШИНГТОН`, or with the day of filing: `АСТАНА, 9 декабря.` — the wire's capitals line, or null. */
function capitalsLine(line: string | undefined): { place: string; dated: DatelineString | null } | null {
  if (line === undefined) return null;
  if (isCapsDatelineLine(line)) return { place: titleCasePlace(line), dated: null };
  const dated = readDatedCapitalsLine(line);
  return dated ? { place: dated.place, dated } : null;
}

/** Recognises the optional ` url ` provenance line, then the wire layout (title / lead / CAPS dateline / paragraphs / footer) and the page layout
 *  (` date YYYY-MM-DD ` + paragraphs + photo credit), then strips what is metadata, not body text. */
export function readLayout(input: string): Layout {
  const { header: provenance, rest: text } = readProvenanceHeader(input);
  const header = PAGE_HEADER.exec(text);
  const headerDate = header?.[1] !== undefined ? headerDateOf(header[1]) : null;
  const rest = header ? text.slice(header[0].length) : text;
  const isPage = header !== null;
  let lines = toParagraphs(rest, isPage && /\n\s*\n/.test(rest));

  let title: string | null = null;
  let lead: string | null = null;
  let datelinePlace: string | null = null;
  let datedLine: DatelineString | null = null;
  const first = lines[0];
  if (first !== undefined && lines.length > 1 && isHeadingLike(first) && !readDatelineString(first)) {
    title = first;
    lines = lines.slice(1);
    const [second, third] = lines;
    const underTitle = capitalsLine(second);
    const underLead = underTitle || second === undefined ? null : capitalsLine(third);
    const capitals = underTitle ?? underLead;
    if (capitals) {
      datelinePlace = capitals.place;
      datedLine = capitals.dated;
      if (underLead) lead = second ?? null;
      lines = lines.slice(underLead ? 2 : 1);
    } else if (second !== undefined && lines.length > 1 && isHeadingLike(second) && !isPage) {
      lead = second;
      lines = lines.slice(1);
    }
  }

  let agency: string | null = null;
  let photoCredit: string | null = null;
  const paragraphs: string[] = [];
  for (const line of lines) {
    const credit = readPhotoCredit(line);
    if (credit !== null) {
      photoCredit ??= credit;
      continue;
    }
    if (isPhotoCaption(line)) continue;
    const footer = readBoilerplate(line);
    if (footer !== null) {
      agency ??= footer.source;
      continue;
    }
    paragraphs.push(line);
  }

  // The reporter's signature under the story names no one it reports on.
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last !== undefined && isByline(last)) paragraphs.pop();

  const inFirstParagraph = paragraphs[0] !== undefined ? readDatelineString(paragraphs[0]) : null;
  const datelineString = inFirstParagraph ?? datedLine;
  if (inFirstParagraph && paragraphs[0] !== undefined) {
    paragraphs[0] = paragraphs[0].slice(inFirstParagraph.length).trim();
    datelinePlace ??= inFirstParagraph.place;
  }

  const headings = paragraphs.flatMap((p, i) => (i < paragraphs.length - 1 && isHeadingLike(p) ? [i] : []));
  return { title, lead, paragraphs, headings, headerDate, datelinePlace, datelineString, agency, photoCredit, provenance };
}
