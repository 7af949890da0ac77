/**
 * MinHash over word shingles: a fixed-size signature of a text whose agreement with another's estimates
 * the Jaccard similarity of their shingle sets. Own code, not a package: the npm ones are unkept, and
 * this is 40 lines. Hashes are 32-bit (Math.imul), so a signature is an int4[] in PostgreSQL.
 */

/** Words per shingle; docs/reprints.md has the measurements behind 4. */
export const SHINGLE_WORDS = 4;
/** Hash functions: the estimate's standard error is √(J(1−J)/128), ≤ 0.045. */
export const SIGNATURE_SIZE = 128;

export interface Signature {
  /** SIGNATURE_SIZE minimum hashes, as signed 32-bit integers (PostgreSQL's int4). */
  mins: Int32Array;
  /** Distinct shingles: with two signatures' Jaccard it gives how much of the shorter the longer holds. */
  shingles: number;
}

/** The seeds of the hash functions: fixed forever, as stored signatures depend on them. */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** MurmurHash3's finaliser: a bijection of 32-bit integers that spreads every input bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the UTF-16 code units of one word. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}

/** The distinct hashes of the text's runs of `k` words (the whole text when it is shorter). */
export function shingleHashes(words: string[], k = SHINGLE_WORDS): Set<number> {
  const hashes = words.map(wordHash);
  const out = new Set<number>();
  const last = Math.max(0, hashes.length - k);
  for (let start = 0; start <= last && hashes.length > 0; start++) {
    let h = k;
    for (let j = start; j < Math.min(start + k, hashes.length); j++) h = mix(Math.imul(h, 31) ^ hashes[j]!);
    out.add(h);
  }
  return out;
}

/** The signature of a set of shingle hashes. An empty set gives all-maximal minima (matches nothing real). */
export function signatureOf(shingles: Set<number>): Signature {
  const mins = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  for (const s of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(s ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  return { mins, shingles: shingles.size };
}

/** The share of positions where two signatures agree: an unbiased estimate of the shingles' Jaccard. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * How much of the shorter text the longer one holds (|A∩B| / min(|A|,|B|)), from the Jaccard estimate
 * and the two shingle counts: a reprint with a paragraph dropped or a «Читайте также» block added keeps
 * this near 1 while its Jaccard falls.
 */
export function estimatedContainment(jaccard: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 || sizeB === 0) return 0;
  const common = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, common / Math.min(sizeA, sizeB));
}
