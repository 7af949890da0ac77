import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db";
import { getOfficial } from "../../lib/queries/officials/get-official";
import { countMeetingsByYear, listMeetingsOf, MEETINGS_PER_PAGE } from "../../lib/queries/meetings/list-meetings-of";
import { listOfficials } from "../../lib/queries/officials/list-officials";
import { listParticipantsOf } from "../../lib/queries/officials/list-participants-of";
import { listTopicsOf } from "../../lib/queries/topics/list-topics-of";
import { listArticlesOf } from "../../lib/queries/articles/list-articles-of";
import { importArchive } from "../support/import-archive";

let db: Db;
let kosherbayev: number;

beforeAll(async () => {
  db = createDb(process.env.DATABASE_URL as string);
  await importArchive(db);
  kosherbayev = (await db.official.findUniqueOrThrow({ where: { slug: "yermek-kosherbayev" }, select: { id: true } })).id;
});
afterAll(() => db.$disconnect());

/** An official's meetings as Prisma sees them: the oracle the SQL aggregates are checked against. */
async function meetingsOf(slug: string) {
  return db.meeting.findMany({
    where: { participants: { some: { official: { slug } } } },
    select: {
      id: true,
      date: true,
      status: true,
      participants: { select: { official: { select: { slug: true } } } },
      topics: { select: { topic: { select: { slug: true } } } },
    },
  });
}

describe("listOfficials", () => {
  it("groups Kazakhstan, then the United States, other countries and unknown, each by surname", async () => {
    const { total, items } = await listOfficials({ locale: "ru" });
    expect(total).toBe(await db.official.count());
    const groups = items.map((o) => o.group);
    expect(groups).toEqual([...groups].sort((a, b) => ["KZ", "US", "other", "unknown"].indexOf(a) - ["KZ", "US", "other", "unknown"].indexOf(b)));
    const kz = items.filter((o) => o.group === "KZ");
    expect(kz.map((o) => o.country?.code)).toEqual(kz.map(() => "KZ"));
    const surnames = await db.official.findMany({ where: { countryCode: "KZ" }, select: { slug: true, surname: true } });
    const bySlug = new Map(surnames.map((s) => [s.slug, s.surname]));
    const kzSurnames = kz.map((o) => bySlug.get(o.slug) as string);
    expect(kzSurnames).toEqual([...kzSurnames].sort());
    expect(items.find((o) => o.slug === "yermek-kosherbayev")).toMatchObject({ nameLatin: "Yermek Kosherbayev", group: "KZ" });
  });

  it("counts each official's meetings", async () => {
    const { items } = await listOfficials({ locale: "ru" });
    const expected = await db.meetingParticipant.groupBy({ by: ["officialId"], _count: true });
    const slugs = new Map((await db.official.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
    const byId = new Map(expected.map((e) => [e.officialId, e._count]));
    for (const o of items) expect(o.meetings, o.slug).toBe(byId.get(slugs.get(o.slug) as number) ?? 0);
    expect(items.find((o) => o.slug === "yermek-kosherbayev")?.meetings).toBe((await meetingsOf("yermek-kosherbayev")).length);
  });

  it.each(["Кошербаев", "кошербаев", "КОШЕРБАЕВ", "Kosherbayev", "kosherbayev", "Кошербаевым", "Ермека Кошербаева", "Kosherbaev", " Кошербаев  "])(
    "finds Kosherbayev by %j",
    async (q) => {
      const { items } = await listOfficials({ q: q.trim(), locale: "ru" });
      expect(items.map((o) => o.slug)).toContain("yermek-kosherbayev");
      expect(items.length).toBeLessThan(5);
    },
  );

  it("finds Tokayev written with Kazakh letters and sorts by Latin surname in English", async () => {
    expect((await listOfficials({ q: "Тоқаев", locale: "ru" })).items.map((o) => o.slug)).toContain("kassym-jomart-tokayev");
    const us = (await listOfficials({ locale: "en" })).items.filter((o) => o.group === "US").map((o) => (o.nameLatin ?? o.nameRu).split(" ").at(-1)?.toLowerCase());
    expect(us).toEqual([...us].sort());
  });

  it("treats LIKE wildcards as letters and reports no match plainly", async () => {
    for (const q of ["%", "_", "\\", "%%%%", "zzzzqqq"]) expect(await listOfficials({ q, locale: "ru" }), q).toEqual({ total: 0, items: [] });
  });

  it("caps the list and still reports the full total", async () => {
    const { total, items } = await listOfficials({ locale: "ru", limit: 5 });
    expect(items).toHaveLength(5);
    expect(total).toBe(await db.official.count());
  });
});

describe("getOfficial", () => {
  it("returns names, country, posts over time and counts", async () => {
    const o = await getOfficial("yermek-kosherbayev");
    expect(o).toMatchObject({ nameRu: "Ермек Кошербаев", nameLatin: "Yermek Kosherbayev", country: { code: "KZ", nameRu: "Казахстан", nameEn: "Kazakhstan" } });
    const meetings = await meetingsOf("yermek-kosherbayev");
    expect(o?.meetings).toEqual({ held: meetings.filter((m) => m.status === "held").length, planned: meetings.filter((m) => m.status === "planned").length });
    expect(o?.articles).toBe(await db.articleOfficial.count({ where: { officialId: kosherbayev } }));
    expect(o?.positions.map((p) => p.title)).toContainEqual(expect.stringMatching(/^министр иностранных дел/i));
    for (const p of o?.positions ?? []) if (p.firstSeen && p.lastSeen) expect(p.firstSeen <= p.lastSeen).toBe(true);
    expect(o?.latestPosition).toMatch(/министр иностранных дел/i);
    expect(o?.meetingsByYear).toEqual(await countMeetingsByYear({ officialId: kosherbayev }));
  });

  it("orders posts by when they were first seen", async () => {
    const landau = await getOfficial("christopher-landau");
    const dated = landau?.positions.flatMap((p) => (p.firstSeen ? [p.firstSeen] : [])) ?? [];
    expect(dated.length).toBeGreaterThan(0);
    expect(dated).toEqual([...dated].sort());
    expect(landau?.positions.map((p) => p.title)).toContain("первый заместитель госсекретаря США");
  });

  it("is null for an unknown slug", async () => {
    expect(await getOfficial("no-such-person")).toBeNull();
  });
});

describe("an official's counterparts, topics, meetings and articles", () => {
  // Tokayev's archive has planned meetings too, Kosherbayev's only held ones.
  it.each(["yermek-kosherbayev", "kassym-jomart-tokayev"])("counts %s's counterparts' held and planned meetings and the latest held date, as Prisma's own count does", async (slug) => {
    const meetings = await meetingsOf(slug);
    const id = (await db.official.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const expected = new Map<string, { held: number; planned: number; last: string | null }>();
    for (const m of meetings) {
      for (const p of m.participants) {
        if (p.official.slug === slug) continue;
        const e = expected.get(p.official.slug) ?? { held: 0, planned: 0, last: null };
        e[m.status] += 1;
        const date = m.date?.toISOString().slice(0, 10) ?? null;
        if (m.status === "held" && date && (!e.last || date > e.last)) e.last = date;
        expected.set(p.official.slug, e);
      }
    }
    if (slug === "kassym-jomart-tokayev") expect([...expected.values()].some((e) => e.planned > 0)).toBe(true);
    const { total, items } = await listParticipantsOf({ officialId: id }, 1000);
    expect(total).toBe(expected.size);
    expect(items.map((o) => o.slug).sort()).toEqual([...expected.keys()].sort());
    for (const o of items) expect({ held: o.held, planned: o.planned, last: o.lastHeld?.date ?? null }, o.slug).toEqual(expected.get(o.slug));
    const counts = items.map((o) => o.held + o.planned);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const top = await listParticipantsOf({ officialId: id }, 3);
    expect(top.items).toEqual(items.slice(0, 3));
    expect(top.total).toBe(expected.size);
  });

  it("puts Landau among Kosherbayev's most frequent counterparts (the seeds' Washington talks)", async () => {
    const { items } = await listParticipantsOf({ officialId: kosherbayev }, 3);
    expect(items.map((o) => o.slug)).toContain("christopher-landau");
    expect(items.find((o) => o.slug === "christopher-landau")?.held).toBeGreaterThanOrEqual(2);
  });

  it("tallies the topics of the official's meetings", async () => {
    const expected = new Map<string, number>();
    for (const m of await meetingsOf("yermek-kosherbayev")) for (const t of m.topics) expected.set(t.topic.slug, (expected.get(t.topic.slug) ?? 0) + 1);
    const topics = await listTopicsOf({ officialId: kosherbayev });
    expect(Object.fromEntries(topics.map((t) => [t.slug, t.meetings]))).toEqual(Object.fromEntries(expected));
    expect(topics.map((t) => t.meetings)).toEqual([...topics.map((t) => t.meetings)].sort((a, b) => b - a));
  });

  it("pages the meetings newest first without gaps or repeats, and counts them per year", async () => {
    const meetings = await meetingsOf("yermek-kosherbayev");
    const years = await countMeetingsByYear({ officialId: kosherbayev });
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(meetings.length);
    const in2026 = meetings.filter((m) => m.date?.getUTCFullYear() === 2026).length;
    expect(years.find((y) => y.year === 2026)?.count ?? 0).toBe(in2026);

    const first = await listMeetingsOf({ officialId: kosherbayev }, 1);
    const second = await listMeetingsOf({ officialId: kosherbayev }, 2);
    expect(first.length).toBe(Math.min(MEETINGS_PER_PAGE, meetings.length));
    const all = [...first, ...second];
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
    expect(all.length).toBe(Math.min(2 * MEETINGS_PER_PAGE, meetings.length));
    const dates = all.flatMap((m) => (m.date ? [m.date] : []));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const m of first) expect(m.participants.map((p) => p.slug)).toContain("yermek-kosherbayev");
    expect(await listMeetingsOf({ officialId: kosherbayev }, 50)).toEqual([]);
  });

  it("lists the articles mentioning the official, newest first, with their mention counts", async () => {
    const expected = await db.articleOfficial.findMany({ where: { officialId: kosherbayev }, select: { mentions: true, article: { select: { slug: true } } } });
    const articles = await listArticlesOf({ officialId: kosherbayev }, 1);
    expect(articles.length).toBe(Math.min(expected.length, 20));
    const mentions = new Map(expected.map((e) => [e.article.slug, e.mentions]));
    for (const a of articles) expect(a.weight, a.slug).toBe(mentions.get(a.slug));
    const dates = articles.flatMap((a) => (a.publishedOn ? [a.publishedOn] : []));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(articles.some((a) => a.source !== null)).toBe(true);
  });
});

describe("paging across dated and undated items", () => {
  it("lists every meeting and article once, dated newest first, then undated newest first, across page boundaries", async () => {
    const official = await db.official.create({
      data: { slug: "pager-test", nameRu: "Пейджер Тестов", matchKey: "pager-test", surname: "тестов" },
      select: { id: true },
    });
    const dates = Array.from({ length: 25 }, (_, i) => new Date(Date.UTC(2001 + (i % 7), i % 12, 1 + i)));
    const meetings = [];
    for (const date of [...dates, null, null, null]) {
      meetings.push(await db.meeting.create({ data: { kind: "talks", status: "held", date, datePrecision: date ? "day" : null, participants: { create: { officialId: official.id } } }, select: { id: true, date: true } }));
    }
    const articles = [];
    for (const [i, date] of [...dates, null, null, null].entries()) {
      articles.push(
        await db.article.create({
          data: { slug: `pager-${i}`, title: `Статья ${i}`, body: "Текст.", rawText: `Текст ${i}.`, contentHash: String(i).padStart(64, "a"), publishedOn: date, officials: { create: { officialId: official.id, mentions: 1 + (i % 3) } } },
          select: { id: true, slug: true, publishedOn: true },
        }),
      );
    }
    const newestFirst = <T extends { id: number }>(rows: T[], date: (r: T) => Date | null) =>
      [...rows].sort((a, b) => (date(b)?.getTime() ?? -Infinity) - (date(a)?.getTime() ?? -Infinity) || b.id - a.id);

    const subject = { officialId: official.id };
    const pagedMeetings = [...(await listMeetingsOf(subject, 1)), ...(await listMeetingsOf(subject, 2))];
    expect(pagedMeetings.map((m) => m.id)).toEqual(newestFirst(meetings, (m) => m.date).map((m) => m.id));
    const pagedArticles = [...(await listArticlesOf(subject, 1)), ...(await listArticlesOf(subject, 2))];
    expect(pagedArticles.map((a) => a.slug)).toEqual(newestFirst(articles, (a) => a.publishedOn).map((a) => a.slug));
    expect(pagedArticles.at(-1)?.publishedOn).toBeNull();
    expect(await countMeetingsByYear(subject)).toContainEqual({ year: null, count: 3 });
  });
});
