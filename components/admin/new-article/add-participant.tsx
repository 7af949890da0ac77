"use client";

import { useState } from "react";
import { messages, type Locale } from "@/lib/i18n/messages";
import type { DraftOfficial, DraftParticipant } from "@/lib/validation/article-draft";
import { secondaryButton } from "../buttons";
import { countryOptions } from "../country-options";
import { controlClass } from "../fields";
import { OfficialPicker } from "../official-picker";

/** Adds a participant: someone the article names, someone in the archive, or a new person. */
export function AddParticipant({
  idPrefix, locale, present, officials, onAdd,
}: { idPrefix: string; locale: Locale; present: DraftParticipant[]; officials: DraftOfficial[]; onAdd: (p: DraftParticipant) => void }) {
  const t = messages[locale].admin;
  const [adding, setAdding] = useState<"no" | "pick" | "new">("no");
  const [person, setPerson] = useState({ name: "", nameLatin: "", countryCode: "" });
  const named = new Set(present.flatMap((p) => (p.ref === "existing" ? [] : [p.name])));
  const presentIds = present.flatMap((p) => (p.ref === "existing" ? [p.officialId] : []));
  const fromArticle = officials.filter((o) => !named.has(o.name));

  if (adding === "no") {
    return (
      <div className="mt-3 flex flex-wrap gap-2">
        {fromArticle.map((o) => (
          <button key={o.name} type="button" className={secondaryButton}
            onClick={() => onAdd({ ref: "extracted", name: o.name, label: o.name, position: o.position, countryCode: o.country })}>
            + {o.name}
          </button>
        ))}
        <button type="button" className={secondaryButton} onClick={() => setAdding("pick")}>{t.create.pickOfficial}</button>
        <button type="button" className={secondaryButton} onClick={() => setAdding("new")}>{t.create.createOfficial}</button>
      </div>
    );
  }
  if (adding === "pick") {
    return (
      <div className="mt-3">
        <OfficialPicker
          locale={locale}
          exclude={presentIds}
          onPick={(o) => {
            onAdd({ ref: "existing", officialId: o.id, label: o.nameRu, position: o.position, countryCode: o.countryCode });
            setAdding("no");
          }}
        />
        <button type="button" className="mt-2 text-sm underline" onClick={() => setAdding("no")}>{t.form.cancel}</button>
      </div>
    );
  }
  const id = `${idPrefix}-new`;
  return (
    <div className="mt-3 grid gap-2 sm:grid-cols-[1.5fr_1.5fr_10rem_auto] sm:items-end">
      <div>
        <label htmlFor={`${id}-name`} className="block text-xs">{t.create.newName}</label>
        <input id={`${id}-name`} value={person.name} onChange={(e) => setPerson({ ...person, name: e.target.value })} className={controlClass} />
      </div>
      <div>
        <label htmlFor={`${id}-latin`} className="block text-xs">{t.create.newLatin}</label>
        <input id={`${id}-latin`} value={person.nameLatin} onChange={(e) => setPerson({ ...person, nameLatin: e.target.value })} className={controlClass} />
      </div>
      <div>
        <label htmlFor={`${id}-country`} className="block text-xs">{t.create.country}</label>
        <select id={`${id}-country`} value={person.countryCode} onChange={(e) => setPerson({ ...person, countryCode: e.target.value })} className={controlClass}>
          {countryOptions(locale, t.meeting.noCountry).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          className={secondaryButton}
          disabled={!person.name.trim()}
          onClick={() => {
            const name = person.name.trim();
            onAdd({ ref: "new", name, label: name, nameLatin: person.nameLatin.trim() || null, position: null, countryCode: person.countryCode || null });
            setPerson({ name: "", nameLatin: "", countryCode: "" });
            setAdding("no");
          }}
        >
          {t.create.add}
        </button>
        <button type="button" className="text-sm underline" onClick={() => setAdding("no")}>{t.form.cancel}</button>
      </div>
    </div>
  );
}
