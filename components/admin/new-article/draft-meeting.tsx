"use client";

import { localName } from "@/lib/i18n/display-name";
import { messages, type Locale } from "@/lib/i18n/messages";
import type { DraftMeeting, DraftOfficial, DraftParticipant } from "@/lib/validation/article-draft";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES } from "@/lib/validation/meeting-values";
import { Badge } from "../admin-heading";
import { secondaryButton } from "../buttons";
import { SelectField, TextField } from "../fields";
import { ParticipantRow } from "../participant-row";
import { AddParticipant } from "./add-participant";
import type { TopicChoice } from "./topic-choice";

/** One extracted meeting, every fact editable, with the sentences it was read from. */
export function DraftMeetingCard({
  index, meeting: m, officials, topics, locale, errors, onChange,
}: {
  index: number;
  meeting: DraftMeeting;
  officials: DraftOfficial[];
  topics: TopicChoice[];
  locale: Locale;
  errors: Record<string, string>;
  onChange: (m: DraftMeeting) => void;
}) {
  const all = messages[locale];
  const t = all.admin.create;
  const at = `meetings.${index}`;
  const id = `meeting-${index}`;
  const set = (patch: Partial<DraftMeeting>) => onChange({ ...m, ...patch });
  const setParticipant = (i: number, p: DraftParticipant) => set({ participants: m.participants.map((q, j) => (j === i ? p : q)) });
  const removed = new Set(officials.filter((o) => o.removed).map((o) => o.name));
  return (
    <li className={`rounded border p-4 ${m.removed ? "border-dashed border-stone-300 opacity-60 dark:border-stone-700" : "border-stone-400 dark:border-stone-600"}`} data-testid="draft-meeting">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h4 className="text-lg font-semibold">
          {t.meetingNumber(index + 1)}
          {m.removed && <Badge>{t.removed}</Badge>}
        </h4>
        <button type="button" className={secondaryButton} onClick={() => set({ removed: !m.removed })}>{m.removed ? t.restore : t.remove}</button>
      </div>
      {!m.removed && (
        <>
          <div className="grid gap-x-4 sm:grid-cols-3">
            <SelectField id={`${id}-kind`} name="kind" label={t.kind} value={m.kind} onChange={(e) => set({ kind: e.target.value as DraftMeeting["kind"] })}
              error={errors[`${at}.kind`]} options={MEETING_KINDS.map((k) => ({ value: k, label: all.kind[k] }))} />
            <SelectField id={`${id}-status`} name="status" label={t.status} value={m.status} onChange={(e) => set({ status: e.target.value as DraftMeeting["status"] })}
              error={errors[`${at}.status`]} options={MEETING_STATUSES.map((s) => ({ value: s, label: all.status[s] }))} />
            <TextField id={`${id}-place`} name="place" label={t.place} value={m.place ?? ""} onChange={(e) => set({ place: e.target.value || null })} error={errors[`${at}.place`]} />
            <TextField id={`${id}-date`} name="date" type="date" label={t.date} value={m.date ?? ""} onChange={(e) => set({ date: e.target.value || null })} error={errors[`${at}.date`]} />
            <SelectField id={`${id}-precision`} name="datePrecision" label={t.datePrecision} value={m.datePrecision ?? "day"}
              onChange={(e) => set({ datePrecision: e.target.value as DraftMeeting["datePrecision"] })} error={errors[`${at}.datePrecision`]}
              options={DATE_PRECISIONS.map((p) => ({ value: p, label: t.precision[p] }))} />
          </div>

          <fieldset className="mb-4 rounded border border-stone-300 p-3 dark:border-stone-700">
            <legend className="px-1 text-sm font-medium">{t.participants}</legend>
            <ul className="space-y-3">
              {m.participants.map((p, i) => (
                <ParticipantRow
                  key={`${p.ref}-${p.ref === "existing" ? p.officialId : p.name}`}
                  id={`${id}-participant-${i}`}
                  value={p}
                  locale={locale}
                  badge={p.ref === "new" ? t.isNew : p.ref === "extracted" && removed.has(p.name) ? t.removed : undefined}
                  error={Object.entries(errors).find(([k]) => k.startsWith(`${at}.participants.${i}`))?.[1]}
                  onChange={(next) => setParticipant(i, next)}
                  onRemove={() => set({ participants: m.participants.filter((_, j) => j !== i) })}
                />
              ))}
            </ul>
            <AddParticipant
              idPrefix={id}
              locale={locale}
              present={m.participants}
              officials={officials.filter((o) => !o.removed)}
              onAdd={(p) => set({ participants: [...m.participants, p] })}
            />
          </fieldset>

          <fieldset className="mb-4">
            <legend className="mb-1 text-sm font-medium">{t.meetingTopics}</legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {topics.map((topic) => (
                <label key={topic.slug} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={m.topics.includes(topic.slug)}
                    onChange={(e) => set({ topics: e.target.checked ? [...m.topics, topic.slug] : m.topics.filter((s) => s !== topic.slug) })}
                  />
                  {localName(topic.labelRu, topic.labelEn, locale)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
      {m.evidence.length > 0 && (
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-stone-600 dark:text-stone-400">{t.evidence}</p>
          {m.evidence.map((s) => (
            <blockquote key={s} className="mt-1 border-l-2 border-stone-300 pl-2 font-serif text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">{s}</blockquote>
          ))}
        </div>
      )}
    </li>
  );
}
