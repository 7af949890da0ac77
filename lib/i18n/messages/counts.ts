import { count } from "./icu";

/** Numbers with their nouns, in every form the language has (CLDR: ru one/few/many/other, en one/other).
 *  `other` in Russian is the fraction form («1,5 встречи»). Each noun is written once, here. */
export const ru = {
  meetings: count("ru", "{n, plural, one {# встреча} few {# встречи} many {# встреч} other {# встречи}}"),
  articles: count("ru", "{n, plural, one {# статья} few {# статьи} many {# статей} other {# статьи}}"),
  /** Genitive, after «около»: «около 1 статьи», «около 5 статей». */
  articlesGen: count("ru", "{n, plural, one {# статьи} other {# статей}}"),
  sources: count("ru", "{n, plural, one {# источник} few {# источника} many {# источников} other {# источника}}"),
  mentions: count("ru", "{n, plural, one {# упоминание} few {# упоминания} many {# упоминаний} other {# упоминания}}"),
  people: count("ru", "{n, plural, one {# человек} few {# человека} many {# человек} other {# человека}}"),
  counterparts: count("ru", "{n, plural, one {# собеседник} few {# собеседника} many {# собеседников} other {# собеседника}}"),
  phrases: count("ru", "{n, plural, one {# фраза} few {# фразы} many {# фраз} other {# фразы}}"),
  planned: count("ru", "{n, plural, one {# запланирована} few {# запланированы} many {# запланировано} other {# запланировано}}"),
  /** Accusative, after «через»: «через 1 минуту». */
  minutesAcc: count("ru", "{n, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}"),
  /** Genitive, after «не длиннее» / «до»: «не длиннее 1 символа», «до 200 символов». */
  charactersGen: count("ru", "{n, plural, one {# символа} other {# символов}}"),
  /** Nominative and accusative, «в 100 000 символов». */
  characters: count("ru", "{n, plural, one {# символ} few {# символа} many {# символов} other {# символа}}"),
  /** Accusative, after «через»: «через 1 секунду». */
  secondsAcc: count("ru", "{n, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}"),
  /** Instrumental, after «с»: «с 1 местом встреч», «с 5 местами встреч». */
  placesIns: count("ru", "{n, plural, one {# местом встреч} other {# местами встреч}}"),
  articlesReport: count("ru", "{n, plural, one {# статья сообщает} few {# статьи сообщают} many {# статей сообщают} other {# статьи сообщают}}"),
};

export const en: { [K in keyof typeof ru]: (n: number) => string } = {
  meetings: count("en", "{n, plural, one {# meeting} other {# meetings}}"),
  articles: count("en", "{n, plural, one {# article} other {# articles}}"),
  articlesGen: count("en", "{n, plural, one {# article} other {# articles}}"),
  sources: count("en", "{n, plural, one {# source} other {# sources}}"),
  mentions: count("en", "{n, plural, one {# mention} other {# mentions}}"),
  people: count("en", "{n, plural, one {# person} other {# people}}"),
  counterparts: count("en", "{n, plural, one {# counterpart} other {# counterparts}}"),
  phrases: count("en", "{n, plural, one {# phrase} other {# phrases}}"),
  planned: count("en", "{n, plural, other {# planned}}"),
  minutesAcc: count("en", "{n, plural, one {# minute} other {# minutes}}"),
  charactersGen: count("en", "{n, plural, one {# character} other {# characters}}"),
  characters: count("en", "{n, plural, one {# character} other {# characters}}"),
  secondsAcc: count("en", "{n, plural, one {# second} other {# seconds}}"),
  placesIns: count("en", "{n, plural, one {# meeting place} other {# meeting places}}"),
  articlesReport: count("en", "{n, plural, one {# article reports} other {# articles report}}"),
};
