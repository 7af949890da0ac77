import { HEADS_NEEDING_TAIL, HONORIFIC, RANKS, TAIL_PREPOSITIONS } from "./data/title-words";
import { caseOf, fromDictionary, parseWord, type GramCase } from "./morph";
import { titleCountry } from "./position-key";
import { isListComma } from "./title-list-comma";
import { isAllCaps, isCommaGap, isPlainSpace, type Token } from "./tokenize";
import { headLemma, isAdjective, partOfSpeech, pluralTitleHeadCases, pluralTitleHeadParse, titleHeadCases, titleHeadParse, wordCases } from "./word-class";

/** A post title found next to a name: tokens [startIndex, endIndex), the head word at headIndex
 *  (modifiers before it, the dependent tail after it), and the cases the head can stand in. */
export interface TitleSpan {
  startIndex: number;
  headIndex: number;
  endIndex: number;
  cases: GramCase[];
  /** Where the title's wording ends when the span goes on (a rank between a post and the name). */
  textEnd?: number;
  /** A first post joined to this one by a dash (Заместитель Премьер-министра – Министр иностранных дел). */
  prefix?: TitleSpan;
  /** A plural head shared by several names (члены Палаты представителей Брукс и Ортис). */
  plural?: boolean;
  /** A plural title split across names (министрами иностранных дел Кыргызстана А и Таджикистана Б):
   *  this name's title is the shared one up to `cut`, then its own words [start, end) (Таджикистана). */
  variant?: { cut: number; start: number; end: number };
  /** Another post given right before this one, after a comma (министром экологии Азербайджана,
   *  президентом COP29 Мухтаром Бабаевым): the person holds both. */
  also?: TitleSpan;
}

const MAX_TITLE_TOKENS = 14;
const GROUP_PHRASES = new Set(["в составе", "во главе"]);
// Words that can sit inside a title: nouns, adjectives, participles used as adjectives, numerals as
// ordinals. Anything verbal or adverbial ends the phrase.
const TAIL_POS = new Set(["NOUN", "ADJF", "PRTF"]);

/** Quotes may sit inside a title (председатель партии «Аманат», АО «НК «КазМунайГаз»»); other punctuation ends it. */
function titleGap(gap: string): boolean {
  return isPlainSpace(gap) || /^[ \u00a0]*[«»"„“”]+[ \u00a0]*$/.test(gap);
}

/** The gap before `tokens[i]` keeps a title going: a space, a quote, a comma inside a list, or
 *  nothing at all (the digits of COP29). */
function titleGapAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return (
    !!t &&
    ((t.gapBefore === "" && i > 0) ||
      titleGap(t.gapBefore) ||
      isListComma(tokens, i) ||
      (/^\.[ \u00a0]?$/.test(t.gapBefore) && namedAfter(tokens, i)) ||
      bracketedAbbreviation(tokens, i) ||
      bracketedAbbreviation(tokens, i - 1) ||
      latinAmpersand(tokens, i))
  );
}

/** `ExxonMobil Upstream Oil & Gas`, `Procter & Gamble`: an ampersand between two Latin words of a company's name. */
function latinAmpersand(tokens: Token[], i: number): boolean {
  return /^[ \u00a0]*&[ \u00a0]*$/.test(tokens[i]?.gapBefore ?? "") && /^[A-Z]/.test(tokens[i - 1]?.text ?? "") && /^[A-Z]/.test(tokens[i]?.text ?? "");
}

/** `администратором Федерального управления гражданской авиации США (FAA) Мэрион Блейки`: the body's
 *  abbreviation in brackets belongs to the post, so neither bracket ends it; a country's (`(США)`) is
 *  the writer's aside. */
function bracketedAbbreviation(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && i > 0 && isAllCaps(t) && /^[ \u00a0]\($/.test(t.gapBefore) && /^\)[ \u00a0]$/.test(tokens[i + 1]?.gapBefore ?? "") && titleCountry(t.text) === null;
}

/** Whether `tokens[i]` begins the name an institution bears, or is inside it: after `имени`, or after the
 *  abbreviation `им.` (`университета им. С.Сейфуллина`, `им. аль-Фараби`), through an initial's dot. */
export function namedAfter(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  if (before.lower === "имени" || (before.lower === "им" && /^\.[ \u00a0]?$/.test(tokens[i]?.gapBefore ?? ""))) return true;
  return /^\p{Lu}$/u.test(before.text) && /^\.[ \u00a0]?$/.test(tokens[i]?.gapBefore ?? "") && namedAfter(tokens, i - 1);
}

function isTailWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // Digits glued to letters belong to a name (COP29, G20); standing alone they end the title.
  if (/^\d/.test(t.text)) return t.gapBefore === "" && /^[A-Z]+$/.test(tokens[i - 1]?.text ?? "");
  if (isAllCaps(t)) return true;
  // A company or body named in Latin letters (президент компании Wabtec по Евразии).
  if (/^[A-Z][A-Za-z0-9&.-]+$/.test(t.text)) return true;
  // … with its lower-case joining words (Chevron International Exploration and Production, Bank of America).
  if (/^(?:and|of|for|the|de)$/.test(t.text)) return /^[A-Z]/.test(tokens[i - 1]?.text ?? "") && /^[A-Z]/.test(tokens[i + 1]?.text ?? "");
  if (TAIL_PREPOSITIONS.has(t.lower)) return true;
  // `сенатор от штата Канзас`: the state a legislator is elected from.
  if (t.lower === "от" && tokens[i + 1]?.lower === "штата") return true;
  if ((t.lower === "им" || t.lower === "имени") && namedAfter(tokens, i + 1)) return true;
  if (namedAfter(tokens, i)) return true;
  if (t.lower === "и") return (isAdjective(tokens[i - 1]?.text ?? "") && isAdjective(tokens[i + 1]?.text ?? "")) || coordinated(tokens, i);
  if (titleHeadParse(t.text)) return true;
  const pos = partOfSpeech(t.text);
  if (pos === "NOUN" && t.text === t.lower && objectOnly(t.text) && !insideGuillemets(tokens, i)) return false;
  return pos !== undefined && TAIL_POS.has(pos);
}

/** `АО «Национальная компания «Қазақстан темір жолы»`: a word inside a quoted name is the name's. */
function insideGuillemets(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = 0; k <= i; k++) for (const ch of tokens[k]?.gapBefore ?? "") depth += ch === "«" ? 1 : ch === "»" ? -1 : 0;
  return depth > 0;
}

/** `передал Главе государства приветствие Дональда Трампа`: a lower-case thing (inanimate) that can only be a
 *  subject or an object (no oblique case) is what the verb governs, not a word of the post before the name
 *  (`управляющий партнер`, `шейх` are people). */
function objectOnly(word: string): boolean {
  const parses = parseWord(word).filter(fromDictionary);
  return parses.length > 0 && parses.every((p) => p.tag.POS === "NOUN" && !!p.tag.inan && (caseOf(p) === "nomn" || caseOf(p) === "accs"));
}

/** "и" joining two dependents of one post in the same oblique case (министр промышленности и
 *  строительства, по политическим вопросам и вопросам миростроительства, директор по России и
 *  Центральной Азии — a capitalised adjective begins a place's name, a capitalised noun may be the next
 *  person's given name); never a second post. */
function coordinated(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || isHead(after) || isAllCaps(after) || (after.text !== after.lower && !isAdjective(after.text) && !isRegionName(after.text))) return false;
  const left = wordCases(before.text).filter((c) => c !== "nomn");
  const right = new Set(wordCases(after.text));
  return left.some((c) => right.has(c));
}

/** `по делам Европы и Евразии`: a capitalised noun the dictionary knows only as a place, and no country
 *  (`послами США и Болгарии`, `министры … Кыргызстана и Узбекистана` are rows of posts), is no given name. */
function isRegionName(word: string): boolean {
  const readings = parseWord(word);
  return readings.length > 0 && readings.every((p) => p.tag.Geox) && titleCountry(word) === null;
}

function isHead(token: Token | undefined): boolean {
  return token !== undefined && titleHeadParse(token.text) !== null;
}

/** Adjectives of posts that Az.js reads first as nouns (`старшим` → старший, `управляющим` → управляющий). */
const POST_MODIFIERS: ReadonlySet<string> = new Set(["старший", "младший", "управляющий"]);

function isPostModifier(word: string): boolean {
  return isAdjective(word) || parseWord(word).some((p) => POST_MODIFIERS.has(p.normalize().word));
}

/** Extends a head to the left over its adjective modifiers (первым, Чрезвычайный и Полномочный). */
const POSSESSIVES: ReadonlySet<string> = new Set(["ее", "её", "его", "их", "свой", "своя", "своего", "своей", "своим", "своему", "своем"]);

function modifiersStart(tokens: Token[], headIndex: number, floor: number): number {
  let start = headIndex;
  for (let j = headIndex - 1; j >= floor; j--) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (!t || !next || !titleGap(next.gapBefore)) break;
    // `в приеме, который Президент США …`: a relative pronoun opens a clause, it does not qualify the post.
    if (/^котор/.test(t.lower)) break;
    // `ее председатель совета директоров`: a possessive pronoun points back, it is no part of the post.
    if (POSSESSIVES.has(t.lower)) break;
    if (isPostModifier(t.text) || (t.lower === "и" && isPostModifier(tokens[j - 1]?.text ?? ""))) start = j;
    else break;
  }
  return tokens[start]?.lower === "и" ? start + 1 : start;
}

/** "исполняющая обязанности помощника госсекретаря": the acting phrase governs the post in the
 *  genitive and carries the case of the whole title; returns its participle's index, or -1. */
export function actingStart(tokens: Token[], postStart: number): number {
  const duties = tokens[postStart - 1];
  const acting = tokens[postStart - 2];
  if (!duties || !acting || duties.lower !== "обязанности" || !isPlainSpace(duties.gapBefore)) return -1;
  if (!isPlainSpace(tokens[postStart]?.gapBefore ?? "") || !/^исполняющ(ий|ая|его|ей|ему|им|ую)$/.test(acting.lower)) return -1;
  return postStart - 2;
}

function actingCases(token: Token): GramCase[] {
  const out = new Set<GramCase>();
  for (const p of parseWord(token.text)) {
    const c = p.tag.POS === "PRTF" && !p.tag.plur ? caseOf(p) : null;
    if (c) out.add(c);
  }
  return [...out];
}

const BODY_NOUNS = 2;

function genitiveNoun(token: Token | undefined): boolean {
  return !!token && partOfSpeech(token.text) === "NOUN" && wordCases(token.text).includes("gent");
}

function genitive(token: Token): boolean {
  return titleHeadCases(token.text).includes("gent") || titleHeadParse(token.text) === "indeclinable";
}

/** The title standing right before a name (…с первым заместителем госсекретаря США | Кристофером…).
 *  The nearest head wins; a head in the genitive right after another head belongs to it
 *  (заместителем госсекретаря). `blocked` marks tokens of other names, which end the scan. A rank
 *  right before the name yields to a post written before it; a post after a dash takes the post before
 *  the dash along. With `plural`, a plural head counts too (a title shared with the next names). */
export function titleBefore(tokens: Token[], nameStart: number, blocked: ReadonlySet<number>, plural = false): TitleSpan | null {
  // `председатель Объединенного комитета начальников штабов генерал Ричард Майерс`, `Министр обороны
  // генерал армии Мухтар Алтынбаев`: the post before the rank, though a bare `генерал` is no title alone.
  const rank = rankStart(tokens, nameStart);
  if (!plural && rank !== null) {
    const post = titleEndingAt(tokens, rank, blocked, false);
    if (post && !post.plural && !RANKS.has(titleLemmaOf(tokens[post.headIndex]!))) return { ...post, endIndex: nameStart, textEnd: rank };
  }
  const span = titleEndingAt(tokens, nameStart, blocked, plural);
  if (!span || span.plural) return span;
  // `Супруга Президента Сара Назарбаева`: the post is her husband's, she holds none.
  if (KIN.test(tokens[span.startIndex - 1]?.lower ?? "")) return null;
  const dash = tokens[span.startIndex];
  if (dash && /^[ \u00a0]+[–—-][ \u00a0]+$/.test(dash.gapBefore)) {
    const prefix = titleEndingAt(tokens, span.startIndex, blocked, false, true);
    if (prefix) return { ...span, startIndex: prefix.startIndex, prefix };
  }
  // `президентом и главным исполнительным директором компании`, `специальный посланник и координатор`: two
  // posts of one person joined by `и`, in one case, with no name between.
  const and = tokens[span.startIndex - 1];
  if (dash && and?.lower === "и" && isPlainSpace(dash.gapBefore) && isPlainSpace(and.gapBefore)) {
    const prefix = titleEndingAt(tokens, span.startIndex - 1, blocked, false);
    if (prefix && !prefix.plural && sharesCase(prefix, span) && !RANKS.has(titleLemmaOf(tokens[prefix.headIndex]!)) && sameCountry(tokens, prefix, span)) return { ...span, startIndex: prefix.startIndex, prefix };
  }
  if (dash && isCommaGap(dash.gapBefore)) {
    const also = titleEndingAt(tokens, span.startIndex, blocked, false, true);
    if (also && !also.plural && sharesCase(also, span)) return { ...span, also };
  }
  return span;
}

/** A relative of the office-holder the genitive post after it names (`супруга Президента`, `сын министра`). */
const KIN = /^(?:супруг\p{L}*|жена|жены|жене|жену|женой|муж|мужа|мужу|мужем|вдова|вдовы|вдове|вдову|вдовой|дочь|дочери|дочерью|сын|сына|сыну|сыном)$/u;

/** Where a military rank right before the name begins (`генерал`, `генерал армии`, `бригадный генерал`,
 *  `генерал-майор`), or null. */
function rankStart(tokens: Token[], nameStart: number): number | null {
  const last = tokens[nameStart - 1];
  if (!last || !isPlainSpace(tokens[nameStart]?.gapBefore ?? "")) return null;
  const before = tokens[nameStart - 2];
  const rank = RANKS.has(titleLemmaOf(last)) || HONORIFIC.test(last.lower) ? nameStart - 1 : last.lower === "армии" && before && titleLemmaOf(before) === "генерал" ? nameStart - 2 : null;
  if (rank === null) return null;
  return RANK_MODIFIER.test(tokens[rank - 1]?.lower ?? "") ? rank - 1 : rank;
}
const RANK_MODIFIER = /^(?:бригадн|отставн)\p{L}*$/u;

/** `глава казахстанского МИД и госсекретарь США Хиллари Клинтон`: posts of two countries are two people's. */
function sameCountry(tokens: Token[], a: TitleSpan, b: TitleSpan): boolean {
  const country = (t: TitleSpan) => titleCountry(tokens.slice(t.startIndex, t.endIndex).map((w) => w.text).join(" "));
  const [x, y] = [country(a), country(b)];
  return x === null || y === null || x === y;
}

/** Two posts in apposition agree: both heads can stand in one case. */
function sharesCase(a: TitleSpan, b: TitleSpan): boolean {
  return a.cases.length === 0 || b.cases.length === 0 || a.cases.some((c) => b.cases.includes(c));
}

/** The title whose last token is right before `end` (see titleBefore); `acrossGap` accepts any gap
 *  before `end` itself (the dash between two posts). */
function titleEndingAt(tokens: Token[], end: number, blocked: ReadonlySet<number>, plural: boolean, acrossGap = false): TitleSpan | null {
  const headOf = (t: Token | undefined) => isHead(t) || (plural && t !== undefined && pluralTitleHeadParse(t.text) !== null);
  let floor = end;
  for (let i = end - 1; i >= 0 && end - i <= MAX_TITLE_TOKENS; i--) {
    const after = tokens[i + 1];
    if (!after || (!(acrossGap && i === end - 1) && !titleGapAt(tokens, i + 1)) || blocked.has(i) || !(isTailWord(tokens, i) || headOf(tokens[i]))) break;
    // `делегацией … в составе конгрессменов А, Б`, `во главе с сенатором А`: the group's members' post
    // starts after the phrase that introduces them.
    if (GROUP_PHRASES.has(`${tokens[i - 1]?.lower ?? ""} ${tokens[i]!.lower}`)) break;
    floor = i;
  }
  let head = -1;
  for (let i = end - 1; i >= floor; i--) {
    if (headOf(tokens[i])) {
      head = i;
      break;
    }
  }
  if (head < 0) return null;
  // A genitive plural (представителей) depends on a plural head further left (члены Палаты представителей).
  if (!isHead(tokens[head]) && pluralTitleHeadCases(tokens[head]!.text).includes("gent")) {
    for (let i = head - 1; i >= floor; i--) if (!isHead(tokens[i]) && headOf(tokens[i])) head = i;
  }
  for (;;) {
    const start = modifiersStart(tokens, head, floor);
    const current = tokens[head];
    if (!current || !genitive(current)) break;
    // `заместитель Руководителя Администрации Президента`: up to two genitive nouns that are no posts
    // (`Администрации`) may stand between the head and the post it depends on.
    let left = start - 1;
    while (left >= floor && left >= start - 1 - BODY_NOUNS && !isHead(tokens[left]) && genitiveNoun(tokens[left])) left--;
    if (left >= floor && isHead(tokens[left]) && (left === start - 1 || genitive(tokens[left]!) || left < start - 1)) head = left;
    else break;
  }
  const headToken = tokens[head];
  if (!headToken) return null;
  if (head === end - 1 && HEADS_NEEDING_TAIL.has(titleLemmaOf(headToken))) return null;
  const startIndex = modifiersStart(tokens, head, floor);
  const acting = actingStart(tokens, startIndex);
  if (acting >= 0 && !blocked.has(acting)) {
    return { startIndex: acting, headIndex: acting, endIndex: end, cases: actingCases(tokens[acting]!) };
  }
  if (!isHead(headToken)) return { startIndex, headIndex: head, endIndex: end, cases: pluralTitleHeadCases(headToken.text), plural: true };
  return { startIndex, headIndex: head, endIndex: end, cases: titleHeadCases(headToken.text) };
}

/** The title in apposition after a name: "Ермек Кошербаев, министр иностранных дел Казахстана, …". */
export function titleAfter(tokens: Token[], nameEnd: number, blocked: ReadonlySet<number>): TitleSpan | null {
  const first = tokens[nameEnd];
  if (!first || !/^[ \u00a0]*(,|\(|[–—-])[ \u00a0]*$/.test(first.gapBefore)) return null;
  let head = -1;
  for (let i = nameEnd; i < nameEnd + 4; i++) {
    const t = tokens[i];
    if (!t || blocked.has(i) || (i > nameEnd && !titleGap(t.gapBefore))) break;
    if (isHead(t)) {
      head = i;
      break;
    }
    if (!isAdjective(t.text)) break;
  }
  if (head < 0) return null;
  let end = head + 1;
  while (end < tokens.length && end - nameEnd < MAX_TITLE_TOKENS) {
    const t = tokens[end];
    if (!t || !titleGapAt(tokens, end) || blocked.has(end) || !isTailWord(tokens, end)) break;
    end++;
  }
  while (end - 1 > head && TAIL_PREPOSITIONS.has(tokens[end - 1]?.lower ?? "")) end--;
  const headToken = tokens[head];
  if (!headToken) return null;
  if (end === head + 1 && HEADS_NEEDING_TAIL.has(titleLemmaOf(headToken))) return null;
  return { startIndex: nameEnd, headIndex: head, endIndex: end, cases: titleHeadCases(headToken.text) };
}

export function titleLemmaOf(token: Token): string {
  const parse = titleHeadParse(token.text) ?? pluralTitleHeadParse(token.text);
  if (parse === "indeclinable" || parse === null) return token.lower;
  return headLemma(parse) ?? token.lower;
}

/** The title built around a head word standing without a name ("Глава МИД Казахстана подчеркнул"):
 *  its modifiers before and its tail after. */
const COUNTRY_LEADER = /^(?:казахстанск|американск)/u;

export function titleAround(tokens: Token[], headIndex: number, blocked: ReadonlySet<number>): TitleSpan | null {
  const head = tokens[headIndex];
  if (!head || !isHead(head)) return null;
  let end = headIndex + 1;
  while (end < tokens.length && end - headIndex < MAX_TITLE_TOKENS) {
    const t = tokens[end];
    if (!t || !titleGapAt(tokens, end) || blocked.has(end) || !isTailWord(tokens, end)) break;
    if (titleHeadParse(t.text) !== null && !genitive(t)) break;
    // "визита Главы государства в Вашингтон": without a name to anchor it, "в …" is more often the
    // sentence's place than part of the post.
    if (t.lower === "в" || t.lower === "во" || t.lower === "при") break;
    end++;
  }
  while (end - 1 > headIndex && TAIL_PREPOSITIONS.has(tokens[end - 1]?.lower ?? "")) end--;
  const startIndex = modifiersStart(tokens, headIndex, 0);
  // `казахстанского лидера`, `американский лидер`: the country's adjective is the tail a bare «лидер» lacks.
  if (end === headIndex + 1) {
    const lemma = titleLemmaOf(head);
    const byCountry = lemma === "лидер" && tokens.slice(startIndex, headIndex).some((t) => COUNTRY_LEADER.test(t.lower));
    if (!byCountry && HEADS_NEEDING_TAIL.has(lemma)) return null;
  }
  return { startIndex, headIndex, endIndex: end, cases: titleHeadCases(head.text) };
}
