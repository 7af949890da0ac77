import { describe, expect, it } from "vitest";
import type { ArticleOut, MeetingOut } from "../types";
import { checkFixture } from "./check-fixture";
import { figures } from "./counts";
import { matchMeetings, participantOverlap } from "./match-meetings";
import { aggregate, matchedAccuracy, scoreArticle } from "./score";

const person = (name: string, position: string | null = null) => ({ name, position, country: null });

const meeting = (over: Partial<MeetingOut> & { names: string[] }): MeetingOut => ({
  kind: over.kind ?? "meeting",
  status: over.status ?? "held",
  date: over.date ?? null,
  place: over.place ?? null,
  participants: over.names.map((n) => person(n)),
  topics: over.topics ?? [],
  evidence: over.evidence ?? [],
});

const article = (over: Partial<ArticleOut>): ArticleOut => ({
  file: "a.txt",
  title: "Заголовок",
  titleDerived: false,
  publishedOn: null,
  dateline: null,
  source: null,
  officials: [],
  meetings: [],
  topics: [],
  ...over,
});

describe("figures", () => {
  it("computes precision, recall and F1 from counts", () => {
    const f = figures({ tp: 3, fp: 1, fn: 2 });
    expect(f.precision).toBeCloseTo(0.75);
    expect(f.recall).toBeCloseTo(0.6);
    expect(f.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it("treats nothing expected and nothing predicted as perfect", () => {
    expect(figures({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });

  it("gives zero when everything predicted is wrong", () => {
    expect(figures({ tp: 0, fp: 2, fn: 2 }).f1).toBe(0);
  });
});

describe("officials and positions", () => {
  const expected = article({
    officials: [
      { ...person("Ермек Кошербаев", "Министр иностранных дел Казахстана"), nameLatin: null },
      { ...person("Кристофер Ландау", "первый заместитель госсекретаря США"), nameLatin: null },
    ],
  });

  it("forgives case, ё and whitespace but not inflection", () => {
    const predicted = article({
      officials: [
        { ...person("ермек  кошербаев", "министр иностранных дел Казахстана"), nameLatin: null },
        { ...person("Кристофером Ландау", "первым заместителем госсекретаря США"), nameLatin: null },
      ],
    });
    const s = scoreArticle(predicted, expected);
    expect(s.counts.officials).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.counts.positions).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.issues).toContain("missing official: Кристофер Ландау");
    expect(s.issues).toContain("extra official: Кристофером Ландау");
  });

  it("scores a perfect prediction as 1.0 everywhere", () => {
    const report = aggregate([scoreArticle(expected, expected)]);
    for (const f of Object.values(report.totals)) expect(f.f1).toBe(1);
  });
});

describe("meeting matching", () => {
  it("needs half of the participants in common (Dice) and the same kind family", () => {
    const a = meeting({ names: ["А", "Б"] });
    expect(participantOverlap(a, meeting({ names: ["А", "В"] }))).toBeCloseTo(0.5);
    expect(matchMeetings([meeting({ names: ["А", "В"], kind: "talks" })], [a])).toHaveLength(1);
    expect(matchMeetings([meeting({ names: ["А", "Б"], kind: "call" })], [a])).toHaveLength(0);
    expect(matchMeetings([meeting({ names: ["А", "В", "Г"] })], [a])).toHaveLength(0);
  });

  it("uses the date to pair two meetings of the same people", () => {
    const expected = [meeting({ names: ["А", "Б"], date: "2026-01-01" }), meeting({ names: ["А", "Б"], date: "2026-02-02" })];
    const predicted = [meeting({ names: ["А", "Б"], date: "2026-02-02" }), meeting({ names: ["А", "Б"], date: "2026-01-01" })];
    expect(matchMeetings(predicted, expected)).toEqual([
      { predicted: 1, expected: 0 },
      { predicted: 0, expected: 1 },
    ]);
  });
});

describe("scoreArticle", () => {
  const expected = article({
    title: null,
    titleDerived: true,
    publishedOn: "2026-02-05",
    dateline: "Вашингтон",
    topics: ["energy", "critical-minerals"],
    meetings: [
      meeting({ names: ["А", "Б"], kind: "meeting", date: "2026-02-05", place: "Вашингтон", topics: ["energy"] }),
      meeting({ names: ["А", "В"], kind: "visit", status: "planned", date: "2026-03-01", place: "Астана" }),
    ],
  });
  const predicted = article({
    title: "Производный заголовок",
    titleDerived: true,
    publishedOn: "2026-02-05",
    dateline: null,
    topics: ["energy", "sanctions"],
    meetings: [
      meeting({ names: ["А", "Б"], kind: "talks", date: "2026-02-04", place: "Вашингтон", topics: ["energy", "g20"] }),
      meeting({ names: ["Г"], kind: "call" }),
    ],
  });
  const s = scoreArticle(predicted, expected);

  it("ignores the wording of a derived title", () => {
    expect(s.counts.titles).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts matched, missed and extra meetings", () => {
    expect(s.counts.meetings).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.issues.some((i) => i.startsWith("missing meeting: visit/planned 2026-03-01"))).toBe(true);
  });

  it("judges kind and status over all meetings", () => {
    expect(s.counts.kinds).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(s.counts.statuses).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("tells how many matched meetings got their kind and status right", () => {
    expect(matchedAccuracy(s.counts)).toEqual({ matched: 1, kinds: 0, statuses: 1 });
  });

  it("scores dates, places and topics of the article and of matched meetings", () => {
    // publishedOn right; meeting date wrong (fp + fn)
    expect(s.counts.dates).toEqual({ tp: 1, fp: 1, fn: 1 });
    // dateline missed; meeting place right
    expect(s.counts.places).toEqual({ tp: 1, fp: 0, fn: 1 });
    // article: energy ok, sanctions extra, critical-minerals missed; meeting: energy ok, g20 extra
    expect(s.counts.topics).toEqual({ tp: 2, fp: 2, fn: 1 });
  });

  it("treats a missing title line as an error when the article has one", () => {
    const t = scoreArticle(article({ titleDerived: true, title: "x" }), article({ title: "Заголовок" }));
    expect(t.counts.titles).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe("checkFixture", () => {
  const good = article({
    file: "tests/x.txt",
    officials: [{ ...person("Ермек Кошербаев"), nameLatin: "Yermek Kosherbayev" }],
    meetings: [
      { ...meeting({ names: ["Ермек Кошербаев"] }), evidence: ["Кошербаев провел  встречу."] },
    ],
  });

  it("accepts a valid fixture whose evidence is verbatim modulo whitespace", () => {
    expect(checkFixture(good, "\uFEFFТекст.\r\nКошербаев провел встречу.\r\n", "tests/x.txt").ok).toBe(true);
  });

  it("names the field of a malformed fixture", () => {
    const bad = { ...good, publishedOn: "5 февраля", meetings: [{ ...good.meetings[0], kind: "dinner" }] };
    const r = checkFixture(bad, "", "tests/x.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => p.startsWith("publishedOn:"))).toBe(true);
      expect(r.problems.some((p) => p.startsWith("meetings.0.kind:"))).toBe(true);
    }
  });

  it("rejects evidence that is not in the text and a wrong file name", () => {
    const r = checkFixture(good, "Другой текст.", "tests/y.txt");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toHaveLength(2);
  });
});
