import { curatedByInitial, curatedByName, curatedBySurname } from "./curated-index";
import type { CuratedOfficial } from "./data/curated-officials";
import { declineSurname } from "./declension";
import type { RawMention } from "./find-mentions";
import { CASES, type Gender, type GramCase } from "./morph";
import { genderOfName } from "./name-forms";
import { sameOfficialKey } from "./name-key";
import { surnameReadings } from "./name-readings";
import { fold } from "@/lib/text/fold";

/** A person of one article and the mentions that name them. */
export interface Person {
  name: string;
  surname: string;
  gender: Gender;
  curated: CuratedOfficial | null;
  mentions: LinkedMention[];
  /** Nominative spellings read from the text, with how strongly each was attested. */
  spellings: Map<string, number>;
}

export interface LinkedMention {
  raw: RawMention;
  surnameOnly: boolean;
  grammaticalCase: GramCase | null;
  possibleCases: GramCase[];
}


function fullName(raw: RawMention): string {
  return [...raw.resolved.given, raw.resolved.surname].join(" ");
}

function addSpelling(person: Person, spelling: string, weight: number): void {
  person.spellings.set(spelling, (person.spellings.get(spelling) ?? 0) + weight);
}

function newPerson(name: string, curated: CuratedOfficial | null, gender: Gender | null): Person {
  const canonical = curated?.name ?? name;
  return {
    name: canonical,
    surname: canonical.split(" ").at(-1) ?? canonical,
    gender: gender ?? genderOfName(canonical),
    curated,
    mentions: [],
    spellings: new Map(),
  };
}

/** Cases in which `word` is a form of the person's surname (Кошербаева: gent, accs). */
function surnameCases(person: Person, word: string): GramCase[] {
  const forms = declineSurname(person.surname, person.gender);
  return CASES.filter((c) => fold(forms[c]) === fold(word));
}

function lastMentionBefore(person: Person, sentence: number): number {
  let latest = -1;
  for (const m of person.mentions) if (m.raw.sentence <= sentence) latest = Math.max(latest, m.raw.sentence);
  return latest;
}

/** The nominative every mention's readings offer, the likeliest when several do. */
function sharedSurname(readings: readonly (readonly { nom: string; weight: number }[])[]): string | null {
  const weights = new Map<string, number>();
  readings.forEach((rs, i) => {
    const best = new Map<string, number>();
    for (const r of rs) best.set(r.nom, Math.max(best.get(r.nom) ?? 0, r.weight));
    for (const [nom, w] of best) {
      if (i === 0 || weights.has(nom)) weights.set(nom, (weights.get(nom) ?? 0) + w);
    }
    for (const nom of weights.keys()) if (!best.has(nom)) weights.delete(nom);
  });
  let shared: string | null = null;
  let top = 0;
  for (const [nom, w] of weights) if (w > top) [shared, top] = [nom, w];
  return shared;
}

/** Re-reads the surnames of full-name mentions that share their given names so that one nominative
 *  explains every written form: "Джей Ди Вэнса", "Джей Ди Вэнсом" and "Джей Ди Вэнсе" are each
 *  ambiguous alone (a nominative "Вэнса" or "Вэнсом" is possible) but together only fit "Вэнс". */
function agreeSurnames(full: RawMention[]): void {
  const groups = new Map<string, RawMention[]>();
  for (const raw of full) {
    const key = raw.resolved.given.map(fold).join(" ");
    groups.set(key, [...(groups.get(key) ?? []), raw]);
  }
  for (const group of groups.values()) {
    const written = new Set(group.map((r) => fold(r.words.at(-1) ?? "")));
    if (written.size < 2) continue;
    const all = group.map((r) => surnameReadings(r.words.at(-1) ?? ""));
    // First only the readings in a case the whole name was read in: `Ричард Верма` (the given name
    // nominative) is Верма, not the genitive of Верм that `Ричарда Верму` alone would suggest.
    const fitting = all.map((rs, i) => rs.filter((x) => x.cases.some((c) => group[i]?.resolved.possibleCases.includes(c))));
    const narrowed = fitting.every((rs) => rs.length > 0) ? sharedSurname(fitting) : null;
    const readings = narrowed ? fitting : all;
    const shared = narrowed ?? sharedSurname(all);
    if (!shared) continue;
    group.forEach((raw, i) => {
      if (raw.resolved.surname === shared) return;
      const cases = [...new Set((readings[i] ?? []).filter((r) => r.nom === shared).flatMap((r) => r.cases))];
      raw.resolved = {
        ...raw.resolved,
        surname: shared,
        grammaticalCase: cases.length === 1 ? (cases[0] ?? null) : null,
        possibleCases: cases,
      };
    });
  }
}

/** Groups the mentions of one article into people: full names first (spelling variants and curated
 *  aliases join by key), then initials and single surnames link to them by their case forms;
 *  a titled or surname-shaped single word that links to nobody becomes a person of its own. */
export function linkMentions(raws: RawMention[]): Person[] {
  const byKey = new Map<string, Person>();
  const people: Person[] = [];
  const full = raws.filter((r) => r.words.length > 1 && !r.initials);
  const initials = raws.filter((r) => r.words.length > 1 && r.initials);
  const singles = raws.filter((r) => r.words.length === 1);
  agreeSurnames(full);

  for (const raw of [...full.filter((r) => r.strong), ...full.filter((r) => !r.strong)]) {
    const name = fullName(raw);
    // The words as written may be the curated spelling when the reading of a rare name went astray
    // (Антониу read as a dative of "Антони").
    const curated = curatedByName(name) ?? curatedByName(raw.words.join(" "));
    const key = sameOfficialKey(curated?.name ?? name);
    let person = byKey.get(key);
    if (!person && !raw.strong && !curated) continue;
    if (!person) {
      person = newPerson(name, curated, raw.resolved.gender);
      byKey.set(key, person);
      people.push(person);
    }
    const literalNominative = raw.resolved.grammaticalCase === "nomn" && raw.words.join(" ") === name;
    addSpelling(person, name, literalNominative ? 2 : 1);
    person.mentions.push({ raw, surnameOnly: false, grammaticalCase: raw.resolved.grammaticalCase, possibleCases: raw.resolved.possibleCases });
  }
  for (const person of people) {
    if (person.curated) continue;
    let top = person.name;
    let topWeight = -1;
    for (const [spelling, weight] of person.spellings) if (weight > topWeight) [top, topWeight] = [spelling, weight];
    person.name = top;
    person.surname = top.split(" ").at(-1) ?? top;
  }

  for (const raw of initials) {
    const surnameKey = sameOfficialKey(raw.resolved.surname);
    const letter = fold(raw.words[0] ?? "").charAt(0);
    // `Жулдыз Сулейменова …, Ж. Сулейменова провела`: a form of a full name's surname, whatever case and
    // gender the initials alone were read in.
    const written = raw.words.at(-1) ?? "";
    const bySurname = people.find((p) => sameOfficialKey(p.surname) === surnameKey && fold(p.name).startsWith(letter));
    const byForm = bySurname ? undefined : people.find((p) => fold(p.name).startsWith(letter) && surnameCases(p, written).length > 0);
    let person = bySurname ?? byForm;
    if (byForm) {
      const cases = surnameCases(byForm, written);
      byForm.mentions.push({ raw, surnameOnly: false, grammaticalCase: cases.length === 1 ? (cases[0] ?? null) : null, possibleCases: cases });
      continue;
    }
    if (!person) {
      // `Н. Назарбаев` in a caption that never gives the full name: the curated official it abbreviates.
      const initial = fold(raw.words[0] ?? "").replace(/\.$/, "");
      const surnames = [raw.resolved.surname, ...surnameReadings(raw.words.at(-1) ?? "").map((r) => r.nom)];
      const curated = surnames.map((s) => curatedByInitial(s, initial)).find((c) => c !== null) ?? null;
      person = (curated && people.find((p) => p.name === curated.name)) ?? newPerson(curated ? curated.name : fullName(raw), curated, raw.resolved.gender);
      if (!people.includes(person)) people.push(person);
    }
    person.mentions.push({ raw, surnameOnly: false, grammaticalCase: raw.resolved.grammaticalCase, possibleCases: raw.resolved.possibleCases });
  }

  for (const raw of singles) {
    const word = raw.words[0] ?? "";
    const keys = new Set([sameOfficialKey(word), ...surnameReadings(word).map((r) => sameOfficialKey(r.nom))]);
    const exact = people.filter((p) => surnameCases(p, word).length > 0);
    const candidates = exact.length > 0 ? exact : people.filter((p) => keys.has(sameOfficialKey(p.surname)));
    let person = candidates.sort((a, b) => lastMentionBefore(b, raw.sentence) - lastMentionBefore(a, raw.sentence))[0];
    if (!person) {
      const curated = curatedBySurname(raw.resolved.surname) ?? curatedBySurname(word);
      if (!curated && !raw.strong) continue;
      // `Майкл Вирт …, визит Вирта`: the surname of an alias spelling is the person the full name gave.
      person = (curated && people.find((p) => p.name === curated.name)) ?? newPerson(curated ? curated.name : raw.resolved.surname, curated, raw.resolved.gender);
      if (!people.includes(person)) people.push(person);
    }
    const possible = surnameCases(person, word);
    const possibleCases = possible.length > 0 ? possible : raw.resolved.possibleCases;
    const hinted = raw.resolved.grammaticalCase;
    const grammaticalCase = possibleCases.length === 1 ? (possibleCases[0] ?? null) : hinted && possibleCases.includes(hinted) ? hinted : null;
    person.mentions.push({ raw, surnameOnly: true, grammaticalCase, possibleCases });
  }
  return people;
}
