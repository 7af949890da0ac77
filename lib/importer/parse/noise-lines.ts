/** Lines that travel with an article but are not its text: agency footers, subscription calls, photo
 *  credits. Curated from the outlets of the genre (Anadolu, Kazinform, KazTAG, TASS, MFA pages). */

const BOILERPLATE: readonly RegExp[] = [
  /^На (?:веб-)?сайте агентства/i,
  /публикуется лишь часть новостей/i,
  /^при [^.]{0,40}(?:использовании|цитировании|перепечатке)[^.]{0,60}(?:ссылка|гиперссылка)/i,
  /все права защищены/i,
  /^(?:подписывайтесь|подпишитесь) на /i,
  /^читайте (?:также|нас|новости)/i,
  /^(?:следите за новостями|больше новостей)/i,
  /^(?:теги|tags|ключевые слова)\s*:/i,
];

/** The footer names its outlet in quotes: `агентства «Анадолу»`, `ссылка на МИА «Казинформ»`. */
const AGENCY_IN_FOOTER = /[«"]([^»"]{2,40})[»"]/;
const SOURCE_LINE = /^Источник\s*:\s*(.{2,80}?)\.?$/i;

export interface Boilerplate {
  source: string | null;
}

/** A footer line, with the agency it names when it names one (`«Анадолу»` → `Анадолу`). */
export function readBoilerplate(line: string): Boilerplate | null {
  const sourceLine = SOURCE_LINE.exec(line);
  if (sourceLine) return { source: sourceLine[1]?.trim() ?? null };
  if (!BOILERPLATE.some((re) => re.test(line))) return null;
  return { source: AGENCY_IN_FOOTER.exec(line)?.[1]?.trim() ?? null };
}

const PHOTO_CREDIT = /^(?:©\s*)?(?:фото|фотография|photo|фото и видео)\s*(?::|©|–|—|-)\s*(.{1,80}?)\.?$/i;
const PHOTO_CREDIT_LOOSE = /^(?:©\s*)?фото\s+((?:пресс-служб|с сайта|из открытых|сайта|МИД|Акорд)[^.]{0,60})$/i;
/** `Фото Владимира Заикина`: the photographer named in the genitive. */
const PHOTO_BY = /^(?:©\s*)?[Фф]ото\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\.?$/u;

/** `Фото: МИД` → `МИД`; `Фото пресс-службы Акорды` → `пресс-службы Акорды`; `Фото Владимира Заикина` → the name. */
export function readPhotoCredit(line: string): string | null {
  const m = PHOTO_CREDIT.exec(line) ?? PHOTO_CREDIT_LOOSE.exec(line) ?? PHOTO_BY.exec(line);
  return m?.[1]?.trim() || null;
}

/** `На фото: …`, `На снимке: …`, `Слева направо: …`: a caption describes the picture, not the news; as a
 *  short line without a stop it would otherwise read as an inner heading and cut the story in two. */
const PHOTO_CAPTION = /^(?:на\s+(?:фото|снимке|фотографии)|слева\s+направо)\s*(?::|–|—|-)/i;

export function isPhotoCaption(line: string): boolean {
  return PHOTO_CAPTION.test(line);
}

/** `Ирина Ким, «Караван»`, `Дмитрий Новиков`, `Автор: Ольга Бельская`, `Материал подготовил Ерлан Жумабаев`: the reporter's signature closing a
 *  story — a name (two or three capitalised words) with at most the outlet or city after a comma. */
const BYLINE = /^(?:(?:[Аа]втор|[Тт]екст|[Кк]орреспондент)\s*:\s*|(?:[Мм]атериал\s+)?[Пп]одготовил[аи]?\s*:?\s*)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:\s*[,(]\s*(?:«[^»]{2,40}»|[\p{L} -]{2,40})\)?)?$/u;

export function isByline(line: string): boolean {
  return line.length <= 80 && BYLINE.test(line.trim());
}
