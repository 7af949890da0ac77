import { isKnownGivenName } from "./given-readings";
import { isPlainSpace, type Token } from "./tokenize";

/**
 * Korean and Chinese names, which the Russian press writes surname first: `Ким У Чжун`, `Чон Ый Хва`,
 * `Цянь Цичэнь`, `Ван И`. The surname and the first syllables never decline; only the last word does
 * (`с Ким У Чжуном`, `министром Цянь Цичэнем`). Japanese names come given name first in the press and
 * are read as any other.
 */
const KOREAN: ReadonlySet<string> = new Set([
  "ким", "ли", "пак", "чон", "чхве", "чой", "чо", "кан", "юн", "чан", "лим", "хан", "со", "син", "квон", "хван",
  "ан", "сон", "хон", "мун", "нам", "пэк", "бан", "пан", "бак", "ку", "ём", "чу", "но", "сим", "ро", "бэ", "мин", "юк", "о",
  "хо", "ко", "ха", "ю", "пё", "хён", "ын", "то", "у",
]);
const CHINESE: ReadonlySet<string> = new Set([
  "ван", "чжан", "лю", "чэнь", "ян", "хуан", "чжао", "чжоу", "сюй", "сунь", "чжу", "ху", "го", "хэ", "гао", "линь",
  "ло", "чжэн", "лян", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн", "цзэн", "сяо", "тянь", "дун", "пань",
  "юань", "цай", "цзян", "юй", "ду", "чэн", "вэй", "лу", "цянь", "цинь", "цзя", "ши", "ся", "бо", "мэн", "янь",
  "вэнь", "ляо", "шэнь", "бай", "инь", "мао", "цуй", "шао", "чжай", "хоу", "дай", "хуа", "цзинь", "ань", "и",
]);
const SURNAMES: ReadonlySet<string> = new Set([...KOREAN, ...CHINESE]);

/** One-letter surnames (`О Се Хун`) are also prepositions and conjunctions: only a three-word name counts. */
const SHORT = 1;
/** A syllable of a Korean given name, written apart (`У`, `Ый`, `Чхоль`); a Chinese given name is one word. */
const KOREAN_SYLLABLE = 5;
const LONGEST_PART = 9;
/** Russian and Western surname endings: `Ян Липавский`, `Ли Сергеев` are not read this way. */
const NOT_SYLLABLE = /(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ина|ская|енко|ук|юк|сон|ман)$/u;

function part(token: Token | undefined): boolean {
  if (!token || !isPlainSpace(token.gapBefore)) return false;
  const text = token.text;
  if (!/^\p{Lu}\p{Ll}*$/u.test(text) || text.length > LONGEST_PART) return false;
  // `Холлен`, `Шаак`: no doubled letter in these transcriptions; `Джин`, `Шин` are syllables, `Ильин` a surname.
  return !(text.length > 4 && NOT_SYLLABLE.test(token.lower)) && !/(\p{L})\1/u.test(token.lower);
}

/** The index of the last word of a surname-first name starting at `i`, or -1. */
export function surnameFirstEnd(tokens: readonly Token[], i: number): number {
  const head = tokens[i];
  if (!head || !/^\p{Lu}\p{Ll}*$/u.test(head.text) || !SURNAMES.has(head.lower)) return -1;
  // `Крис Ван Холлен`, `Лу Анна Саймон`: a given name before or after the word makes it a Western name.
  const before = tokens[i - 1];
  if (before && isPlainSpace(head.gapBefore) && isKnownGivenName(before.text)) return -1;
  if (!part(tokens[i + 1]) || isKnownGivenName(tokens[i + 1]!.text)) return -1;
  const second = tokens[i + 1]!.text.length <= KOREAN_SYLLABLE && part(tokens[i + 2]);
  if (head.text.length <= SHORT && (!second || i === 0)) return -1;
  return second ? i + 2 : i + 1;
}

/** The country a surname-first name's holder is of when no title says: a Korean name's given syllables are
 *  written apart (`Ким У Чжун`), a Chinese given name is one word (`Ван И`). Neither side of this archive
 *  writes its own people so, so the person is of a third country. */
export function surnameFirstCountry(name: string): "KR" | "CN" | null {
  const words = name.split(" ");
  const head = words[0]?.toLowerCase() ?? "";
  if (words.length === 3 && KOREAN.has(head)) return "KR";
  if (words.length === 2 && CHINESE.has(head)) return "CN";
  return KOREAN.has(head) ? "KR" : CHINESE.has(head) ? "CN" : null;
}
