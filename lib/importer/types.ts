/**
 * The importer's output contract (DESIGN.md, `import --dry-run --json`). Pure data: parse/ and extract/
 * produce it from text, the writer stores it. Field names are part of a public contract; keep them stable.
 */

export type CountryCode = string; // ISO 3166-1 alpha-2: "KZ", "US", …

export type MeetingKind = "meeting" | "talks" | "conference" | "visit" | "call" | "signing";
export type MeetingStatus = "held" | "planned";
export type DatePrecision = "day" | "month" | "year";
/** How a date was obtained: a ` date ` header line, a weekday + day inferred to a year, a dateline
 *  string, an explicit date in the text, a relative phrase resolved against publication, or an editor. */
export type DateSource = "header" | "weekday" | "dateline" | "explicit" | "relative" | "editor";

export interface ParticipantOut {
  name: string;
  position: string | null;
  country: CountryCode | null;
}

export interface OfficialOut extends ParticipantOut {
  nameLatin: string | null;
}

export interface MeetingOut {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null; // YYYY-MM-DD (first day of the month/year when precision is coarser)
  place: string | null;
  participants: ParticipantOut[];
  topics: string[]; // topic slugs
  evidence: string[]; // sentences, verbatim from the article
}

export interface ArticleOut {
  file: string;
  title: string | null;
  titleDerived: boolean;
  publishedOn: string | null;
  dateline: string | null;
  source: string | null;
  /** Present when known (DESIGN.md allows added fields). */
  url?: string;
  outlet?: string;
  officials: OfficialOut[];
  meetings: MeetingOut[];
  topics: string[];
}

export interface ImportError {
  file: string;
  message: string;
}

export interface DryRunOutput {
  articles: ArticleOut[];
  errors: ImportError[];
}

/* ---- The richer extraction the writer stores; `toArticleOut` projects it onto the contract above. ---- */

export type FactKind = "official" | "position" | "participant" | "kind" | "status" | "date" | "place" | "topic";

/** One sentence of the article. `part` says where it stands; `paragraph` indexes `ParsedArticle.paragraphs`
 *  for body sentences (0 for title and lead); `start` is its character offset inside that paragraph. */
export interface Sentence {
  part: "title" | "lead" | "body";
  paragraph: number;
  start: number;
  text: string;
}

export interface ParsedArticle {
  title: string | null;
  titleDerived: boolean;
  lead: string | null;
  paragraphs: string[];
  datelinePlace: string | null; // nominative, capitalised: "Вашингтон"
  publishedOn: string | null; // YYYY-MM-DD
  publishedOnSource: DateSource | null;
  source: string | null;
  photoCredit: string | null;
  url: string | null; // the original page, from a ` url ` header, the editor or the page fetched
  outlet: string | null; // the site that published it (not the body it quotes: that is `source`)
  fetchedAt: string | null; // ISO timestamp when the archive fetched the page itself
  rawText: string; // as read, after BOM/CRLF normalisation
  contentHash: string; // sha256 hex of rawText
}

export interface PositionFull {
  title: string; // nominative, as the press writes it: "первый заместитель госсекретаря США"
  key: string; // canonical post, equal for synonyms: "министр иностранных дел казахстана"
  country: CountryCode | null;
  sentences: number[]; // indexes into Extraction.sentences
}

export interface OfficialFull {
  name: string; // canonical nominative Russian
  nameLatin: string | null;
  country: CountryCode | null;
  forms: string[]; // every case form and spelling variant, for search
  positions: PositionFull[];
  sentences: number[]; // where the person is mentioned
}

export interface EvidenceRef {
  fact: FactKind;
  sentence: number; // index into Extraction.sentences
  official?: string; // canonical name, for participant/position facts
  topic?: string; // slug, for topic facts
}

export interface MeetingFull {
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateSource: DateSource | null;
  place: string | null;
  participants: ParticipantOut[];
  topics: string[];
  summary: string | null;
  evidence: EvidenceRef[];
}

export interface TopicHit {
  slug: string;
  sentences: number[];
}

export interface Extraction {
  article: ParsedArticle;
  sentences: Sentence[];
  officials: OfficialFull[];
  meetings: MeetingFull[];
  topics: TopicHit[];
}
