import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { loadImporterLanguage } from "../../lib/importer/extract-article";
import { importPaths } from "../../lib/importer/import-paths";
import { getArticle } from "../../lib/queries/articles/get-article";
import { getMeeting } from "../../lib/queries/meetings/get-meeting";
import { countMeetings, listMeetings } from "../../lib/queries/meetings/list-meetings";
import { monthHistogram } from "../../lib/queries/meetings/month-histogram";
import { relatedMeetings } from "../../lib/queries/meetings/related-meetings";
import { timelineFacets } from "../../lib/queries/meetings/timeline-facets";
import { mentionFinder, segmentText } from "../../lib/text/find-mentions";
import type { MeetingFilters } from "../../lib/validation/meeting-filters";
import { resetDatabase } from "../support/reset-database";

let db: Db;
let talksId: number;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await loadImporterLanguage();
  await resetDatabase(db);
  await importPaths(db, [path.resolve(import.meta.dirname, "../../seeds")], { trigger: "cli" });
  // The seeds' talks: Кошербаев and Ландау, 5 February 2026, in Washington.
  const talks = await db.meeting.findFirstOrThrow({ where: { kind: "talks" }, select: { id: true } });
  talksId = talks.id;
});
afterAll(() => db.$disconnect());

const kosherbayev = "yermek-kosherbayev";
const landau = "christopher-landau";

describe("timeline facets", () => {
  it("count, per option, the meetings that choosing it gives (SQL agrees with the list's filter)", async () => {
    const cases: MeetingFilters[] = [{}, { official: [kosherbayev] }, { status: "held" }, { topic: ["critical-minerals"] }, { country: ["US"], kind: ["meeting"] }];
    for (const filters of cases) {
      const facets = await timelineFacets(filters);
      for (const option of facets.kind) expect(option.count).toBe(await countMeetings({ ...filters, kind: [option.value] }));
      for (const option of facets.status) expect(option.count).toBe(await countMeetings({ ...filters, status: option.value }));
      for (const option of facets.country) expect(option.count).toBe(await countMeetings({ ...filters, country: [option.value] }));
      for (const option of facets.official) {
        expect(option.count).toBe(await countMeetings({ ...filters, official: [option.value, ...(filters.official?.slice(1) ?? [])] }));
      }
      for (const option of facets.topic) expect(option.count).toBe(await countMeetings({ ...filters, topic: [option.value] }));
    }
  });

  it("with an official chosen, lists who they met and how often, and names what the URL selects", async () => {
    const facets = await timelineFacets({ official: [kosherbayev] });
    const total = await countMeetings({});
    expect(facets.official.find((o) => o.value === kosherbayev)?.count).toBe(await countMeetings({ official: [kosherbayev] }));
    expect(facets.official.find((o) => o.value === landau)).toMatchObject({ nameRu: "Кристофер Ландау", nameLatin: "Christopher Landau", count: 1 });
    expect(facets.kind.reduce((n, o) => n + o.count, 0)).toBe(await countMeetings({ official: [kosherbayev] }));
    expect(facets.labels.official.get(kosherbayev)).toEqual({ nameRu: "Ермек Кошербаев", nameLatin: "Yermek Kosherbayev" });
    expect(total).toBeGreaterThan(facets.official.find((o) => o.value === landau)!.count);
  });
});

describe("month histogram", () => {
  it("counts meetings per month under the filters but not the date range", async () => {
    const all = await monthHistogram({});
    const total = await countMeetings({});
    expect(all.months.reduce((n, m) => n + m.count, 0) + all.unplaced).toBe(total);
    expect(all.months.map((m) => m.month)).toEqual([...all.months.map((m) => m.month)].sort());
    expect(all.months.find((m) => m.month === "2026-02")?.count).toBe(await countMeetings({ from: "2026-02-01", to: "2026-02-28" }));
    expect(await monthHistogram({ from: "2026-03-01", to: "2026-03-31" })).toEqual(all);
    const planned = await monthHistogram({ status: "planned" });
    expect(planned.months).toEqual([{ month: "2026-03", count: await countMeetings({ status: "planned" }) }]);
  });
});

describe("getMeeting", () => {
  it("gives participants in their post then, topics and each source with the sentences behind each fact", async () => {
    const meeting = await getMeeting(talksId);
    expect(meeting).toMatchObject({ kind: "talks", status: "held", date: "2026-02-05", datePrecision: "day", place: { ru: "Вашингтон" } });
    expect(meeting!.participants.map((p) => [p.nameRu, p.country?.code])).toEqual([
      ["Ермек Кошербаев", "KZ"],
      ["Кристофер Ландау", "US"],
    ]);
    expect(meeting!.participants[1]!.position).toMatch(/заместитель госсекретаря/i);
    expect(meeting!.topics.map((t) => t.slug)).toContain("critical-minerals");
    expect(meeting!.sources).toHaveLength(1);
    const [source] = meeting!.sources;
    expect(source!.slug).toMatch(/^2026-02-05-kazakhstan-i-ssha/);
    const participants = source!.quotes.find((q) => q.facts.some((f) => f.fact === "participant"));
    expect(participants).toMatchObject({ paragraph: -1, offset: 0 });
    expect(participants!.sentence).toContain("Кристофером Ландау");
    expect(participants!.facts.filter((f) => f.fact === "participant").map((f) => f.official?.slug).sort()).toEqual([landau, kosherbayev]);
    // One sentence, one quote: facts from the same sentence are gathered, none repeated.
    const keys = source!.quotes.map((q) => `${q.paragraph}:${q.offset}:${q.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const q of source!.quotes) {
      const facts = q.facts.map((f) => `${f.fact}:${f.official?.slug ?? f.topic?.slug ?? ""}`);
      expect(new Set(facts).size).toBe(facts.length);
    }
    // The quoted sentence is where the evidence says it is in the article.
    const article = await getArticle(source!.slug);
    for (const q of source!.quotes.filter((q) => q.paragraph >= 0)) {
      expect(article!.paragraphs[q.paragraph]!.slice(q.offset, q.offset + q.sentence.length)).toBe(q.sentence);
    }
  });

  it("is null for a meeting that does not exist", async () => {
    expect(await getMeeting(987654)).toBeNull();
  });
});

describe("relatedMeetings", () => {
  it("finds the rest of the Washington trip, and earlier meetings of the same people", async () => {
    const related = await relatedMeetings(talksId);
    const trip = await listMeetings({ official: [kosherbayev], from: "2026-02-01", to: "2026-02-09" }, { pageSize: 100 });
    expect(related.sameTrip.map((m) => m.id).sort()).toEqual(trip.entries.filter((m) => m.id !== talksId && m.place?.ru === "Вашингтон").map((m) => m.id).sort());
    expect(related.sameTrip.length).toBeGreaterThanOrEqual(2);
    expect(related.earlier).toEqual([]);

    // An earlier meeting of the same pair, a year before, elsewhere: earlier, not the same trip.
    const [k, l] = await Promise.all([
      db.official.findUniqueOrThrow({ where: { slug: kosherbayev }, select: { id: true } }),
      db.official.findUniqueOrThrow({ where: { slug: landau }, select: { id: true } }),
    ]);
    const before = await db.meeting.create({
      data: { kind: "meeting", status: "held", date: new Date("2025-02-10"), datePrecision: "day", participants: { create: [{ officialId: k.id }, { officialId: l.id }] } },
      select: { id: true },
    });
    try {
      const again = await relatedMeetings(talksId);
      expect(again.earlier.map((m) => m.id)).toEqual([before.id]);
      expect(again.sameTrip.map((m) => m.id)).not.toContain(before.id);
    } finally {
      await db.meeting.delete({ where: { id: before.id } });
    }
  });
});

describe("getArticle", () => {
  it("gives paragraphs, metadata, the officials' name forms and the meetings it reports; marks land on names", async () => {
    const source = (await getMeeting(talksId))!.sources[0]!;
    const article = await getArticle(source.slug);
    expect(article).toMatchObject({ publishedOn: "2026-02-05", publishedOnSource: "weekday", dateline: { ru: "Вашингтон" }, source: { name: "Анадолу" }, titleDerived: false });
    expect(article!.paragraphs.length).toBeGreaterThan(10);
    expect(article!.meetings.map((m) => m.id)).toContain(talksId);
    const kosh = article!.officials.find((o) => o.slug === kosherbayev)!;
    expect(kosh.forms).toEqual(expect.arrayContaining(["Ермек Кошербаев", "Кошербаева"]));
    expect(kosh.forms).not.toContain("Yermek Kosherbayev");

    const finder = mentionFinder([
      ...article!.officials.flatMap((o) => o.forms.map((text) => ({ key: o.slug, text, match: "exact" as const }))),
      ...article!.topics.flatMap((t) => t.phrasings.map((text) => ({ key: t.slug, text, match: "stem" as const }))),
    ]);
    const marked = segmentText(article!.lead!, finder.find(article!.lead!)).filter((s) => s.key);
    expect(marked.map((s) => [s.key, s.text])).toEqual(
      expect.arrayContaining([
        [kosherbayev, "Ермек Кошербаев"],
        [landau, "Кристофером Ландау"],
      ]),
    );
    const topicMarks = article!.paragraphs.flatMap((p) => finder.find(p)).filter((m) => m.key === "critical-minerals");
    expect(topicMarks.length).toBeGreaterThan(0);
  });

  it("marks the page-layout article's derived title and photo credit, and is null for an unknown slug", async () => {
    const article = await db.article.findFirstOrThrow({ where: { titleDerived: true }, select: { slug: true } });
    expect(await getArticle(article.slug)).toMatchObject({ titleDerived: true, photoCredit: "МИД", publishedOnSource: "header", lead: null });
    expect(await getArticle("no-such-article")).toBeNull();
  });
});
