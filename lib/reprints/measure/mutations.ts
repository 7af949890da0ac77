/**
 * What a second site does to a story it reprints, as text edits: the variants the reprint threshold is
 * measured on (scripts/measure-reprints.ts) and the tests' reprints. Each takes the article's raw text
 * (either layout) and a random source, and returns another raw text of the same story.
 */

export type Random = () => number;

const pick = <T,>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** The text as blocks (page layout: blank-line paragraphs; wire layout: lines) and how to join them back. */
interface Blocks {
  page: boolean;
  /** Wire layout: title, lead and the capitals dateline come before the body. */
  head: string[];
  body: string[];
}

function blocksOf(raw: string): Blocks {
  const text = raw.replace(/^ url [^\n]*\n/, "");
  if (/^ ?date /.test(text)) return { page: true, head: [], body: text.split(/\n\s*\n/) };
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const capsAt = lines.findIndex((l, i) => i < 4 && /^[А-ЯЁ -]{3,}$/.test(l.trim()));
  const headLength = capsAt >= 0 ? capsAt + 1 : Math.min(2, lines.length - 1);
  return { page: false, head: lines.slice(0, headLength), body: lines.slice(headLength) };
}

function textOf(b: Blocks): string {
  return b.page ? b.body.join("\n\n") : [...b.head, ...b.body].join("\n");
}

/** Paragraphs a reprinting site adds at random places: cross-links, bylines, captions. */
const READ_ALSO = ["Читайте также: Токаев провел телефонный разговор с президентом США", "Читайте также: Казахстан и США обсудили расширение торгово-экономического сотрудничества", "ЧИТАЙТЕ ТАКЖЕ: В Астане прошли казахстанско-американские консультации"];
const BYLINES = ["Автор: Айгерим Сапарова", "Айдос Нурланов", "Подготовила Мария Ким", "Текст: Ерлан Жумабаев, фото: пресс-служба МИД РК"];
const CAPTIONS = ["Фото: Акорда", "Фото пресс-службы МИД РК", "На фото: участники встречи", "Фото: Kazinform / Архив"];
const DATELINES = ["Астана. 14 января. КазТАГ – ", "АСТАНА, 14 января. /ТАСС/. ", "АСТАНА. КАЗИНФОРМ – ", "Нур-Султан, 14 января – Sputnik. "];

export type Mutation = (raw: string, r: Random, other: string) => string;

export const MUTATIONS: Record<string, Mutation> = {
  /** Another headline: the site writes its own. */
  headline(raw, r) {
    const b = blocksOf(raw);
    if (b.page || b.head.length === 0) return raw;
    b.head[0] = pick(r, ["Главное за день: ", "Важно: ", ""]) + b.head[0]!.split(" ").slice(0, 6).join(" ") + " — подробности";
    return textOf(b);
  },
  /** The dateline as another agency writes it, at the head of the first paragraph. */
  dateline(raw, r) {
    const b = blocksOf(raw);
    if (!b.page && b.head.length >= 3) b.head = b.head.slice(0, -1);
    if (b.body.length === 0) return raw;
    const first = b.page ? 1 : 0;
    const at = Math.min(first, b.body.length - 1);
    b.body[at] = pick(r, DATELINES) + b.body[at]!;
    return textOf(b);
  },
  /** A paragraph dropped (never the only one, never the date header). */
  dropParagraph(raw, r) {
    const b = blocksOf(raw);
    const from = b.page ? 1 : 0;
    if (b.body.length - from < 3) return raw;
    b.body.splice(from + 1 + Math.floor(r() * (b.body.length - from - 1)), 1);
    return textOf(b);
  },
  /** A background paragraph added, taken from another article of the archive. */
  addParagraph(raw, r, other) {
    const b = blocksOf(raw);
    const extra = blocksOf(other).body.filter((p) => p.length > 80 && !/^ ?date /.test(p));
    if (extra.length === 0) return raw;
    b.body.splice(Math.max(b.page ? 1 : 0, b.body.length - Math.floor(r() * 2)), 0, "Напомним, " + pick(r, extra).replace(/^./, (c) => c.toLowerCase()));
    return textOf(b);
  },
  /** «Читайте также» links between paragraphs. */
  readAlso(raw, r) {
    const b = blocksOf(raw);
    const at = Math.max(b.page ? 1 : 0, Math.floor(b.body.length / 2));
    b.body.splice(at, 0, ...READ_ALSO.slice(0, 1 + Math.floor(r() * READ_ALSO.length)));
    return textOf(b);
  },
  byline(raw, r) {
    const b = blocksOf(raw);
    b.body.push(pick(r, BYLINES));
    return textOf(b);
  },
  photoCaption(raw, r) {
    const b = blocksOf(raw);
    b.body.splice(Math.min(b.body.length, b.page ? 1 : 0), 0, pick(r, CAPTIONS));
    return textOf(b);
  },
  /** Another site's typography: straight quotes, hyphens for dashes, е for ё, non-breaking spaces. */
  typography(raw) {
    return raw
      .replace(/[«»]/g, '"')
      .replace(/ — /g, " - ")
      .replace(/ё/g, "е")
      .replace(/(\d) (\d)/g, "$1\u00a0$2")
      .replace(/ (в|и|с|на) /g, " $1\u00a0");
  },
};

/** A reprint: 2–4 of the mutations above, each applied once, in random order. */
export function reprintOf(raw: string, r: Random, other: string): { text: string; applied: string[] } {
  const names = Object.keys(MUTATIONS).sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 3));
  let text = raw;
  for (const name of names) text = MUTATIONS[name]!(text, r, other);
  return { text, applied: names };
}

/**
 * A story another site rewrote in its own words from the same release: each sentence of the body is
 * kept word for word with probability `keep` (a quote, a formula the release used), otherwise its words
 * are put in another order — which, like rewording, leaves none of its 4-word shingles. The pairs a
 * "possible reprint" must catch and a merge must not.
 */
export function rewriteOf(raw: string, r: Random, keep: number): string {
  const b = blocksOf(raw);
  const reword = (s: string) => (r() < keep ? s : s.split(" ").reverse().join(" "));
  b.body = b.body.map((p, i) => {
    // The page layout's date header stays where the parser looks for it.
    const head = i === 0 && b.page ? (/^\s*date \S+ /.exec(p)?.[0] ?? "") : "";
    return head + p.slice(head.length).split(/(?<=[.!?])\s+/).map(reword).join(" ");
  });
  return textOf(b);
}
