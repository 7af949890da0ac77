import fc from "fast-check";
import { extractArticle, loadImporterLanguage, toArticleOut, UnreadableArticleError } from "../extract-article";

/**
 * 10,000 generated articles through extraction: each is read or refused with an `UnreadableArticleError`
 * (nothing else may be thrown) within the per-article budget of a second. The shapes are the ones that
 * were slow or broke once: random Cyrillic, a post repeated (`посол США`), long lines, lists of names,
 * both layouts' headers (valid and impossible dates), junk. A fixed seed makes a failure reproducible;
 * fast-check shrinks it to a small input. The 10,000 runs are two test files of 5,000 with their own
 * seeds, so the two cores share them (fuzz-1.test.ts, fuzz-2.test.ts); FUZZ_RUNS / FUZZ_SEED explore further.
 */
export const BUDGET_MS = 1_000;

const LOWER = [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюя"];
const UPPER = LOWER.map((c) => c.toUpperCase());
/** A random word from an integer (cheaper to generate than a string of letter arbitraries). */
const letters = (n: number, length: number) => Array.from({ length }, (_, i) => LOWER[Math.floor(n / 33 ** (i % 4) + i * 7) % LOWER.length]).join("");
const lower = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(([n, length]) => letters(n, length));
const capitalised = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 11 })).map(([n, length]) => UPPER[n % UPPER.length] + letters(n >> 5, length));
const name = fc.constantFrom(
  "Ермек Кошербаев", "Кошербаевым", "Марко Рубио", "Рубио", "Касым-Жомарт Токаев", "Токаеву", "Кристофер Ландау", "Ландау",
  "Джулия Дэвис", "Мурат Нуртлеу", "Тлеуберди", "Тлеуберды", "Стив Дейнс", "Дж. Д. Вэнс", "Ахметов", "Смит",
);
const post = fc.constantFrom(
  "посол США", "министр иностранных дел Казахстана", "госсекретарь США", "президент Казахстана", "заместитель министра",
  "сенатор", "специальный посланник США", "глава МИД РК", "помощник госсекретаря", "депутаты Мажилиса", "президенты Казахстана и США",
);
const event = fc.constantFrom(
  "встретился с", "провел переговоры с", "посетил", "обсудили", "подписали меморандум", "в ходе визита", "телефонный разговор",
  "примет участие в саммите", "на полях", "состоялась встреча", "планирует посетить", "принял", "накануне", "во вторник", "5 февраля",
  "в ноябре 2025 года", "в формате С5+1", "критических минералов", "в Вашингтоне", "в Астане", "делегацию конгрессменов",
);
const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("«", "»", "—", "–", "…", "(", ")", "\"", "'", ";", ":", "!", "?", ".", ",", "\t", " ", "\u00a0", "\u200b", "№", "%", "5+1", "🇰🇿"), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ."), maxLength: 80 }),
);
const word = fc.oneof({ weight: 6, arbitrary: lower }, { weight: 3, arbitrary: capitalised }, { weight: 2, arbitrary: name }, { weight: 2, arbitrary: post }, { weight: 2, arbitrary: event });
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 20 }), fc.constantFrom(".", "!", "?", "…", "", ";")).map(([w, stop]) => w.join(" ") + stop);
const repeat = (unit: fc.Arbitrary<string>, most: number) =>
  fc.tuple(unit, fc.integer({ min: 2, max: most }), fc.constantFrom(" ", ", ", ". ", " и ", "\n")).map(([u, n, sep]) => Array.from({ length: n }, () => u).join(sep));
const repeated = repeat(fc.oneof(post, name, event), 60);
/** One line of random Cyrillic, 1,000–20,000 characters: generated from a seed for speed, not shrunk. */
const longLine = fc.tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.integer({ min: 1, max: 2 ** 30 }), fc.boolean()).map(([length, seed, caps]) => {
  let s = seed;
  let text = "";
  while (text.length < length) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const r = s / 0x7fffffff;
    text += r < 0.15 ? " " : r < 0.17 ? ". " : (caps && r < 0.3 ? UPPER : LOWER)[Math.floor(r * 1e6) % LOWER.length];
  }
  return text;
});
const names = fc.tuple(fc.array(fc.oneof(name, fc.tuple(capitalised, capitalised).map((p) => p.join(" "))), { minLength: 2, maxLength: 25 }), fc.oneof(event, post)).map(
  ([list, tail]) => `${list.join(", ")} ${tail}.`,
);
const paragraph = fc.oneof(
  { weight: 8, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" ")) },
  { weight: 2, arbitrary: repeated },
  { weight: 2, arbitrary: names },
  { weight: 2, arbitrary: junk },
);
/** The long shapes, in one paragraph of their own: a sentence or post repeated hundreds of times, a long line. */
const longParagraph = fc.oneof(repeat(fc.oneof(post, name, sentence), 300), longLine);
const isoDate = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
  ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
);
const header = fc.oneof(
  fc.constant(""),
  fc.oneof(isoDate, fc.constantFrom("2026-02-05", "2025-11-30", "2026-13-45", "2026-02-30", "9999-99-99", "20260205", "2026-2-5")).map((d) => ` date ${d} `),
  fc.tuple(sentence, sentence, fc.constantFrom("ВАШИНГТОН", "АСТАНА", "НЬЮ-ЙОРК", "АЛМАТЫ", "")).map(([title, lead, city]) => `${title}\n${lead}\n${city}\n`),
  fc.constantFrom("Астана. 23 августа. КазТАГ – ", "АСТАНА, 6 февраля. /ТАСС/. ", "Вашингтон. 5 февраля. "),
);
/** One article in 50 has a long paragraph: the 100,000-character extremes are worst-case.test.ts's. */
const paragraphs = fc.oneof(
  { weight: 49, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.tuple(fc.array(paragraph, { maxLength: 2 }), longParagraph).map(([ps, long]) => [...ps, long]) },
);
export const article = fc
  .tuple(header, fc.boolean(), paragraphs, fc.constantFrom("\n", "\n\n"), fc.constantFrom("", "\nФото: МИД", "\nНа веб-сайте агентства «Анадолу» материал опубликован."))
  .map(([head, onTopic, body, sep, tail]) => head + (onTopic ? "Казахстан и США. " : "") + body.join(sep) + tail);

/** Loads the dictionaries and warms them with one article, so the first input is not charged with filling caches. */
export async function warmExtraction(): Promise<void> {
  await loadImporterLanguage();
  extractArticle(" date 2026-02-05 Министр иностранных дел Казахстана Ермек Кошербаев встретился с госсекретарем США Марко Рубио.", "warm-up");
}

/** CPU time of this process, in ms: on a shared machine wall time also counts other processes' work. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A failure names the input by its length and start, and the seed and path that make it again. */
function shortReport(details: fc.RunDetails<[string]>): void {
  if (!details.failed) return;
  const text = details.counterexample?.[0] ?? "";
  const why = details.errorInstance instanceof Error ? details.errorInstance.message.split("\n")[0] : String(details.errorInstance);
  throw new Error(`${why} — ${text.length} characters starting ${JSON.stringify(text.slice(0, 120))} (seed ${details.seed}, path "${details.counterexamplePath}")`);
}

/** Runs `runs` generated articles from `seed` through extraction; throws naming the first that crashed or
 *  took longer than the budget. Returns how many were read (the rest were refused) and the slowest. */
export function fuzzExtraction(runs: number, seed: number): { read: number; slowest: { ms: number; length: number } } {
  let read = 0;
  let slowest = { ms: 0, length: 0 };
  fc.assert(
    fc.property(article, (text) => {
      const started = cpuMs();
      try {
        const out = toArticleOut("fuzz.txt", extractArticle(text, "fuzz.txt"));
        if (out.meetings.some((m) => m.participants.some((p) => p.name.trim() === ""))) throw new Error("a participant without a name");
        JSON.stringify(out);
        read++;
      } catch (error) {
        if (!(error instanceof UnreadableArticleError) || error.reason === "") throw error;
      }
      const ms = cpuMs() - started;
      if (ms > slowest.ms) slowest = { ms, length: text.length };
      if (ms >= BUDGET_MS) throw new Error(`took ${ms.toFixed(0)} ms of CPU`);
    }),
    { numRuns: runs, seed, endOnFailure: true, reporter: shortReport },
  );
  return { read, slowest };
}
