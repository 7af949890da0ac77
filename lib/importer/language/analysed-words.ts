import { parseWord } from "../extract/people/morph";
import { tokenize, type Token } from "../extract/people/tokenize";
import { fold } from "./fold";

/** One morphological reading of a word, as az (OpenCorpora tags) gives it. */
export interface Reading {
  lemma: string; // folded (lower case, ё → е)
  pos: string; // NOUN, VERB, INFN, PRTF, PRTS, GRND, ADJF, ADJS, PREP, CONJ, …
  case: string | null; // nomn, gent, datv, accs, ablt, loct
  number: "sing" | "plur" | null;
  gender: "masc" | "femn" | "neut" | null;
  tense: "past" | "pres" | "futr" | null;
  voice: "actv" | "pssv" | null;
  aspect: "perf" | "impf" | null;
  animate: boolean;
}

/** A word of a sentence with its readings; readings are computed on first use (most words of an
 *  article are never asked about: the lexicon looks only at words whose form it may know). */
export interface Word extends Token {
  readonly readings: readonly Reading[];
}


const GEN2: Record<string, string> = { gen2: "gent", loc2: "loct", acc2: "accs", gen1: "gent", loc1: "loct" };

const VERBAL = new Set(["VERB", "INFN", "PRTF", "PRTS", "GRND"]);

/** Dictionary readings when az knows the word; otherwise its best guess only (az's guesser offers
 *  verbs for unknown surnames: `Хелбергом` → `хелберготь`). A capitalised word inside a sentence is
 *  a name or a title, never a verb. */
function readingsOf(word: string, capitalisedInside: boolean): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const parses = parseWord(word);
  const known = parses.filter((p) => p.parser === "Dictionary");
  const chosen = (known.length > 0 ? known : parses.slice(0, 1)).filter((p) => !(capitalisedInside && VERBAL.has(String(p.tag.POS))));
  for (const p of chosen) {
    const tag = p.tag;
    // az cannot normalise some guesses (it returns no word): the form stands for its lemma then.
    const normal: { word?: string } | false = p.normalize();
    const lemma = fold((normal && normal.word) || word);
    const pos = String(tag.POS ?? "");
    const rawCase = typeof tag.CAse === "string" ? tag.CAse : null;
    const reading: Reading = {
      lemma,
      pos,
      case: rawCase ? (GEN2[rawCase] ?? rawCase) : null,
      number: tag.NMbr === "plur" ? "plur" : tag.NMbr === "sing" ? "sing" : null,
      gender: tag.GNdr === "masc" || tag.GNdr === "femn" || tag.GNdr === "neut" ? tag.GNdr : null,
      tense: tag.TEns === "past" || tag.TEns === "pres" || tag.TEns === "futr" ? tag.TEns : null,
      voice: tag.VOic === "pssv" || tag.pssv === true ? "pssv" : tag.VOic === "actv" ? "actv" : null,
      aspect: tag.ASpc === "perf" ? "perf" : tag.ASpc === "impf" ? "impf" : null,
      animate: tag.ANim === "anim",
    };
    const key = `${lemma}|${pos}|${reading.case}|${reading.number}|${reading.gender}|${reading.tense}|${reading.voice}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(reading);
  }
  return out;
}

const CYRILLIC = /[а-яё]/i;

// A word's readings depend on its form alone (and whether it stands capitalised inside a sentence);
// forms recur across a corpus, and az's normalisation is the costly part of reading one.
const CACHE_LIMIT = 100_000;
const cache = new Map<string, Reading[]>();

function cachedReadings(word: string, capitalisedInside: boolean): Reading[] {
  const key = capitalisedInside ? `^${word}` : word;
  let readings = cache.get(key);
  if (!readings) {
    readings = readingsOf(word, capitalisedInside);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, readings);
  }
  return readings;
}

/** A token that reads itself on first use: the getter lives on the prototype, so a sentence's words
 *  cost one object each (a closure per word made extraction mostly garbage collection). */
class AnalysedWord implements Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  gapBefore: string;
  index: number;
  private read: Reading[] | null = null;
  private readonly capitalisedInside: boolean;

  constructor(t: Token) {
    this.text = t.text;
    this.lower = t.lower;
    this.start = t.start;
    this.end = t.end;
    this.gapBefore = t.gapBefore;
    this.index = t.index;
    this.capitalisedInside = t.index > 0 && /^\p{Lu}/u.test(t.text) && !/[.!?]\s*$/.test(t.gapBefore);
  }

  get readings(): readonly Reading[] {
    this.read ??= CYRILLIC.test(this.text) ? cachedReadings(this.text, this.capitalisedInside) : [];
    return this.read;
  }
}

/** The words of one sentence, each able to tell its readings. One tokenizer for the importer: the
 *  people extractor's. */
export function analyseWords(text: string): Word[] {
  return tokenize(text).map((t) => new AnalysedWord(t));
}

export function hasLemma(w: Word, lemma: string, pos?: readonly string[]): boolean {
  return w.readings.some((r) => r.lemma === lemma && (!pos || pos.includes(r.pos)));
}
