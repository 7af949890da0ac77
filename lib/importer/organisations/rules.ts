import type { CountryCode } from "@/lib/importer/types";
import { companyCountry } from "@/lib/importer/extract/people/data/companies";
import { CURATED_ORGANISATIONS } from "./data/curated";
import { ORGANISATION_HEADS } from "./data/heads";
import { MINISTRY_FIELDS_EN, MINISTRY_NAMES } from "./data/ministries";
import { COUNTRY_GENITIVE, countryOfGenitive, tailAfter, titleWords } from "./title-words";

export interface Organisation {
  nameRu: string;
  /** Null where no English name is known: never a word-for-word guess. */
  nameEn: string | null;
  country: CountryCode | null;
}

/** What a rule reads: the title as written, its position key with the holder's country appended when
 *  the title names none (`key`), and the key of the title's own words (`ownKey`). */
export interface TitleContext {
  title: string;
  key: string;
  ownKey: string;
}

export type Rule = (t: TitleContext) => Organisation | null;

const C = COUNTRY_GENITIVE;

const MISSIONS: [RegExp, { ru: string; en: string }][] = [
  [/^генеральн/u, { ru: "Генеральное консульство", en: "Consulate General" }],
  [/^консул/u, { ru: "Консульство", en: "Consulate" }],
  [/./u, { ru: "Посольство", en: "Embassy" }],
];
const MISSION = new RegExp(`(?:^| )(посол|посла|посольства|поверенн\\S* в делах|генеральн\\S* консул\\S*|консул\\S*) (${C}) в (.+)$`, "u");
const PERMANENT_MISSION = new RegExp(`(?:^| )(?:постоянн\\S* )?(?:представител\\S*|постпред\\S*|посол|посла) (${C}) при (.+)$`, "u");
const COUNTRY_ONLY = new RegExp(`^(?:${C})$`, "u");

/** An ambassador, chargé d'affaires or consul of one country in another (or in a city): the mission. */
export const diplomaticMission: Rule = ({ title, key }) => {
  const permanent = key.match(PERMANENT_MISSION);
  if (permanent) {
    const sender = countryOfGenitive(permanent[1] ?? "");
    const host = tailAfter(title, "при", permanent[2] ?? "");
    return sender && host ? { nameRu: `Постоянное представительство ${sender.forms.genitive} при ${host}`, nameEn: null, country: sender.code } : null;
  }
  const m = key.match(MISSION);
  if (!m) return null;
  const sender = countryOfGenitive(m[2] ?? "");
  const kind = MISSIONS.find(([pattern]) => pattern.test(m[1] ?? ""))?.[1];
  if (!sender || !kind) return null;
  const hostKey = m[3] ?? "";
  const hostCountry = COUNTRY_ONLY.test(hostKey) ? countryOfGenitive(hostKey) : null;
  if (hostCountry) {
    return {
      nameRu: `${kind.ru} ${sender.forms.genitive} в ${hostCountry.forms.prepositional}`,
      nameEn: `${kind.en} of ${sender.forms.en} in ${hostCountry.forms.en}`,
      country: sender.code,
    };
  }
  const city = tailAfter(title, "в", hostKey);
  return city && /^\p{Lu}/u.test(city) ? { nameRu: `${kind.ru} ${sender.forms.genitive} в ${city}`, nameEn: null, country: sender.code } : null;
};

export const curated: Rule = ({ key }) => {
  const found = CURATED_ORGANISATIONS.find((o) => o.patterns.some((p) => p.test(key)));
  return found ? { nameRu: found.nameRu, nameEn: found.nameEn, country: found.country } : null;
};

// A remit may follow the country: "заместитель министра сельского хозяйства США по вопросам торговли".
const MINISTRY = new RegExp(`(?:^| )(?:министр|министра|министерства) (.+?) (${C})(?: по [а-я ,-]+)?$`, "u");
const FIELD = /^(?:по )?[а-я-]+(?:,? (?:и )?[а-я-]+)*$/u;
const NOT_IN_FIELD = new Set(["в", "при", "без", "министр", "министра", "министерства", "–", "-"]);

/** A minister, deputy minister or anyone "of the ministry" of a field of a country: the ministry. */
export const ministry: Rule = ({ key }) => {
  const m = key.match(MINISTRY);
  const field = m?.[1] ?? "";
  const country = countryOfGenitive(m?.[2] ?? "");
  if (!country || !FIELD.test(field) || field.split(/[ ,]+/).some((w) => NOT_IN_FIELD.has(w))) return null;
  const own = MINISTRY_NAMES[country.code]?.[field];
  if (own) return { nameRu: own.ru, nameEn: own.en, country: country.code };
  const fieldEn = MINISTRY_FIELDS_EN[field];
  return {
    nameRu: `Министерство ${field} ${country.forms.genitive}`,
    nameEn: fieldEn ? `Ministry of ${fieldEn} of ${country.forms.en}` : null,
    country: country.code,
  };
};

const GOVERNMENT = new RegExp(`^(?:первый )?(?:заместитель )?(?:премьер-министра?|вице-премьер(?:-министра?)?) (${C})$`, "u");

/** A prime minister or deputy prime minister (and no other post in the title): the government. */
export const government: Rule = ({ key }) => {
  const country = countryOfGenitive(key.match(GOVERNMENT)?.[1] ?? "");
  return country ? { nameRu: `Правительство ${country.forms.genitive}`, nameEn: `Government of ${country.forms.en}`, country: country.code } : null;
};

const AKIM = /(?:^|\s)[Аа]кима?\s+(?:города\s+|г\.\s*)?(\p{Lu}.*)$/u;

/** An akim (or a deputy of one) of a city or region of Kazakhstan: its akimat. */
export const akimat: Rule = ({ title }) => {
  const place = title.trim().match(AKIM)?.[1];
  return place ? { nameRu: `Акимат ${place}`, nameEn: null, country: "KZ" } : null;
};

const NAMED_COMPANY = /(?:компани[иея]|корпораци[иея]|холдинга|концерна)\s+(?:«([^«»]+)»|"([^"]+)"|(\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*)*))/u;
const LEGAL_FORM = /(?:^|\s)(АО|ТОО|ПАО|ООО)\s+«([^«»]+)»/u;
const LATIN = /^[A-Za-z\d&.' -]+$/;

/** A post at a company the title names («Казатомпром», Wabtec, АО «…»). Its country is not in the title:
 *  it is the company's home country when the list of companies knows it. */
export const company: Rule = ({ title }) => {
  const legal = title.match(LEGAL_FORM);
  if (legal) return { nameRu: `${legal[1]} «${legal[2]}»`, nameEn: null, country: companyCountry(legal[2] ?? "") };
  const m = title.match(NAMED_COMPANY);
  const name = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
  if (!name) return null;
  return { nameRu: name, nameEn: LATIN.test(name) ? name : null, country: companyCountry(name) };
};

const OWN_COUNTRY_AT_END = new RegExp(`^(.+) (${C})$`, "u");
const ADJECTIVE = /(?:ого|его|ой|ей|ых|их|ому|ему)$/u;
const NOT_IN_NAME = new Set(["в", "во", "на", "при", "с", "у", "из", "–", "-"]);

/**
 * "<post> <organisation in the genitive> <country>", where the title itself names the country and the
 * organisation's words follow its head noun as written: секретарь Совета безопасности РК → Совет
 * безопасности Казахстана. The outermost organisation of a chain counts (a department's post belongs
 * to its agency). Anything less certain — an adjective before the head noun, whose nominative would be
 * a guess, a place after it, a country the title does not name — gives no organisation.
 */
export const genitiveOrganisation: Rule = ({ title, ownKey }) => {
  const m = ownKey.match(OWN_COUNTRY_AT_END);
  const country = countryOfGenitive(m?.[2] ?? "");
  if (!m || !country) return null;
  const kw = (m[1] ?? "").split(" ");
  const i = kw.findLastIndex((w) => w in ORGANISATION_HEADS);
  const head = ORGANISATION_HEADS[kw[i] ?? ""];
  const before = kw[i - 1];
  const chain = kw.slice(i + 1);
  if (!head || !before || ADJECTIVE.test(before) || chain.some((w) => NOT_IN_NAME.has(w) || !/^[а-я-]+$/u.test(w))) return null;
  const tw = titleWords(title);
  const j = tw.findIndex((w, k) => k > 0 && w.lower === kw[i] && tw[k - 1]?.lower === before && chain.every((c, n) => tw[k + 1 + n]?.lower === c));
  if (j < 0) return null;
  const words = [head.ru, ...tw.slice(j + 1, j + 1 + chain.length).map((w) => w.text), country.forms.genitive];
  return { nameRu: words.join(" "), nameEn: chain.length === 0 ? `${head.en} of ${country.forms.en}` : null, country: country.code };
};
