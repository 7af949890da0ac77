import { RECALLED } from "../recalled";
import { MONTH_PATTERN, monthNumber } from "./months";
/** Years the article names as when something happened (`в ноябре 2025 года`, `в 2026 году`,
 *  `2023/2024 учебном году`, `«Степной орел – 2025»`): the evidence for inferring a year the text leaves
 *  out. Horizons (`до 2030 года`, `к 2035 году`, not `по итогам 2025 года`) say nothing about when the article was written and are
 *  skipped. A year of something already done (`был учрежден в 2015 году`) is a lower bound: the
 *  article cannot be older. A year named only for what is still to come (`саммит, который пройдет в
 *  Токио в 2027 году`) may lie ahead of the article. */
const YEAR = /(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d|-(?:[хе]|ые|ых|ми)(?!\p{L}))/gu;
/** Numbered events that name their year without writing it: the UN General Assembly's n-th session
 *  opens in September of 1945 + n (`на полях 79-й сессии ГА ООН` → 2024); the climate COP n met in
 *  1994 + n until COP25 (2019), and in 1995 + n since COP26 (2021; none met in 2020): `COP28` → 2023. */
const NUMBERED_GATHERINGS: readonly { pattern: RegExp; year: (n: number) => number }[] = [
  { pattern: /(?<!\d)(\d{2,3})-?(?:[йя]|ой|ей)?\s+сесси\p{L}*\s+(?:Генеральной\s+Ассамблеи|ГА)\s+ООН/gu, year: (n) => 1945 + n },
  // `в преддверии 25-летия независимости`, `к 30-летию установления дипломатических отношений`: Kazakhstan's
  // independence and its relations with the US both date from December 1991.
  { pattern: /(?<!\d)(\d{1,2})-?лети\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:независимости|установления\s+дипломатических\s+отношений|дипломатических\s+отношений)/gu, year: (n) => 1991 + n },
  { pattern: /(?<![\p{L}\d])(?:COP|СОР|КС)[\s-]?(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})-?(?:[йя]|ой|ей)?\s+(?:Конференци\p{L}*\s+сторон|конференци\p{L}*\s+ООН\s+по\s+изменению\s+климата)/gu, year: (n) => (n <= 25 ? 1994 : 1995) + n },
];

/** Each year a sentence names, with where it stands. */
function namedYears(text: string): { year: number; at: number; numbered: boolean }[] {
  const named = [...text.matchAll(YEAR)].map((m) => ({ year: Number(m[1]), at: m.index ?? 0, numbered: false }));
  for (const { pattern, year } of NUMBERED_GATHERINGS) {
    for (const m of text.matchAll(pattern)) named.push({ year: year(Number(m[1] ?? m[2])), at: m.index ?? 0, numbered: true });
  }
  return named;
}
const HORIZON = /(?:^|\s)(?:до|к|через|по(?!\s+(?:итогам|результатам|данным|состоянию|сравнению)(?!\p{L})))\s+(?:\p{L}+\s+)?$/u;
const PROGRAMME_NAMED_BY_YEAR = /(?:(?:программ|стратеги|концепци|доктрин)\p{L}*\s+«[^»]{0,60}?[–—-]\s*|(?:Стратеги|Казахстан)\p{L}*\s*[–—-]\s*)$/iu;
const PLAN_PERIOD_END = /(?:^|\s)на\s+(?:19|20)\d{2}\s*[–—-]\s*$/u;
const EVENT_NAMED_BY_YEAR = /(?:ЭКСПО|EXPO|Expo|Экспо|Универсиад\p{L}*|Олимпиад\p{L}*)-$/u;
const WHOLE_YEAR_BEFORE = /(?:^|\s)(?:в|по\s+итогам|за)\s+$/iu;
const WHOLE_YEAR_FIGURE = /^\d{4}\s+год\p{L}*\s+(?:[^.!?]{0,60}?\s)?(?:товарооборот|объем|инвестиц|экспорт|импорт)\p{L}*[^.!?]{0,80}?(?:составил|достиг|превысил|вырос|увеличил|сократил)\p{L}*/u;
const SPAN_END = /(?:^|\s)с\s+(?:19|20)\d{2}\s+(?:год\p{L}*\s+)?по\s+$/u;
const DONE_BEFORE = /(?:был[аои]?|стал[аои]?)\s+(?:\p{L}+\s+){0,2}$|(?:учрежден\p{L}*|основан\p{L}*|создан\p{L}*|подписан\p{L}*|принят\p{L}*|состоял\p{L}*|прошл\p{L}*)\s+(?:[\p{L}«»-]+\s+){0,5}$/u;

const MONTH_BEFORE = new RegExp(String.raw`(?<![а-яё])(${MONTH_PATTERN})\s+$`, "iu");

/** `в 2010 году станет первым государством СНГ, председательствующим в ОБСЕ`: a future verb right after the year. */
const AHEAD_AFTER = /^\d{4}\s+год\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:станет|станут|будет|будут|пройд[её]т|состоится|состоятся|возглавит|примет|откроется|начнется|вступит)(?!\p{L})/u;
/** A verb or adjective of the future earlier in the sentence than the year; a bid (`добивается
 *  председательства в ОБСЕ в 2009 году`, `заявка на …`) is for a year still to come. */
const AHEAD = /(?:пройд[её]т|следующ\p{L}*|договорил\p{L}*|условил\p{L}*|состоится|состоятся|планиру\p{L}*|запланирован\p{L}*|будет|будут|будущ\p{L}*|намерен\p{L}*|ожида\p{L}*|предстоящ\p{L}*|подготовк\p{L}*|прим(?:ет|ут)\s+участие|заявк\p{L}*|добива\p{L}*|претенду\p{L}*|кандидатур\p{L}*|председательств\p{L}*)(?!\p{L})[^.!?]{0,110}$/u;

export interface MentionedYears {
  years: number[];
  /** Years named only for what is still to come. */
  ahead: number[];
  /** The latest year of an event reported as done, or null. */
  notBefore: number | null;
  /** The earliest horizon the text names (`до конца 2011 года`): the story is no later. */
  notAfter?: number;
  /** Events still to come named with month and year (`в декабре 2026 г.`), earliest first. */
  aheadMonths?: { year: number; month: number }[];
  /** The years the people in office and the capital's name allow (`era.ts`), ascending, when known. */
  era?: readonly number[] | null;
}

export function mentionedYears(texts: readonly string[]): MentionedYears {
  const years = new Set<number>();
  const notAhead = new Set<number>();
  let notBefore: number | null = null;
  let notAfter: number | null = null;
  const aheadMonths = new Map<number, number>();
  for (const text of texts) {
    for (const { year, at, numbered } of namedYears(text)) {
      const before = text.slice(Math.max(0, at - 60), at);
      // `к 25-летию независимости` is that year itself, not a horizon as `к 2030 году` is.
      // `с 2005 по 2015 год инвестировали`: the end of a span the story reports, not a horizon — the story
      // is no older than it.
      const spanEnd = SPAN_END.test(before);
      if (spanEnd) notBefore = Math.max(notBefore ?? year, year);
      // `программы «Информационный Казахстан – 2020»`, `Стратегии «Казахстан-2050»`, `Стратегия-2050`: a
      // programme named by its target year says nothing of when the story was written.
      if (!numbered && PROGRAMME_NAMED_BY_YEAR.test(before)) continue;
      // `план сотрудничества на 2013–2017 годы`: the end of a plan's period is where it runs to, not when
      // the story was written (its start is named as any year is).
      if (!numbered && PLAN_PERIOD_END.test(before)) continue;
      if (!numbered && !spanEnd && HORIZON.test(before)) {
        // `до конца 2011 года`: a horizon says nothing of when the story was written, except that it was
        // not after it.
        notAfter = Math.min(notAfter ?? year, year);
        continue;
      }
      years.add(year);
      // `ЭКСПО-2017`, `Универсиада-2017`: an event named by its year is prepared years ahead of it.
      const eventName = EVENT_NAMED_BY_YEAR.test(text.slice(Math.max(0, at - 20), at));
      if (!eventName && !AHEAD.test(text.slice(Math.max(0, at - 120), at)) && !AHEAD_AFTER.test(text.slice(at, at + 60))) notAhead.add(year);
      else {
        // `саммит пройдет в декабре 2026 г.`: the month of what is to come, to place it against a dateline.
        const month = MONTH_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1];
        if (month && !aheadMonths.has(year)) aheadMonths.set(year, monthNumber(month) ?? 0);
      }
      if (DONE_BEFORE.test(before) || RECALLED.test(text)) notBefore = Math.max(notBefore ?? year, year);
      // `в 2017 году товарооборот составил 1,88 млрд`, `по итогам 2023 года объем … превысил`: a whole
      // year's figure is told after that year is over.
      if (WHOLE_YEAR_BEFORE.test(before) && WHOLE_YEAR_FIGURE.test(text.slice(at, at + 160))) notBefore = Math.max(notBefore ?? year + 1, year + 1);
    }
  }
  const sorted = [...years].sort((a, b) => a - b);
  const ahead = sorted.filter((y) => !notAhead.has(y));
  const dated = ahead.flatMap((y) => { const month = aheadMonths.get(y); return month ? [{ year: y, month }] : []; });
  return { years: sorted, ahead, notBefore, ...(notAfter !== null ? { notAfter } : {}), ...(dated.length > 0 ? { aheadMonths: dated } : {}) };
}

/** The latest year the text reports rather than only looks ahead to, or undefined. */
export function latestReportedYear(mentioned: Pick<MentionedYears, "years" | "ahead">): number | undefined {
  return mentioned.years.filter((y) => !mentioned.ahead.includes(y)).at(-1);
}
