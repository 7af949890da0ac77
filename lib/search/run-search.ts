import type { Tx } from "@/lib/db";
import type { MeetingKind, MeetingStatus } from "@/lib/generated/prisma/enums";
import { SEARCH_PAGE_SIZE, type SearchParams } from "@/lib/validation/search-params";
import { buildTsquery, type WordAnalysis } from "./build-tsquery";
import { roughly } from "./estimate";
import { candidatePattern, findCandidates, highlighter, type Segment } from "./highlight";
import { parseQuery, queryWords } from "./parse-query";
import { fold } from "@/lib/text/fold";
import { lookUp, type AnalysedWord, type SearchCache } from "./search-cache";
import { wordForms } from "./word-forms";
import {
  MATCH_TUNING,
  matchIdsStatement,
  matchStatement,
  probeStatement,
  samplingFor,
  type MatchQuery,
  type MatchRow,
  type MatchTuning,
  type ProbeRow,
  type Sampling,
} from "./match-statement";
import { analyseStatement, cardsStatement, filtersStatement, lexemesStatement, pageStatement } from "./statements";

export interface HitMeeting {
  id: number;
  kind: MeetingKind;
  status: MeetingStatus;
  date: string | null;
  datePrecision: "day" | "month" | "year" | null;
  place: { ru: string; en: string | null } | null;
  participants: { slug: string; nameRu: string; nameLatin: string | null }[];
}

export interface SearchHit {
  slug: string;
  title: Segment[];
  date: string | null;
  source: string | null;
  snippet: Segment[];
  meetings: HitMeeting[];
}

export interface FacetValue {
  value: string;
  labelRu: string;
  labelEn: string;
  count: number;
  selected: boolean;
}

export type FacetName = "official" | "topic" | "source" | "year";

export interface SearchCard {
  kind: "official" | "topic";
  slug: string;
  labelRu: string;
  labelEn: string;
  country: string | null;
  /** The official's latest post. */
  detail: string | null;
  articles: number;
}

export interface SearchResult {
  params: SearchParams;
  /** The query as read (whitespace collapsed, cut at the cap) and whether it was cut. */
  query: { text: string; truncated: boolean };
  /** `empty`: nothing asked; `unsearchable`: the text has nothing to search for (only punctuation, stop words or exclusions). */
  status: "ok" | "empty" | "unsearchable";
  /** Estimated (from a sample) when `estimated`. */
  total: number;
  /**
   * More articles match than are read whole (lib/search/match-statement.ts): `total` and the facet counts
   * are estimates from a sample, and relevance orders `ranked` of the matches.
   */
  estimated: boolean;
  /** How many matches relevance ordered: null unless `estimated` and ordered by relevance. */
  ranked: number | null;
  pageCount: number;
  cards: SearchCard[];
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  /** Words read as an official's name they do not spell exactly: «Кошербаеф» as «Кошербаев». */
  readAs: { word: string; as: string }[];
  /** The filters in force, with labels; `known: false` for a slug or id the archive does not have. */
  filters: { facet: FacetName; value: string; labelRu: string; labelEn: string; known: boolean }[];
}

/** What one search will send to the database: built once, run by the app or by the benchmark. */
export interface SearchPlan {
  tsquery: string | null;
  /** The tsquery with phrases loosened to their words (see buildTsquery). */
  candidates: string | null;
  officialIds: number[];
  topicIds: number[];
  /** Officials the query names: their articles rank as high as a title hit. */
  nameOfficialIds: number[];
  cardOfficialIds: number[];
  /** Per word the query asks for (not the excluded ones): the lexemes to mark in titles and snippets. */
  highlight: string[][];
  result: Omit<SearchResult, "total" | "estimated" | "ranked" | "pageCount" | "cards" | "hits" | "facets">;
}

/** Where the statements go: `poolTx(db).rows` (lib/db), straight to the driver. */
type Query = Tx["rows"];

const MISSING = 0; // no row has id 0: a filter naming an unknown value matches nothing

/**
 * Reads the query and resolves the filters (two statements side by side). With a cache, only the words
 * it does not know yet are analysed.
 */
export async function planSearch(query: Query, params: SearchParams, cache?: SearchCache): Promise<SearchPlan> {
  const parsed = parseQuery(params.q);
  const words = queryWords(parsed);
  const { found: analysed, missing } = lookUp(cache?.words, words);
  const [rows, filterRows] = await Promise.all([
    missing.length
      ? query<AnalysedWord & { i: number }>(
          analyseStatement(missing, missing.flatMap((w, i) => wordForms(w).map((form) => ({ word: i + 1, form })))),
        )
      : [],
    params.official.length || params.topic.length || params.source !== undefined
      ? query<{ kind: "official" | "topic" | "source"; id: number; slug: string; labelRu: string; labelEn: string }>(
          filtersStatement(params.official, params.topic, params.source ?? null),
        )
      : [],
  ]);
  for (const { i, lexemes, officials } of rows) {
    const word = missing[i - 1] as string;
    analysed.set(word, { lexemes, officials });
    cache?.words.set(word, { lexemes, officials });
  }

  const analysis = new Map<string, WordAnalysis>();
  const cardOfficials = new Map<number, number>();
  const positive = new Set(parsed.all.flat().flatMap((t) => t.words));
  for (const [word, row] of analysed) {
    analysis.set(word, { lexemes: row.lexemes, nameLexemes: row.officials.flatMap((o) => o.lexemes ?? []) });
    if (positive.has(word)) for (const o of row.officials) cardOfficials.set(o.id, Math.max(o.score, cardOfficials.get(o.id) ?? 0));
  }

  const filters: SearchResult["filters"] = [];
  /** A filter in force, with its label, and its id (MISSING when the archive has no such value). */
  const resolve = (facet: "official" | "topic" | "source", value: string) => {
    const row = filterRows.find((r) => r.kind === facet && r.slug === value);
    filters.push({ facet, value, labelRu: row?.labelRu ?? value, labelEn: row?.labelEn ?? value, known: !!row });
    return row?.id ?? MISSING;
  };
  const officialIds = params.official.map((v) => resolve("official", v));
  const topicIds = params.topic.map((v) => resolve("topic", v));
  if (params.source !== undefined) resolve("source", String(params.source));
  if (params.year !== undefined) filters.push({ facet: "year", value: String(params.year), labelRu: String(params.year), labelEn: String(params.year), known: true });

  const tsquery = buildTsquery(parsed, analysis);
  const candidates = buildTsquery(parsed, analysis, false);
  const status = tsquery !== null || filters.length > 0 ? "ok" : parsed.text ? "unsearchable" : "empty";
  return {
    tsquery,
    candidates,
    officialIds,
    topicIds,
    nameOfficialIds: [...cardOfficials.keys()],
    cardOfficialIds: [...cardOfficials].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([id]) => id),
    highlight: words.filter((w) => positive.has(w)).map((w) => {
      const a = analysis.get(w);
      return a ? [...a.lexemes, ...a.nameLexemes] : [];
    }),
    result: { params, query: { text: parsed.text, truncated: parsed.truncated }, status, readAs: readAs(words.filter((w) => positive.has(w)), analysed), filters },
  };
}

/** Cyrillic words whose best reading is a name they misspell (the typo search allows); Latin spellings
 *  are transliterations, not typos, and a word that is itself a stored form says nothing. */
function readAs(words: string[], analysed: Map<string, AnalysedWord>): SearchResult["readAs"] {
  return words.flatMap((word) => {
    const best = analysed.get(word)?.officials[0];
    if (!best || /^[A-Za-z]+$/.test(word) || best.score >= 1 || fold(best.form) === fold(word)) return [];
    return [{ word, as: best.form }];
  });
}

function matchQuery(plan: SearchPlan): MatchQuery {
  const p = plan.result.params;
  return {
    tsquery: plan.tsquery,
    candidates: plan.candidates,
    nameOfficialIds: plan.nameOfficialIds,
    filters: { officialIds: plan.officialIds, topicIds: plan.topicIds, sourceId: p.source ?? null, year: p.year ?? null },
    sort: p.sort,
  };
}

/** The statements of a planned search that depend only on the plan: the probe and the cards, side by side. */
export function planStatements(plan: SearchPlan) {
  return { probe: probeStatement(matchQuery(plan)), cards: cardsStatement(plan.cardOfficialIds, plan.tsquery) };
}

/** The match statement, once the probe has said how much of the archive to read. */
export function matchStatementFor(plan: SearchPlan, sampling: Sampling, tuning: MatchTuning = MATCH_TUNING) {
  const p = plan.result.params;
  return matchStatement(matchQuery(plan), sampling, SEARCH_PAGE_SIZE, (p.page - 1) * SEARCH_PAGE_SIZE, tuning);
}

/**
 * Every match's id in the search's order (no page, no facets): what the exports stream. Ids only, so even
 * a search matching the whole archive holds a few bytes per article while the rows are read in batches.
 */
export async function listMatchIds(query: Query, params: SearchParams, cache?: SearchCache): Promise<number[]> {
  const plan = await planSearch(query, params, cache);
  if (plan.result.status !== "ok") return [];
  const rows = await query<{ id: number }>(matchIdsStatement(matchQuery(plan)));
  return rows.map((r) => r.id);
}

type PageRow = { id: number; slug: string; title: string; lead: string | null; body: string; date: string | null; source: string | null; meetings: HitMeeting[] };

/**
 * The page's titles and snippets, marked where they hold a word the query asks for: the candidate words
 * (a pattern of the query's lexemes) stemmed by the database in one statement, none when no word can match
 * or the cache knows them all.
 */
async function markedTexts(
  query: Query,
  terms: string[][],
  rows: PageRow[],
  cache: SearchCache | undefined,
): Promise<Map<number, { title: Segment[]; snippet: Segment[] }>> {
  const pattern = candidatePattern(terms.flat());
  const texts = rows.map((r) => {
    const text = r.lead ? `${r.lead}\n${r.body}` : r.body;
    return { id: r.id, title: r.title, titleWords: findCandidates(pattern, r.title), text, textWords: findCandidates(pattern, text) };
  });
  const { found: stems, missing } = lookUp(cache?.stems, texts.flatMap((t) => [...t.titleWords, ...t.textWords].map((c) => c.word)));
  for (const { word, lexemes } of missing.length ? await query<{ word: string; lexemes: string[] }>(lexemesStatement(missing)) : []) {
    stems.set(word, lexemes);
    cache?.stems.set(word, lexemes);
  }
  const marks = highlighter(terms, stems);
  return new Map(texts.map((t) => [t.id, { title: marks.all(t.title, t.titleWords), snippet: marks.snippet(t.text, t.textWords) }]));
}

/**
 * One search: 2 statements side by side, then 2, then the match, the page, and the stems of the words
 * to mark: seven statements at most, whatever the page or the archive size; five when the cache knows
 * every word.
 */
export async function runSearch(
  query: Query,
  params: SearchParams,
  { tuning = MATCH_TUNING, cache }: { tuning?: MatchTuning; cache?: SearchCache } = {},
): Promise<SearchResult> {
  const plan = await planSearch(query, params, cache);
  const emptyFacets = { official: [], topic: [], source: [], year: [] };
  if (plan.result.status !== "ok") return { ...plan.result, total: 0, estimated: false, ranked: null, pageCount: 0, cards: [], hits: [], facets: emptyFacets };

  const statements = planStatements(plan);
  const [[probe], cards] = await Promise.all([
    query<ProbeRow>(statements.probe),
    plan.tsquery !== null ? query<SearchCard & { n: number }>(statements.cards) : [],
  ]);
  const sampling = samplingFor(probe ?? { candidates: 0, heads: 0 }, tuning);
  const [match] = await query<MatchRow>(matchStatementFor(plan, sampling, tuning));
  if (!match) throw new Error("the match statement returned no row");
  const pageRows = match.ids.length ? await query<PageRow>(pageStatement(match.ids)) : [];
  const marked = await markedTexts(query, plan.highlight, pageRows, cache);

  const byId = new Map(pageRows.map((r) => [r.id, r]));
  const hits = match.ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { title, snippet } = marked.get(id)!;
    return [{ slug: r.slug, title, date: r.date, source: r.source, snippet, meetings: r.meetings }];
  });

  const p = plan.result.params;
  // A sample's counts, scaled to the archive (one article in `rate` was read) and rounded to the two
  // figures a sample of a few hundred can vouch for.
  const scale = (n: number) => (sampling.exact ? n : roughly(n * sampling.rate));
  const total = scale(match.matched);
  const facet = (name: FacetName, values: Omit<FacetValue, "selected">[], selected: string[]): FacetValue[] => {
    const out = values.map((v) => ({ ...v, count: scale(v.count), selected: selected.includes(v.value) }));
    // A filter in force always shows (it holds for every match), even outside the top ten.
    for (const f of plan.result.filters) {
      if (f.facet === name && !out.some((v) => v.value === f.value)) out.unshift({ value: f.value, labelRu: f.labelRu, labelEn: f.labelEn, count: total, selected: true });
    }
    return out;
  };
  const ranked = sampling.exact ? null : match.ranked;
  return {
    ...plan.result,
    total,
    estimated: !sampling.exact,
    ranked,
    pageCount: Math.ceil((ranked ?? total) / SEARCH_PAGE_SIZE),
    cards: cards.map((c) => ({ kind: c.kind, slug: c.slug, labelRu: c.labelRu, labelEn: c.labelEn, country: c.country, detail: c.detail, articles: c.articles })),
    hits,
    facets: {
      official: facet("official", match.officials, p.official),
      topic: facet("topic", match.topics, p.topic),
      source: facet("source", match.sources, p.source !== undefined ? [String(p.source)] : []),
      year: facet("year", match.years.map((y) => ({ ...y, labelRu: y.value, labelEn: y.value })), p.year !== undefined ? [String(p.year)] : []),
    },
  };
}
