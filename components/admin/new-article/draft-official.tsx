"use client";

import { messages, type Locale } from "@/lib/i18n/messages";
import type { DraftOfficial } from "@/lib/validation/article-draft";
import { Badge } from "../admin-heading";
import { secondaryButton } from "../buttons";
import { controlClass } from "../fields";

/** One person the importer found: name, whether the archive knows them, their post (editable), the sentence. */
export function DraftOfficialCard({ index, official: o, locale, error, onChange }: { index: number; official: DraftOfficial; locale: Locale; error?: string; onChange: (o: DraftOfficial) => void }) {
  const t = messages[locale].admin.create;
  const id = `official-${index}-position`;
  return (
    <li className={`rounded border p-3 ${o.removed ? "border-dashed border-stone-300 opacity-60 dark:border-stone-700" : "border-stone-300 dark:border-stone-700"}`} data-testid="draft-official">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p>
          <span className="font-serif text-lg">{o.name}</span>
          {o.nameLatin && <span className="text-sm text-stone-600 dark:text-stone-400"> ({o.nameLatin})</span>}
          {o.country && <span className="ml-1 text-xs text-stone-600 dark:text-stone-400">{o.country}</span>}
          <Badge tone={o.existingId ? "stone" : "amber"}>{o.existingId ? t.existing : t.isNew}</Badge>
          {o.removed && <Badge>{t.removed}</Badge>}
        </p>
        <button type="button" className={secondaryButton} onClick={() => onChange({ ...o, removed: !o.removed })}>
          {o.removed ? t.restore : t.remove}
        </button>
      </div>
      {!o.removed && (
        <div className="mt-2">
          <label htmlFor={id} className="block text-xs">
            {t.position}
            {o.position !== o.extractedPosition && <Badge tone="sky">{t.corrected}</Badge>}
          </label>
          <input id={id} value={o.position ?? ""} onChange={(e) => onChange({ ...o, position: e.target.value || null })} className={controlClass} aria-invalid={error ? true : undefined} />
          {error && <p className="text-sm text-red-800 dark:text-red-300">{error}</p>}
        </div>
      )}
      {o.evidence && (
        <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">
          <span className="sr-only">{t.evidence}: </span>
          {o.evidence}
        </blockquote>
      )}
    </li>
  );
}
