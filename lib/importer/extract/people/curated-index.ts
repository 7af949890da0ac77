import { fold } from "@/lib/text/fold";
import { CURATED_OFFICIALS, type CuratedOfficial } from "./data/curated-officials";
import { nameForms } from "./name-forms";
import { sameOfficialKey } from "./name-key";

let byName: Map<string, CuratedOfficial> | null = null;
let bySurname: Map<string, CuratedOfficial[]> | null = null;

function build(): void {
  byName = new Map();
  bySurname = new Map();
  for (const person of CURATED_OFFICIALS) {
    for (const spelling of [person.name, ...(person.aliases ?? [])]) {
      byName.set(sameOfficialKey(spelling), person);
      const surname = sameOfficialKey(spelling.split(" ").at(-1) ?? "");
      const list = bySurname.get(surname) ?? [];
      if (!list.includes(person)) list.push(person);
      bySurname.set(surname, list);
    }
  }
}

/** The curated person with this full name or one of its known variants. */
export function curatedByName(name: string): CuratedOfficial | null {
  if (!byName) build();
  return byName?.get(sameOfficialKey(name)) ?? null;
}

/** The one curated person with this surname (nominative), or null when none or several. */
export function curatedBySurname(surname: string): CuratedOfficial | null {
  if (!bySurname) build();
  const list = bySurname?.get(sameOfficialKey(surname)) ?? [];
  return list.length === 1 ? (list[0] ?? null) : null;
}

/** `Н. Назарбаев`, `Дж. Буш`: the one curated official of that surname whose given name starts with the
 *  initial (folded, lower case). */
export function curatedByInitial(surname: string, initial: string): CuratedOfficial | null {
  if (!bySurname) build();
  const list = (bySurname?.get(sameOfficialKey(surname)) ?? []).filter((o) => fold(o.name).startsWith(initial));
  return list.length === 1 ? (list[0] ?? null) : null;
}

let curatedForms: Map<string, string> | null = null;

/** The curated official one of whose case forms this name is (`Барак Обамы` → `Барак Обама`). */
export function curatedByForm(name: string): string | null {
  if (!curatedForms) {
    curatedForms = new Map();
    for (const person of CURATED_OFFICIALS) for (const form of nameForms(person.name)) curatedForms.set(form.toLowerCase(), person.name);
  }
  return curatedForms.get(name.toLowerCase()) ?? null;
}
