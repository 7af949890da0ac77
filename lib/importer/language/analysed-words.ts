import { parseWord } from "../extract/people/morph";
import { tokenize, type Token } from "../extract/people/tokenize";
import { fold } from "@/lib/text/fold";
import type { Sentence } from "../types";

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

/** A token that reads itself on first use: the getter lives on one shared prototype, so a sentence's
 *  words cost one object each (a closure per word made extraction mostly garbage collection). */
interface Analysed extends Token {
  read?: readonly Reading[];
}
const WORD_PROTOTYPE = {
  get readings(): readonly Reading[] {
    const self = this as unknown as Analysed;
    if (!self.read) {
      const capitalisedInside = self.index > 0 && /^\p{Lu}/u.test(self.text) && !/[.!?]\s*$/.test(self.gapBefore);
      self.read = CYRILLIC.test(self.text) ? cachedReadings(self.text, capitalisedInside) : [];
    }
    return self.read;
  },
};

/** The words of one sentence, each able to tell its readings. One tokenizer for the importer: the
 *  people extractor's. */
export function analyseWords(text: string): Word[] {
  return tokenize(text).map((t) => Object.assign(Object.create(WORD_PROTOTYPE) as Word, t));
}

const analysed = new WeakMap<Sentence, Word[]>();

/** A sentence's words, analysed once per article: the people and the meetings stages read the same
 *  tokens (tokenising every sentence twice was a twentieth of extraction). Keyed by the sentence
 *  object, so an article's analysis goes when its sentences do. */
export function wordsOf(sentence: Sentence): Word[] {
  let words = analysed.get(sentence);
  if (!words) {
    words = analyseWords(sentence.text);
    analysed.set(sentence, words);
  }
  return words;
}

