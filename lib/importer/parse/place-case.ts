/** `ВАШИНГТОН` / `НУР-СУЛТАН` → `Вашингтон` / `Нур-Султан`: datelines are set in capitals, the archive
 *  stores places as they are written in running text. Mixed-case input is left as it is. */
export function titleCasePlace(place: string): string {
  if (place !== place.toUpperCase()) return place;
  // Particles inside a name stay lower case: `ШАРМ-ЭШ-ШЕЙХ` → `Шарм-эш-Шейх`, `РОСТОВ-НА-ДОНУ` → `Ростов-на-Дону`.
  return place
    .toLowerCase()
    .replace(/(^|[-\s])([a-zа-яё])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/-(\p{Lu}\p{Ll}{0,1})-/gu, (_m, particle: string) => `-${particle.toLowerCase()}-`);
}

const CAPS_CITY = /^[A-ZА-ЯЁ][A-ZА-ЯЁ]+(?:[- ][A-ZА-ЯЁ]+){0,2}$/;

/** A wire dateline line: one to three words, all capitals (`ВАШИНГТОН`, `НЬЮ-ЙОРК`). Two-letter
 *  capitals like `США` alone are a country, not a filing place, and count too — the rule is about
 *  typography, not geography. */
export function isCapsDatelineLine(line: string): boolean {
  return line.length <= 40 && CAPS_CITY.test(line);
}
