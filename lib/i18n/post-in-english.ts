/**
 * A post as the Russian press writes it, in English: `Министр иностранных дел РК` → "Minister of Foreign
 * Affairs of Kazakhstan", `сенатор` → "Senator", `Государственный секретарь США` → "US Secretary of State".
 * Rules over the post's words: the country it ends with (`РК`, `Казахстана`, `США`, …), a place (`в
 * Казахстане`), and the post itself from a small table; an American `министр` is a Secretary. Null when
 * a word is not in the table: the page then shows the post as written, marked as Russian.
 */
const COUNTRIES: [RegExp, string][] = [
  [/\s+(?:РК|Республики Казахстан|Казахстана)$/i, "Kazakhstan"],
  [/\s+США$/, "US"],
  [/\s+Узбекистана$/i, "Uzbekistan"],
  [/\s+Таджикистана$/i, "Tajikistan"],
  [/\s+Кыргызстана$/i, "Kyrgyzstan"],
  [/\s+Туркменистана$/i, "Turkmenistan"],
];

const PLACES: [RegExp, string][] = [
  [/\s+в Казахстане$/i, "to Kazakhstan"],
  [/\s+в (?:Алматы|Алма-Ате)$/i, "in Almaty"],
  [/\s+в Астане$/i, "in Astana"],
];

/** Posts in the nominative, lower case, ё as е. */
const POSTS: Record<string, string> = {
  "министр иностранных дел": "Minister of Foreign Affairs",
  "министр энергетики": "Minister of Energy",
  "министр торговли": "Minister of Trade",
  "министр торговли и интеграции": "Minister of Trade and Integration",
  "министр обороны": "Minister of Defence",
  "министр финансов": "Minister of Finance",
  "государственный секретарь": "Secretary of State",
  "госсекретарь": "Secretary of State",
  "первый заместитель госсекретаря": "Deputy Secretary of State",
  "заместитель госсекретаря": "Deputy Secretary of State",
  "государственный секретарь – министр иностранных дел": "State Secretary – Minister of Foreign Affairs",
  "президент": "President",
  "вице-президент": "Vice President",
  "глава государства": "Head of State",
  "премьер-министр": "Prime Minister",
  "сенатор": "Senator",
  "конгрессмен": "Congressman",
  "член палаты представителей": "Member of the House of Representatives",
  "председатель комитета по международным отношениям палаты представителей": "Chairman of the House Foreign Affairs Committee",
  "чрезвычайный и полномочный посол": "Ambassador Extraordinary and Plenipotentiary",
  "посол": "Ambassador",
  "генеральный консул": "Consul General",
  "председатель сената парламента": "Chairman of the Senate of Parliament",
  "председатель сената": "Chairman of the Senate",
  "председатель мажилиса": "Chairman of the Mazhilis",
  "депутат мажилиса": "Member of the Mazhilis",
  "аким": "Akim",
};

/** Where Washington's word differs from the rule (`министр` → Secretary of the same thing). */
const US_POSTS: Record<string, string> = {
  "министр торговли": "Secretary of Commerce",
  "министр обороны": "Secretary of Defense",
  "министр финансов": "Secretary of the Treasury",
};

export function postInEnglish(post: string): string | null {
  let rest = post.trim().replace(/\s+/g, " ");
  let place: string | null = null;
  for (const [pattern, english] of PLACES) {
    if (pattern.test(rest)) {
      place = english;
      rest = rest.replace(pattern, "");
    }
  }
  let country: string | null = null;
  for (const [pattern, english] of COUNTRIES) {
    if (pattern.test(rest)) {
      country = english;
      rest = rest.replace(pattern, "");
      break;
    }
  }
  const key = rest.toLowerCase().replace(/ё/g, "е").replace(/\s+[-–—]\s+/g, " – ");
  const head = (country === "US" ? US_POSTS[key] : undefined) ?? POSTS[key];
  if (!head) return null;
  const title = country === "US" ? `US ${head.replace(/^Minister of/, "Secretary of")}` : country ? `${head} of ${country}` : head;
  return place ? `${title} ${place}` : title;
}
