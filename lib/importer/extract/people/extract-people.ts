import type { CountryCode, OfficialFull, PositionFull, Sentence } from "@/lib/importer/types";
import {
  buildPositions,
  legislatureCountry,
  personCountry,
  titleNamedCountry,
  titleOwnCountry,
  titleSeen,
  type TitleSeen,
} from "./build-positions";
import { findMentions, namesFamily, prepositionBefore, type RawMention } from "./find-mentions";
import { knownSurnameForms } from "./known-surnames";
import { latinName } from "./latin-name";
import { linkMentions, type Person } from "./link-mentions";
import { nameForms } from "./name-forms";
import { stateNames } from "./not-a-name";
import { positionKey, titleCountry } from "./position-key";
import { holderOf, presidentOf, standaloneTitles, type HeldPost } from "./title-references";
import { surnameFirstCountry } from "./surname-first";
import { curatedByForm, curatedByName } from "./curated-index";
import { parseWord } from "./morph";
import { assignPluralTitles, pluralTitles } from "./plural-titles";
import { wordsOf } from "../../language/analysed-words";
import { isCapitalized, type Token } from "./tokenize";
import { classifyWord } from "./word-class";
import type { PeopleResult, PersonMention, TextStretch } from "./types";


const NOT_AN_OFFICIAL_TITLE = /^(?:корреспондент|журналист|обозреватель|редактор|фотограф|фотокорреспондент|спецкор|собкор|колумнист|ведущ|супруг|жена|муж|дочь|сын)/iu;
const REGION_ADJECTIVE = /(?:ск|цк)(?:ая|ий|ое|ие|ой)$/u;
const PATRONYMIC = /^\p{Lu}\p{L}+(?:ович|евич|ьич|овна|евна|ична|инична)$/u;

interface PersonTitles {
  person: Person;
  titles: TitleSeen[];
  mentionTitles: Map<RawMention, TitleSeen>;
}

function mentionSpan(raw: RawMention): { start: number; end: number } {
  return { start: raw.tokens[raw.first]?.start ?? 0, end: raw.tokens[raw.last]?.end ?? 0 };
}

/** `с делегацией китайской компании Huawei во главе с вице-президентом Ли Пэном`: the head of a delegation
 *  whose country the phrase names, when no title of theirs names one. */
const HEADED_DELEGATION = /делегаци\p{L}*\s+([^,.;:!?«»]{1,60}?)\s+во\s+главе\s+с(?:о)?\s+[^,.;:!?]*$/u;

function headedDelegationCountry(person: Person, sentences: readonly Sentence[]): CountryCode | null {
  for (const m of person.mentions) {
    const text = sentences[m.raw.sentence]?.text ?? "";
    const phrase = HEADED_DELEGATION.exec(text.slice(0, mentionSpan(m.raw).start))?.[1];
    const country = phrase ? titleCountry(phrase) : null;
    if (country) return country;
  }
  return null;
}

/** Finds every named person in an article's sentences, in any case, with the titles they are given.
 *  Synchronous; call `loadPeopleLanguage()` once before. */
export function extractPeople(sentences: Sentence[]): PeopleResult {
  const tokenized: Token[][] = sentences.map(wordsOf);
  const seen = new Set<string>();
  for (const tokens of tokenized) for (const t of tokens) if (isCapitalized(t)) seen.add(t.lower);

  const states = stateNames(tokenized);
  const bySentence = tokenized.map((tokens, i) => findMentions(i, tokens, seen, states));
  // A surname that is also a dictionary word is read again where the article gives it alone, and so is a
  // surname right before a given name or another known surname, or third in a row of capitalised words
  // (`Джону Уотсону Мынбаев`), and a family told by its plural.
  const surnames = knownSurnameForms(bySentence.flat());
  const thirdInRow = (tokens: Token[], k: number) => k >= 2 && isCapitalized(tokens[k - 1]!) && isCapitalized(tokens[k - 2]!);
  const raws = tokenized.flatMap((tokens, i) =>
    tokens.some((t, k) => namesFamily(t, surnames) || (surnames.has(t.lower) && (classifyWord(t) === "common" || thirdInRow(tokens, k) || (tokens[k + 1] !== undefined && (surnames.has(tokens[k + 1]!.lower) || classifyWord(tokens[k + 1]!) === "given")))))
      ? findMentions(i, tokens, seen, states, surnames)
      : (bySentence[i] ?? []),
  );
  const people = linkMentions(raws);
  const legislature = legislatureCountry(sentences.map((s) => s.text).join("\n"));

  const withTitles: PersonTitles[] = people.map((person) => {
    const mentionTitles = new Map<RawMention, TitleSeen>();
    const alsoHeld: TitleSeen[] = [];
    for (const m of person.mentions) {
      if (m.raw.title) mentionTitles.set(m.raw, titleSeen(sentences, m.raw.sentence, m.raw.tokens, m.raw.title, false));
      if (m.raw.title?.also) alsoHeld.push(titleSeen(sentences, m.raw.sentence, m.raw.tokens, m.raw.title.also, false));
    }
    return { person, titles: [...mentionTitles.values(), ...alsoHeld], mentionTitles };
  });
  const countries = withTitles.map(
    (p) =>
      personCountry(p.person, p.titles, legislature) ??
      headedDelegationCountry(p.person, sentences) ??
      (!p.person.curated && p.person.mentions.some((m) => m.raw.surnameFirst) ? surnameFirstCountry(p.person.name) : null),
  );

  // Bare titles ("Глава МИД Казахстана подчеркнул…") link to the one person holding that post.
  const posts: HeldPost[] = withTitles.flatMap((p, i) =>
    buildPositions(p.titles, countries[i] ?? null, legislature).map((position) => ({ person: i, position })),
  );
  const references: { person: number; sentence: number; seen: TitleSeen; start: number; end: number; preposition?: string }[] = [];
  const usedBySentence = new Map<number, Set<number>>();
  for (const raw of raws) {
    const used = usedBySentence.get(raw.sentence) ?? new Set<number>();
    for (let k = raw.first; k <= raw.last; k++) used.add(k);
    for (const span of [raw.title, raw.title?.also]) if (span) for (let k = span.startIndex; k < span.endIndex; k++) used.add(k);
    usedBySentence.set(raw.sentence, used);
  }
  const unheldPosts: TextStretch[] = [];
  const names = people.map((p) => p.name);
  tokenized.forEach((tokens, sentence) => {
    const used = usedBySentence.get(sentence) ?? new Set<number>();
    for (const span of standaloneTitles(tokens, used)) {
      const bare = titleSeen(sentences, sentence, tokens, span, true);
      // `министр встретился с министром энергетики США Биллом Ричардсоном`: a bare post is not someone the
      // same sentence names with his post.
      const found = holderOf(bare.title, posts, sentence);
      const holder = found && people[found.person]?.mentions.some((m) => m.raw.sentence === sentence && m.raw.title) ? null : found;
      const start = tokens[span.startIndex]?.start ?? 0;
      const end = tokens[span.endIndex - 1]?.end ?? start;
      // `у Президента Казахстана побывал госсекретарь`: the preposition tells the post's part, as a name's.
      const preposition = prepositionBefore(tokens, span.startIndex);
      // A president the article names without the post: the reference is theirs, but a post said only
      // in passing (`казахстанскому президенту`) is not the title their name was given with.
      const president = holder ? null : presidentOf(bare.title, names);
      if (president) references.push({ person: president.index, sentence, seen: { ...bare, key: president.key }, start, end, ...(preposition ? { preposition } : {}) });
      if (!holder) {
        if (!president) unheldPosts.push({ sentence, start, end });
        continue;
      }
      const seenTitle: TitleSeen = { ...bare, key: holder.position.key };
      references.push({ person: holder.person, sentence, seen: seenTitle, start, end, ...(preposition ? { preposition } : {}) });
      withTitles[holder.person]?.titles.push(seenTitle);
    }
  });

  const officials: OfficialFull[] = [];
  const mentions: PersonMention[] = [];
  withTitles.forEach(({ person, titles, mentionTitles }, i) => {
    const country = countries[i] ?? null;
    const positions = buildPositions(titles, country, legislature);
    const positionOf = (t: TitleSeen): PositionFull => {
      const own = titleNamedCountry(t) ?? country ?? titleOwnCountry(t, legislature);
      return { title: t.title, key: t.key ?? positionKey(t.title, own), country: own, sentences: [t.sentence] };
    };
    const sentenceSet = new Set<number>();
    const surfaces = new Set<string>();
    for (const m of person.mentions) {
      const { start, end } = mentionSpan(m.raw);
      const t = mentionTitles.get(m.raw);
      const title = m.raw.title;
      sentenceSet.add(m.raw.sentence);
      surfaces.add(m.raw.words.join(" "));
      mentions.push({
        official: person.name,
        sentence: m.raw.sentence,
        start,
        end,
        surnameOnly: m.surnameOnly,
        grammaticalCase: m.grammaticalCase,
        possibleCases: m.possibleCases,
        position: t ? positionOf(t) : null,
        ...(m.raw.preposition ? { preposition: m.raw.preposition } : {}),
        ...(m.raw.governingWord ? { governingWord: m.raw.governingWord } : {}),
        ...(title
          ? { titleStart: m.raw.tokens[title.startIndex]?.start ?? start, titleEnd: m.raw.tokens[title.endIndex - 1]?.end ?? end }
          : {}),
      });
    }
    for (const r of references.filter((x) => x.person === i)) {
      sentenceSet.add(r.sentence);
      mentions.push({
        official: person.name,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        surnameOnly: false,
        grammaticalCase: null,
        possibleCases: [],
        position: positionOf(r.seen),
        titleStart: r.start,
        titleEnd: r.end,
        viaTitle: true,
        ...(r.preposition ? { preposition: r.preposition } : {}),
      });
    }
    const forms = new Set([...nameForms(person.name, person.gender), ...surfaces]);
    for (const alias of person.curated?.aliases ?? []) for (const f of nameForms(alias, person.gender)) forms.add(f);
    officials.push({
      name: person.name,
      nameLatin: latinName(person.name),
      country,
      forms: [...forms],
      positions,
      sentences: [...sentenceSet].sort((a, b) => a - b),
    });
  });
  mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  // A row of names under one plural post: each takes the post with its own country, in reading order.
  for (const [mention, position] of assignPluralTitles(pluralTitles(sentences), mentions)) {
    const official = officials.find((o) => o.name === mention.official);
    if (!official || official.positions.some((p) => p.key === position.key)) continue;
    const first = official.positions[0]?.sentences[0] ?? Infinity;
    if (mention.sentence <= first) official.positions.unshift(position);
    else official.positions.push(position);
    official.country ??= position.country;
  }
  return withoutNonOfficials(officials, mentions, unheldPosts);
}

/** People the story names who are not officials (`корреспондент … Данияр Сейткали`, `супруга …`, a
 *  region's adjective read as a surname: `Алматинская`), and a first name with a patronymic only
 *  (`Нурсултан Абишевич`) folded into the official with that first name. */
function withoutNonOfficials(officials: OfficialFull[], mentions: PersonMention[], unheldPosts: TextStretch[]): PeopleResult {
  const dropped = new Set(
    officials
      .filter((o) => (o.positions.length > 0 && o.positions.every((p) => NOT_AN_OFFICIAL_TITLE.test(p.title))) || (!o.name.includes(" ") && REGION_ADJECTIVE.test(o.name) && parseWord(o.name).some((r) => r.tag.POS === "ADJF")))
      .map((o) => o.name),
  );
  const renamed = new Map<string, string>();
  // `Барака Обамы` read as a name of its own: a case form of a curated official is that official.
  // `Узры Зея` read as `Узры Зей`: the full name as written is a case form of one.
  for (const o of officials) {
    const curated = curatedByForm(o.name) ?? o.forms.filter((f) => f.includes(" ")).map(curatedByForm).find((c) => c !== null) ?? null;
    if (curated && curated !== o.name) renamed.set(o.name, curated);
  }
  for (const o of officials) {
    const [first, second, ...rest] = o.name.split(" ");
    if (!first || !second || rest.length > 0 || !PATRONYMIC.test(second)) continue;
    const full = officials.filter((p) => p !== o && p.name.startsWith(`${first} `) && !PATRONYMIC.test(p.name.split(" ")[1] ?? ""));
    if (full.length === 1 && full[0]) renamed.set(o.name, full[0].name);
  }
  // A renamed person whose proper name is not in the article yet keeps the proper name.
  for (const [from, to] of renamed) {
    if (officials.some((o) => o.name === to)) continue;
    const source = officials.find((o) => o.name === from);
    const curated = curatedByName(to);
    if (source) officials.push({ ...source, name: to, nameLatin: curated?.latin ?? latinName(to), country: source.country ?? curated?.country ?? null, forms: [...new Set([...source.forms, ...nameForms(to)])] });
  }
  const kept = officials.filter((o) => !dropped.has(o.name) && !renamed.has(o.name));
  for (const [from, to] of renamed) {
    const target = kept.find((o) => o.name === to);
    const source = officials.find((o) => o.name === from);
    if (target && source) target.sentences = [...new Set([...target.sentences, ...source.sentences])].sort((a, b) => a - b);
  }
  return {
    officials: kept,
    mentions: mentions.filter((m) => !dropped.has(m.official)).map((m) => (renamed.has(m.official) ? { ...m, official: renamed.get(m.official) ?? m.official } : m)),
    unheldPosts,
  };
}
