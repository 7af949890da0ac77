"use client";

import type { ReactNode } from "react";
import { messages, type Locale } from "@/lib/i18n/messages";
import { Badge } from "./admin-heading";
import { secondaryButton } from "./buttons";
import { controlClass } from "./fields";
import { countryOptions } from "./country-options";

export interface ParticipantFields {
  label: string;
  position: string | null;
  countryCode: string | null;
}

/**
 * One participant: who (fixed), as what, for which country. With `prefix`, the inputs post as
 * `prefix.position` / `prefix.countryCode` (form actions); without, the caller sends its own state.
 */
export function ParticipantRow<P extends ParticipantFields>({
  id, prefix, value, locale, error, badge, hidden, onChange, onRemove,
}: {
  id: string;
  prefix?: string;
  value: P;
  locale: Locale;
  error?: string;
  badge?: string;
  hidden?: ReactNode;
  onChange: (next: P) => void;
  onRemove: () => void;
}) {
  const t = messages[locale].admin;
  return (
    <li className="grid gap-2 sm:grid-cols-[1fr_1.5fr_10rem_auto] sm:items-end" data-testid="participant">
      {hidden}
      <p className="font-serif text-lg">
        {value.label}
        {badge && <Badge tone="amber">{badge}</Badge>}
      </p>
      <div>
        <label htmlFor={`${id}-position`} className="block text-xs">{t.create.position}</label>
        <input id={`${id}-position`} name={prefix && `${prefix}.position`} value={value.position ?? ""}
          onChange={(e) => onChange({ ...value, position: e.target.value || null })} className={controlClass} />
      </div>
      <div>
        <label htmlFor={`${id}-country`} className="block text-xs">{t.create.country}</label>
        <select id={`${id}-country`} name={prefix && `${prefix}.countryCode`} value={value.countryCode ?? ""}
          onChange={(e) => onChange({ ...value, countryCode: e.target.value || null })} className={controlClass}>
          {countryOptions(locale, t.meeting.noCountry).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      <button type="button" className={secondaryButton} onClick={onRemove} aria-label={`${t.create.remove}: ${value.label}`}>{t.create.remove}</button>
      {error && <p className="text-sm text-red-800 sm:col-span-4 dark:text-red-300">{error}</p>}
    </li>
  );
}
