import { beforeAll, describe, expect, it } from "vitest";
import { loadImporterLanguage } from "../../extract-article";
import { splitSentences } from "../../parse/split-sentences";
import { topicsPerSentence } from "../../topics";
import type { OfficialFull, Sentence } from "../../types";
import { extractMeetings, type GrammaticalCase, type MentionIn } from ".";
import { pastDayOf } from "./meeting-date";

// Meetings read words through their morphology (the predicate lexicon is by lemma).
beforeAll(() => loadImporterLanguage(), 30_000);

interface Person {
  name: string;
  country: string;
  forms: Record<string, GrammaticalCase>;
}

const KOSHERBAEV: Person = {
  name: "Ермек Кошербаев",
  country: "KZ",
  forms: { "Ермек Кошербаев": "nomn", Кошербаев: "nomn", "Ермека Кошербаева": "gent", "Ермеком Кошербаевым": "ablt" },
};
const LANDAU: Person = { name: "Кристофер Ландау", country: "US", forms: { "Кристофером Ландау": "ablt", "Кристофер Ландау": "nomn", Ландау: null } };
const MAST: Person = { name: "Брайан Маст", country: "US", forms: { "Брайаном Мастом": "ablt", "Брайан Маст": "nomn" } };
const DAINES: Person = { name: "Стив Дэйнс", country: "US", forms: { "Стивом Дэйнсом": "ablt", "Стив Дэйнс": "nomn" } };
const RUBIO: Person = { name: "Марко Рубио", country: "US", forms: { "Марко Рубио": null } };
const SAIDOV: Person = { name: "Бахтиёр Саидов", country: "UZ", forms: { "Бахтиёром Саидовым": "ablt" } };
const TOKAEV: Person = { name: "Касым-Жомарт Токаев", country: "KZ", forms: { "Касым-Жомарта Токаева": "gent", "Касым-Жомарт Токаев": "nomn" } };
const GOR: Person = { name: "Серджио Гор", country: "US", forms: { "Серджио Гора": "gent" } };

/** One paragraph per string; every form of every person found by plain search (longest first). */
function meetings(paragraphs: string[], people: Person[], options: { publishedOn?: string | null; heading?: number[]; dateline?: string } = {}) {
  const sentences: Sentence[] = paragraphs.flatMap((p, paragraph) =>
    splitSentences(p).map((s) => ({ part: "body" as const, paragraph, start: s.start, text: s.text })),
  );
  const mentions: MentionIn[] = [];
  sentences.forEach((s, sentence) => {
    const taken: [number, number][] = [];
    const forms = people.flatMap((p) => Object.entries(p.forms).map(([form, grammaticalCase]) => ({ name: p.name, form, grammaticalCase })));
    for (const f of forms.sort((a, b) => b.form.length - a.form.length)) {
      for (let at = s.text.indexOf(f.form); at >= 0; at = s.text.indexOf(f.form, at + 1)) {
        const end = at + f.form.length;
        if (/\p{L}/u.test(s.text[end] ?? "") || taken.some(([a, b]) => at < b && end > a)) continue;
        taken.push([at, end]);
        mentions.push({ name: f.name, sentence, start: at, end, grammaticalCase: f.grammaticalCase });
      }
    }
  });
  const officials: OfficialFull[] = people.map((p) => ({ name: p.name, nameLatin: null, country: p.country, forms: [], positions: [], sentences: [] }));
  const headingSentences = new Set(sentences.flatMap((s, i) => ((options.heading ?? []).includes(s.paragraph) ? [i] : [])));
  return extractMeetings({
    sentences,
    headingSentences,
    mentions,
    officials,
    topics: topicsPerSentence(sentences),
    publishedOn: options.publishedOn === undefined ? "2026-02-05" : options.publishedOn,
    publishedOnSource: "header",
    datelinePlace: options.dateline ?? null,
  });
}

const names = (m: { participants: { name: string }[] }) => m.participants.map((p) => p.name);

describe("extractMeetings", () => {
  it("finds a held bilateral meeting with the publication date and the trip's place", () => {
    const [m, ...rest] = meetings(
      [
        "Ермек Кошербаев в ходе визита в Вашингтон провел встречу с первым заместителем госсекретаря США Кристофером Ландау.",
        "Стороны обсудили сотрудничество в сфере критических минералов.",
      ],
      [KOSHERBAEV, LANDAU],
    );
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: "meeting", status: "held", date: "2026-02-05", dateSource: "header", place: "Вашингтон" });
    expect(m && names(m)).toEqual(["Ермек Кошербаев", "Кристофер Ландау"]);
    expect(m?.topics).toEqual(["critical-minerals"]);
  });

  it("calls a meeting described as переговоры talks, and a later surname-only mention joins it", () => {
    const result = meetings(
      ["Ермек Кошербаев обсудил перспективы сотрудничества с Кристофером Ландау.", "В ходе переговоров стороны обсудили энергетику.", "Ландау отметил роль Казахстана."],
      [KOSHERBAEV, LANDAU],
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.kind).toBe("talks");
    expect(result[0]?.topics).toEqual(["energy"]);
  });

  it("splits `провел встречи с A и B` into two meetings when the text treats them separately", () => {
    const result = meetings(
      [
        "Ермек Кошербаев провел встречи с конгрессменом Брайаном Мастом и сенатором Стивом Дэйнсом.",
        "В ходе встречи с конгрессменом Брайаном Мастом стороны обсудили торговлю.",
        "Сенатор Стив Дэйнс в свою очередь отметил важность поправки Джексона – Вэника.",
      ],
      [KOSHERBAEV, MAST, DAINES],
    );
    expect(result.map(names)).toEqual([
      ["Ермек Кошербаев", "Брайан Маст"],
      ["Ермек Кошербаев", "Стив Дэйнс"],
    ]);
    expect(result[0]?.topics).toContain("trade-investment");
    expect(result[0]?.topics).not.toContain("trade-status-jackson-vanik");
    expect(result[1]?.topics).toContain("trade-status-jackson-vanik");
  });

  it("keeps `встретился с A и B` as one multi-party meeting when nothing singles one out", () => {
    const result = meetings(["Ермек Кошербаев встретился с конгрессменом Брайаном Мастом и сенатором Стивом Дэйнсом."], [KOSHERBAEV, MAST, DAINES]);
    expect(result.map(names)).toEqual([["Ермек Кошербаев", "Брайан Маст", "Стив Дэйнс"]]);
  });

  it("tells planned from held and dates a planned visit by its month", () => {
    const [visit] = meetings(["Отдельное внимание было уделено предстоящему в марте 2026 года визиту делегации конгрессменов США в Казахстан."], []);
    expect(visit).toMatchObject({ kind: "visit", status: "planned", date: "2026-03-01", datePrecision: "month", place: "Казахстан" });
    expect(visit?.participants).toEqual([]);
  });

  it("does not make an invitation or a past visit into a meeting", () => {
    expect(
      meetings(
        [
          "Ермек Кошербаев пригласил американских законодателей посетить Казахстан.",
          "Стороны обсудили итоги визита Касым-Жомарта Токаева в Вашингтон в ноябре 2025 года.",
        ],
        [KOSHERBAEV, TOKAEV],
      ),
    ).toEqual([]);
  });

  it("does not copy the dateline when the text names another place", () => {
    const [m] = meetings(["Ермек Кошербаев провел встречу с Кристофером Ландау в Нью-Йорке."], [KOSHERBAEV, LANDAU], { dateline: "Астана" });
    expect(m?.place).toBe("Нью-Йорк");
  });

  it("reads a phone call with a relative date, and gives it no place", () => {
    const [m] = meetings(["Накануне Ермек Кошербаев провел телефонный разговор с Государственным секретарем США Марко Рубио."], [KOSHERBAEV, RUBIO], {
      dateline: "Астана",
    });
    expect(m).toMatchObject({ kind: "call", status: "held", date: "2026-02-04", dateSource: "relative", place: null });
    expect(m && names(m)).toEqual(["Ермек Кошербаев", "Марко Рубио"]);
  });

  it("reads a signing as its own event", () => {
    const result = meetings(["Ермек Кошербаев и Кристофер Ландау подписали меморандум о сотрудничестве в сфере энергетики."], [KOSHERBAEV, LANDAU]);
    expect(result.map((m) => m.kind)).toEqual(["signing"]);
    expect(result[0] && names(result[0])).toEqual(["Ермек Кошербаев", "Кристофер Ландау"]);
  });

  it("keeps several meetings per article, and leaves out one with a third country's minister (the archive is of Kazakhstan–US relations)", () => {
    const result = meetings(
      [
        "Ермек Кошербаев провел встречу с Кристофером Ландау.",
        "Затем Ермек Кошербаев встретился с министром иностранных дел Узбекистана Бахтиёром Саидовым.",
        "Вечером Ермек Кошербаев и Кристофер Ландау подписали меморандум.",
      ],
      [KOSHERBAEV, LANDAU, SAIDOV],
    );
    expect(result.map(names)).toEqual([
      ["Ермек Кошербаев", "Кристофер Ландау"],
      ["Ермек Кошербаев", "Кристофер Ландау"],
    ]);
  });

  it("reads `принял` with the received person in the accusative", () => {
    const [m] = meetings(["Президент Казахстана Касым-Жомарт Токаев принял специального посланника США Серджио Гора."], [TOKAEV, GOR]);
    expect(m && names(m)).toEqual(["Касым-Жомарт Токаев", "Серджио Гор"]);
  });

  it("joins a conference with its inviter and a speaker, and drops background held events", () => {
    const result = meetings(
      [
        "Ермек Кошербаев принял участие в Министерской конференции по критическим минералам по приглашению Государственного секретаря США Марко Рубио.",
        "В мероприятии выступил Кристофер Ландау.",
        "Ранее, 5 ноября 2025 года, Ермек Кошербаев встретился с Брайаном Мастом.",
      ],
      [KOSHERBAEV, RUBIO, LANDAU, MAST],
    );
    expect(result.map((m) => m.kind)).toEqual(["conference"]);
    expect(result[0] && names(result[0])).toEqual(["Ермек Кошербаев", "Марко Рубио", "Кристофер Ландау"]);
  });

  it("merges a title naming both sides with the body's report of the same call", () => {
    const result = meetings(
      ["Ермек Кошербаев и Марко Рубио обсудили по телефону участие Казахстана в Совете мира.", "Ермек Кошербаев провел телефонный разговор с Марко Рубио."],
      [KOSHERBAEV, RUBIO],
    );
    expect(result.map((m) => m.kind)).toEqual(["call"]);
  });

  it("keeps the same counterpart met by another official as another meeting, on the same day and place", () => {
    const result = meetings(
      [
        "Ермек Кошербаев 3 февраля провел встречу с Кристофером Ландау в Астане.",
        "В тот же день Касым-Жомарт Токаев встретился с Кристофером Ландау.",
      ],
      [KOSHERBAEV, LANDAU, TOKAEV],
    );
    expect(result.map(names)).toEqual([
      ["Ермек Кошербаев", "Кристофер Ландау"],
      ["Касым-Жомарт Токаев", "Кристофер Ландау"],
    ]);
    expect(result.map((m) => [m.date, m.place])).toEqual([
      ["2026-02-03", "Астана"],
      ["2026-02-03", "Астана"],
    ]);
  });

  it("does not take a topic country for the venue", () => {
    const [m] = meetings(["Ермек Кошербаев встретился с Кристофером Ландау и обсудил ситуацию в Афганистане."], [KOSHERBAEV, LANDAU]);
    expect(m?.place).toBeNull();
    expect(m?.topics).toContain("afghanistan");
  });

  it("records a planned visit without a date as null, never as the publication date", () => {
    const [m] = meetings(["Марко Рубио посетит Астану."], [RUBIO]);
    expect(m).toMatchObject({ kind: "visit", status: "planned", date: null, place: "Астана" });
  });

  it("takes the destination of a visit told with `посетят`", () => {
    const [m] = meetings(["Марко Рубио и Кристофер Ландау посетят Астану."], [RUBIO, LANDAU]);
    expect(m).toMatchObject({ kind: "visit", status: "planned", place: "Астана" });
  });

  it("takes a sentence's day past one inside a participle's phrase («прилетевший … в субботу, в воскресенье провел»)", () => {
    const text = "Госсекретарь, прилетевший в Астану поздно вечером в субботу, в воскресенье провел переговоры.";
    expect(pastDayOf(text, 0, "2026-03-13")?.date).toBe("2026-03-08");
  });
});
