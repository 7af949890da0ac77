/** The source an article names in its own text when no agency dateline or footer does:
 *  `как сообщила пресс-служба МИД РК` → `пресс-служба МИД РК`. Ordered by how sure the phrasing is. */
const ORG = String.raw`((?:[A-ZА-ЯЁ«"][^\s,.;:]*|РК|США|и)(?:\s+(?:[A-ZА-ЯЁ«"][^\s,.;:]*|РК|США|по|и|иностранных|дел|[а-яё]+ого|[а-яё]+ой|[а-яё]+ых)){0,6})`;

const PATTERNS: readonly { re: RegExp; prefix: string }[] = [
  { re: new RegExp(String.raw`сообщ(?:ила|ило|ает|или|ают)\s+пресс-служб[аы]\s+${ORG}`, "u"), prefix: "пресс-служба" },
  { re: new RegExp(String.raw`(?:по (?:данным|информации|сообщению)|со ссылкой на)\s+пресс-служб[ыу]\s+${ORG}`, "u"), prefix: "пресс-служба" },
  { re: new RegExp(String.raw`(?:сообщили|сообщает|сообщают|говорится)\s+в\s+пресс-службе\s+${ORG}`, "u"), prefix: "пресс-служба" },
  { re: new RegExp(String.raw`пресс-служба\s+${ORG}\s+(?:сообщила|сообщает|информирует)`, "u"), prefix: "пресс-служба" },
  { re: new RegExp(String.raw`передает\s+(?:корреспондент\s+|агентство\s+)?([A-ZА-ЯЁ«][^\s,.;]*(?:\s+[A-ZА-ЯЁ][^\s,.;]*)?)`, "u"), prefix: "" },
];

export function findTextSource(paragraphs: readonly string[]): string | null {
  for (const { re, prefix } of PATTERNS) {
    for (const p of paragraphs) {
      const org = re.exec(p)?.[1]?.trim().replace(/[«»"]/g, "");
      if (org) return prefix ? `${prefix} ${org}` : org;
    }
  }
  return null;
}
