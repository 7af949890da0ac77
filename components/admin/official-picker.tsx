"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { findOfficialsAction, type OfficialChoice } from "@/lib/actions/officials/find-officials-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { secondaryButton } from "./buttons";
import { controlClass } from "./fields";

/** Finds a person in the archive by any spelling of their name; each hit is a button. */
export function OfficialPicker({ locale, onPick, exclude = [] }: { locale: Locale; onPick: (o: OfficialChoice) => void; exclude?: number[] }) {
  const t = messages[locale].admin.create;
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<OfficialChoice[] | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => startTransition(async () => setFound(await findOfficialsAction(q))), 250);
    return () => clearTimeout(timer);
  }, [query]);

  const hits = query.trim().length < 2 ? null : found?.filter((o) => !exclude.includes(o.id));
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{t.pickOfficial}</label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t.pickPlaceholder}
        autoComplete="off"
        className={controlClass}
        aria-busy={pending}
      />
      {hits && (
        <ul className="mt-1 space-y-1" aria-live="polite" data-testid="official-choices">
          {hits.length === 0 && !pending && <li className="text-sm text-stone-600 dark:text-stone-400">{t.pickNone}</li>}
          {hits.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className={`${secondaryButton} w-full text-left`}
                onClick={() => {
                  onPick(o);
                  setQuery("");
                  setFound(null);
                }}
              >
                {o.nameRu}
                {o.nameLatin && <span className="text-stone-600 dark:text-stone-400"> ({o.nameLatin})</span>}
                {o.position && <span className="block text-xs text-stone-600 dark:text-stone-400">{o.position}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
