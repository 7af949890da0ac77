import { describe, expect, it } from "vitest";
import { BANDS, bandKeys } from "./lsh-bands";
import { SIGNATURE_SIZE } from "./minhash";

describe("LSH band keys", () => {
  it("gives one key per band, equal for equal bands only", () => {
    const mins = Array.from({ length: SIGNATURE_SIZE }, (_, i) => i * 7919);
    const keys = bandKeys(mins);
    expect(keys).toHaveLength(BANDS);
    const changed = [...mins];
    changed[4] = -1; // the second band (minima 3–5)
    const other = bandKeys(changed);
    expect(other.filter((k, i) => k !== keys[i])).toHaveLength(1);
    expect(other[1]).not.toBe(keys[1]);
  });

  it("names the band: the same minima in another band give another key", () => {
    const same = Array.from({ length: SIGNATURE_SIZE }, () => 42);
    expect(new Set(bandKeys(same)).size).toBe(BANDS);
  });
});
