import { SIGNATURE_SIZE } from "./minhash";

/**
 * Locality-sensitive hashing: the signature cut into bands of BAND_ROWS minima, each band hashed to one
 * int4 key that also names the band. Two articles that share a key are candidates, looked up in the
 * ArticleBand table by its primary key (key, article), so finding them never scans the archive. A pair of
 * Jaccard J shares a key with probability 1 − (1 − J^3)^42: 0.90 at 0.38 (the weakest reprint measured),
 * 0.996 at 0.5; 0.04 at 0.1, the most two independent reports of one event shared (docs/reprints.md).
 */
export const BAND_ROWS = 3;
export const BANDS = Math.floor(SIGNATURE_SIZE / BAND_ROWS);

export function bandKeys(mins: ArrayLike<number>, rows = BAND_ROWS): number[] {
  const keys: number[] = [];
  for (let band = 0; (band + 1) * rows <= mins.length; band++) {
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let j = 0; j < rows; j++) {
      h = Math.imul(h ^ mins[band * rows + j]!, 0x85ebca6b);
      h ^= h >>> 15;
    }
    keys.push(h | 0);
  }
  return keys;
}

/**
 * The loose index, for likeness below the reprint rule (a possible reprint): the first LOOSE_POSITIONS
 * minima, each a band of one row, stored as (position, value) in ArticleMinimum. A pair of Jaccard J
 * shares one with probability 1 − (1 − J)^32: 0.93 at 0.078 (the possible-reprint rule), 0.97 at 0.1 —
 * where the 3-row bands give 0.02 and 0.04. How many of the 32 agree ranks the candidates. Measured
 * (docs/reprints.md): 32 find 98 % of the pairs the rule flags, 64 all of them at twice the rows.
 */
export const LOOSE_POSITIONS = 32;
