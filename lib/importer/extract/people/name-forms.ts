import { declineGiven, declineSurname } from "./declension";
import { givenReadings } from "./given-readings";
import { CASES, type Gender } from "./morph";
import { boundedMemo } from "./bounded-memo";

/** The bearer's gender from the name alone: the first given name's, else the surname's shape. */
export function genderOfName(name: string): Gender {
  const parts = name.split(" ").filter(Boolean);
  const first = parts.length > 1 ? parts[0] : undefined;
  if (first && !first.endsWith(".")) {
    const nominative = givenReadings(first).find((r) => r.cases.includes("nomn") && r.gender !== null && r.nom.toLowerCase() === first.toLowerCase());
    if (nominative?.gender) return nominative.gender;
  }
  const surname = (parts.at(-1) ?? "").toLowerCase();
  return /(ова|ева|ёва|ина|ына|[сц]кая)$/.test(surname) ? "f" : "m";
}

/** Every case form of a canonical name, for search: the full name in six cases, the same with the
 *  given names left undeclined (the press writes "Джей Ди Вэнса"), and the surname alone. Only the last
 *  part of a hyphenated given name declines (Касым-Жомарта); indeclinable surnames stay (Ландау). */
const cachedForms = boundedMemo(computeForms, (name, gender) => `${gender}|${name}`);

export function nameForms(name: string, gender: Gender = genderOfName(name)): string[] {
  return [...cachedForms(name, gender)]; // a copy: callers may extend it
}

function computeForms(name: string, gender: Gender): string[] {
  const parts = name.split(" ").filter(Boolean);
  const surname = parts.at(-1);
  if (!surname) return [];
  const given = parts.slice(0, -1);
  const surnames = declineSurname(surname, gender);
  const givens = given.map((g) => declineGiven(g, gender));
  const out = new Set<string>();
  for (const c of CASES) {
    const s = surnames[c];
    if (given.length > 0) {
      out.add([...givens.map((g) => g[c]), s].join(" "));
      out.add([...given, s].join(" "));
      // `с Узрой Зея`: the press often leaves a foreign surname in -а/-я undeclined after a declined given name.
      out.add([...givens.map((g) => g[c]), surname].join(" "));
    }
    out.add(s);
  }
  return [...out];
}
