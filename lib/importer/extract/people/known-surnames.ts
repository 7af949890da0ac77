import { declineSurname } from "./declension";
import type { RawMention } from "./find-mentions";
import { genderOfName } from "./name-forms";
import { fold } from "@/lib/text/fold";

/** Lower-case case forms of the surnames of people the article names in full (given name and
 *  surname). A capitalised dictionary word in one of these forms elsewhere in the article is that
 *  person named by surname (`Токаев` reads as a plural of `токай`, `Трамп` is a tramp ship). */
export function knownSurnameForms(raws: readonly RawMention[]): Set<string> {
  const forms = new Set<string>();
  for (const raw of raws) {
    const { given, surname, gender } = raw.resolved;
    if (!raw.strong || given.length === 0 || surname === "") continue;
    const g = gender ?? genderOfName([...given, surname].join(" "));
    for (const form of Object.values(declineSurname(surname, g))) forms.add(fold(form));
  }
  return forms;
}
