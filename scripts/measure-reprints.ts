/**
 * `npm run measure:reprints [-- --json]`: the measurements behind the reprint threshold (docs/reprints.md).
 * Over the evaluation articles (tests/fixtures/eval) it compares three kinds of pairs:
 *  - reprints: each article against variants of itself made by lib/reprints/measure/mutations.ts
 *    (another headline and dateline form, a paragraph dropped or added, «Читайте также», bylines,
 *    captions, typography), 2–4 edits each, and the worst case, all edits at once;
 *  - the same event written by another outlet: articles whose expected JSON reports a held meeting of
 *    the same date with the same participants;
 *  - unrelated: every other pair of articles (a seeded sample), and pairs that share a person and a day.
 *  - rewrites: each article against a version whose sentences were reworded except 1 in 4 (or 1 in 8)
 *    kept word for word — what the "possible reprint" threshold below the rule must catch.
 * For each pair: exact Jaccard of the shingle sets at 3, 4 and 5 words, MinHash's estimate and the
 * estimated containment at the chosen size, and SimHash's Hamming distance, then how each rule separates
 * the kinds; then, for the possible-reprint threshold, how many pairs of each kind k agreeing minima
 * would flag (with every unrelated pair of the set), and how many the loose index finds. Pure: no database.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { random } from "../lib/bench/generate-article";
import { parseArticle } from "../lib/importer/parse/parse-article";
import { estimatedContainment, estimatedJaccard, shingleHashes, signatureOf, SHINGLE_WORDS } from "../lib/reprints/minhash";
import { MUTATIONS, reprintOf, rewriteOf } from "../lib/reprints/measure/mutations";
import { BAND_ROWS, bandKeys, LOOSE_POSITIONS } from "../lib/reprints/lsh-bands";
import { isReprint, isResemblance, likeness, REPRINT_CONTAINMENT, REPRINT_JACCARD, RESEMBLANCE_MINIMA } from "../lib/reprints/reprint-rule";
import { SIGNATURE_SIZE } from "../lib/reprints/minhash";
import { words } from "../lib/reprints/words";

const dir = path.resolve(import.meta.dirname, "../tests/fixtures/eval");
const asJson = process.argv.includes("--json");

interface Doc {
  file: string;
  raw: string;
  words: string[];
  meetings: { date: string; people: string[] }[];
}

function bodyWords(raw: string): string[] | null {
  try {
    return words(parseArticle(raw).article.paragraphs.join("\n\n"));
  } catch {
    return null;
  }
}

async function load(): Promise<Doc[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  const docs: Doc[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(dir, file), "utf8");
    const w = bodyWords(raw);
    if (!w) continue;
    const expected = JSON.parse(await readFile(path.join(dir, file.replace(/\.txt$/, ".json")), "utf8")) as {
      meetings: { status: string; date: string | null; participants: { name: string }[] }[];
    };
    const meetings = expected.meetings
      .filter((m) => m.status === "held" && m.date && m.participants.length > 0)
      .map((m) => ({ date: m.date!, people: m.participants.map((p) => p.name).sort() }));
    docs.push({ file, raw, words: w, meetings });
  }
  return docs;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common || 1);
}

/** 64-bit SimHash (two 32-bit halves) over the same shingles: the alternative MinHash was measured against. */
function simhash(shingles: Set<number>): [number, number] {
  const counts = new Int32Array(64);
  for (const s of shingles) {
    const halves = [s, Math.imul(s ^ 0x5bd1e995, 0x27d4eb2d) ^ (s >>> 15)];
    for (let bit = 0; bit < 64; bit++) counts[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1;
  }
  let lo = 0, hi = 0;
  for (let bit = 0; bit < 32; bit++) if (counts[bit]! > 0) lo |= 1 << bit;
  for (let bit = 0; bit < 32; bit++) if (counts[bit + 32]! > 0) hi |= 1 << bit;
  return [lo, hi];
}
const popcount = (x: number) => { let c = 0; for (let v = x >>> 0; v; v &= v - 1) c++; return c; };
const hamming = (a: [number, number], b: [number, number]) => popcount(a[0] ^ b[0]) + popcount(a[1] ^ b[1]);

interface Pair {
  kind: "reprint" | "reprint (all edits)" | "rewrite, 1 in 4 kept" | "rewrite, 1 in 8 kept" | "same event" | "same person and day" | "unrelated";
  a: string;
  b: string;
  note?: string;
  j3: number;
  j4: number;
  j5: number;
  minhash: number;
  containment: number;
  simhash: number;
  reprint: boolean;
  /** Below the reprint rule, alike enough for an editor to look (a possible reprint). */
  resembles: boolean;
  /** Whether the pair shares an LSH band key, with 2, 3 and 4 minima per band. */
  candidate: Record<2 | 3 | 4, boolean>;
  /** Whether the pair shares one of the first 16, 32 or 64 minima (the loose index, bands of one row). */
  loose: Record<16 | 32 | 64, boolean>;
}

const LOOSE = [16, 32, 64] as const;
const shareMinimum = (a: Int32Array, b: Int32Array, positions: number) => {
  for (let i = 0; i < positions; i++) if (a[i] === b[i]) return true;
  return false;
};

const shareBand = (a: Int32Array, b: Int32Array, rows: number) => {
  const keys = new Set(bandKeys(a, rows));
  return bandKeys(b, rows).some((k) => keys.has(k));
};

function measure(kind: Pair["kind"], a: Doc | { file: string; words: string[] }, b: { file: string; words: string[] }, note?: string): Pair {
  const s = [3, 4, 5].map((k) => [shingleHashes(a.words, k), shingleHashes(b.words, k)] as const);
  const [sa, sb] = s[SHINGLE_WORDS - 3]!;
  const ma = signatureOf(sa), mb = signatureOf(sb);
  const est = estimatedJaccard(ma.mins, mb.mins);
  return {
    kind, a: a.file, b: b.file, note,
    j3: jaccard(...s[0]!), j4: jaccard(...s[1]!), j5: jaccard(...s[2]!),
    minhash: est,
    containment: estimatedContainment(est, ma.shingles, mb.shingles),
    simhash: hamming(simhash(sa), simhash(sb)),
    reprint: isReprint(ma, mb),
    resembles: isResemblance(likeness(est, ma.shingles, mb.shingles)),
    candidate: { 2: shareBand(ma.mins, mb.mins, 2), 3: shareBand(ma.mins, mb.mins, 3), 4: shareBand(ma.mins, mb.mins, 4) },
    loose: { 16: shareMinimum(ma.mins, mb.mins, 16), 32: shareMinimum(ma.mins, mb.mins, 32), 64: shareMinimum(ma.mins, mb.mins, 64) },
  };
}

function pairs(docs: Doc[]): Pair[] {
  const r = random(18);
  // Its own stream, so the other kinds' variants stay those measured before rewrites were added.
  const rw = random(19);
  const out: Pair[] = [];
  for (const [i, d] of docs.entries()) {
    const other = docs[(i * 7 + 13) % docs.length]!.raw;
    for (let v = 0; v < 3; v++) {
      const { text, applied } = reprintOf(d.raw, r, other);
      const w = bodyWords(text);
      if (w) out.push(measure("reprint", d, { file: `${d.file}~${v}`, words: w }, applied.join("+")));
    }
    let all = d.raw;
    for (const m of Object.values(MUTATIONS)) all = m(all, r, other);
    const w = bodyWords(all);
    if (w) out.push(measure("reprint (all edits)", d, { file: `${d.file}~all`, words: w }));
    for (const [kind, keep] of [["rewrite, 1 in 4 kept", 0.25], ["rewrite, 1 in 8 kept", 0.125]] as const) {
      const w = bodyWords(rewriteOf(d.raw, rw, keep));
      if (w) out.push(measure(kind, d, { file: `${d.file}~rewrite`, words: w }));
    }
  }
  const key = (m: Doc["meetings"][number]) => `${m.date}|${m.people.join(",")}`;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]!, b = docs[j]!;
      const keys = new Set(a.meetings.map(key));
      if (b.meetings.some((m) => keys.has(key(m)))) out.push(measure("same event", a, b));
      else if (a.meetings.some((m) => b.meetings.some((n) => n.date === m.date && n.people.some((p) => m.people.includes(p))))) out.push(measure("same person and day", a, b));
      else if (r() < 0.05) out.push(measure("unrelated", a, b));
    }
  }
  return out;
}

const quantiles = (xs: number[]) => {
  const s = [...xs].sort((p, q) => p - q);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { n: s.length, min: s[0] ?? NaN, p01: at(0.01), p05: at(0.05), p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s.at(-1) ?? NaN };
};

/**
 * For each k, the pairs of each kind that k agreeing minima (and not the reprint rule) would flag as a
 * possible reprint — and every pair of unrelated evaluation articles (not only the sample), compared by
 * their signatures alone: the false alarms a threshold would raise.
 */
function resemblanceSweep(all: Pair[], docs: Doc[]) {
  const related = new Set(all.filter((p) => p.kind === "same event" || p.kind === "same person and day").map((p) => `${p.a}|${p.b}`));
  const sigs = docs.map((d) => signatureOf(shingleHashes(d.words)));
  const unrelated: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (related.has(`${docs[i]!.file}|${docs[j]!.file}`)) continue;
      const l = likeness(estimatedJaccard(sigs[i]!.mins, sigs[j]!.mins), sigs[i]!.shingles, sigs[j]!.shingles);
      if (!isReprint(sigs[i]!, sigs[j]!)) unrelated.push(Math.round(l.jaccard * SIGNATURE_SIZE));
    }
  }
  const kinds = [...new Set(all.map((p) => p.kind))].filter((k) => k !== "unrelated");
  return [5, 6, 7, 8, 9, 10, 11, 12, 13].map((minima) => ({
    minima,
    flagged: {
      ...Object.fromEntries(kinds.map((kind) => [kind, all.filter((p) => p.kind === kind && !p.reprint && Math.round(p.minhash * SIGNATURE_SIZE) >= minima).length])),
      [`unrelated (all ${unrelated.length})`]: unrelated.filter((n) => n >= minima).length,
    } as Record<string, number>,
  }));
}

async function main() {
  const started = performance.now();
  const docs = await load();
  const all = pairs(docs);
  const kinds = [...new Set(all.map((p) => p.kind))];
  const measures = ["j3", "j4", "j5", "minhash", "containment", "simhash"] as const;
  const table = kinds.map((kind) => {
    const of = all.filter((p) => p.kind === kind);
    const found = (rows: 2 | 3 | 4) => of.filter((p) => p.candidate[rows]).length;
    const spread = Object.fromEntries(measures.map((m) => [m, quantiles(of.map((p) => p[m]))])) as Record<(typeof measures)[number], ReturnType<typeof quantiles>>;
    const resembling = of.filter((p) => p.resembles);
    const loose = Object.fromEntries(LOOSE.map((n) => [n, resembling.filter((p) => p.loose[n]).length])) as Record<(typeof LOOSE)[number], number>;
    return { kind, pairs: of.length, merged: of.filter((p) => p.reprint).length, candidates: { 2: found(2), 3: found(3), 4: found(4) },
      resembling: resembling.length, flagged: loose[LOOSE_POSITIONS], loose, spread };
  });
  const sweep = resemblanceSweep(all, docs);
  // A reprint the bands do not offer as a candidate is never compared: it counts as missed.
  // Rewrites are left out: one that kept half its sentences by chance is a reprint by the rule's own terms.
  const wrong = all.filter((p) => !p.kind.startsWith("rewrite") && (p.reprint && p.candidate[BAND_ROWS]) !== p.kind.startsWith("reprint"));
  const signStart = performance.now();
  for (const d of docs) signatureOf(shingleHashes(d.words));
  const perSignatureMs = (performance.now() - signStart) / docs.length;
  const closest = (kind: Pair["kind"], by: (p: Pair) => number, n: number) => all.filter((p) => p.kind === kind).sort((p, q) => by(q) - by(p)).slice(0, n);
  const report = {
    articles: docs.length,
    rule: { shingleWords: SHINGLE_WORDS, jaccard: REPRINT_JACCARD, containment: REPRINT_CONTAINMENT },
    table,
    resemblance: { minima: RESEMBLANCE_MINIMA, loosePositions: LOOSE_POSITIONS, sweep },
    wrong: wrong.map(({ kind, a, b, note, minhash, containment }) => ({ kind, a, b, note, minhash, containment })),
    hardestNegatives: [...closest("same event", (p) => p.containment, 5), ...closest("same person and day", (p) => p.containment, 3)].map(({ kind, a, b, j4, minhash, containment, simhash }) => ({ kind, a, b, j4, minhash, containment, simhash })),
    weakestReprints: all.filter((p) => p.kind.startsWith("reprint")).sort((p, q) => p.containment - q.containment).slice(0, 5).map(({ a, note, j4, minhash, containment, simhash }) => ({ a, note, j4, minhash, containment, simhash })),
    perSignatureMs,
    seconds: (performance.now() - started) / 1000,
  };
  if (asJson) return void console.log(JSON.stringify(report, null, 2));
  const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
  console.log(`${report.articles} articles; rule: ${SHINGLE_WORDS}-word shingles, MinHash Jaccard ≥ ${REPRINT_JACCARD} and containment ≥ ${REPRINT_CONTAINMENT}`);
  for (const row of table) {
    console.log(`\n${row.kind}: ${row.pairs} pairs, ${row.merged} judged reprints; LSH candidates with 2/3/4 rows a band: ${row.candidates[2]}/${row.candidates[3]}/${row.candidates[4]} (chosen: ${BAND_ROWS})`);
    for (const m of measures) {
      const q = row.spread[m];
      console.log(`  ${m.padEnd(12)} min ${f(q.min)}  p1 ${f(q.p01)}  p5 ${f(q.p05)}  p50 ${f(q.p50)}  p95 ${f(q.p95)}  p99 ${f(q.p99)}  max ${f(q.max)}`);
    }
  }
  console.log(`\npossible reprint (below the rule, ≥ k of ${SIGNATURE_SIZE} minima agree): pairs flagged for each k (chosen: ${RESEMBLANCE_MINIMA})`);
  console.log(`  ${"k".padEnd(24)}${sweep.map((r) => String(r.minima).padStart(7)).join("")}`);
  for (const kind of Object.keys(sweep[0]!.flagged)) console.log(`  ${kind.padEnd(24)}${sweep.map((r) => String(r.flagged[kind]).padStart(7)).join("")}`);
  console.log("  of those at the chosen k, found by the loose index with the first 16/32/64 minima (chosen: " + LOOSE_POSITIONS + "):");
  for (const row of table.filter((r) => r.resembling > 0)) console.log(`  ${row.kind.padEnd(24)}${row.resembling} resembling: ${row.loose[16]}/${row.loose[32]}/${row.loose[64]}`);
  console.log(`\nwrongly judged: ${wrong.length}`);
  for (const w of report.wrong.slice(0, 20)) console.log(`  ${w.kind}: ${w.a} / ${w.b} ${w.note ?? ""} minhash ${f(w.minhash)} containment ${f(w.containment)}`);
  console.log("\nclosest pairs that must stay apart:");
  for (const h of report.hardestNegatives) console.log(`  ${h.kind}: ${h.a} / ${h.b}  j4 ${f(h.j4)} minhash ${f(h.minhash)} containment ${f(h.containment)} simhash ${h.simhash}`);
  console.log("\nweakest reprints:");
  for (const w of report.weakestReprints) console.log(`  ${w.a} (${w.note ?? "all edits"})  j4 ${f(w.j4)} minhash ${f(w.minhash)} containment ${f(w.containment)} simhash ${w.simhash}`);
  console.log(`\nsignature: ${perSignatureMs.toFixed(3)} ms per article; ${report.seconds.toFixed(1)} s in all`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
