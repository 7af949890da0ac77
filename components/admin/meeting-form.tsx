"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { updateMeetingAction } from "@/lib/actions/meetings/update-meeting-action";
import { localName } from "@/lib/i18n/display-name";
import { messages, type Locale } from "@/lib/i18n/messages";
import { DATE_PRECISIONS, MEETING_KINDS, MEETING_STATUSES } from "@/lib/validation/meeting-values";
import { primaryButton, secondaryButton } from "./buttons";
import { CheckboxField, SelectField, TextArea, TextField } from "./fields";
import { FormStatus } from "./form-status";
import { typed } from "./form-values";
import { OfficialPicker } from "./official-picker";
import { ParticipantRow, type ParticipantFields } from "./participant-row";

type ParticipantValue = ParticipantFields & { officialId: number };

export interface MeetingFormData {
  id: number;
  version: number;
  kind: (typeof MEETING_KINDS)[number];
  status: (typeof MEETING_STATUSES)[number];
  date: string | null;
  datePrecision: (typeof DATE_PRECISIONS)[number] | null;
  place: string | null;
  summary: string | null;
  outcomes: string | null;
  needsReview: boolean;
  participants: ParticipantValue[];
  topicIds: number[];
  allTopics: { id: number; labelRu: string; labelEn: string }[];
}

/** A meeting's facts: kind, status, date, place, who took part as what, topics. */
export function MeetingForm({ meeting, locale }: { meeting: MeetingFormData; locale: Locale }) {
  const all = messages[locale];
  const t = all.admin;
  const [state, action, pending] = useActionState(updateMeetingAction, IDLE);
  const [participants, setParticipants] = useState(meeting.participants);
  const value = (name: string, fallback: string | null) => typed(state, name, fallback);
  const error = (name: string) => state.fieldErrors?.[name];
  const sentTopics = state.values?.topicIds;
  const checkedTopics = state.status === "error" && state.values ? [sentTopics ?? []].flat().map(Number) : meeting.topicIds;
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={meeting.id} />
      <input type="hidden" name="version" value={meeting.version} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField name="kind" label={t.create.kind} defaultValue={value("kind", meeting.kind)} error={error("kind")}
          options={MEETING_KINDS.map((k) => ({ value: k, label: all.kind[k] }))} />
        <SelectField name="status" label={t.create.status} defaultValue={value("status", meeting.status)} error={error("status")}
          options={MEETING_STATUSES.map((s) => ({ value: s, label: all.status[s] }))} />
        <TextField name="date" type="date" label={t.create.date} defaultValue={value("date", meeting.date)} error={error("date")} />
        <SelectField name="datePrecision" label={t.create.datePrecision} defaultValue={value("datePrecision", meeting.datePrecision ?? "day")} error={error("datePrecision")}
          options={DATE_PRECISIONS.map((p) => ({ value: p, label: t.create.precision[p] }))} />
        <TextField name="place" label={t.create.place} defaultValue={value("place", meeting.place)} error={error("place")} />
      </div>

      <fieldset className="mb-6 rounded border border-stone-300 p-3 dark:border-stone-700">
        <legend className="px-1 text-sm font-medium">{t.create.participants}</legend>
        {error("participants") && <p className="mb-2 text-sm text-red-800 dark:text-red-300">{error("participants")}</p>}
        <ul className="space-y-3">
          {participants.map((p, i) => (
            <ParticipantRow
              key={p.officialId}
              id={`participant-${i}`}
              prefix={`participants.${i}`}
              hidden={<input type="hidden" name={`participants.${i}.officialId`} value={p.officialId} />}
              value={p}
              locale={locale}
              error={state.fieldErrors?.[`participants.${i}.officialId`] ?? state.fieldErrors?.[`participants.${i}.position`]}
              onChange={(next) => setParticipants((ps) => ps.map((q, j) => (j === i ? next : q)))}
              onRemove={() => setParticipants((ps) => ps.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
        <div className="mt-3">
          <OfficialPicker
            locale={locale}
            exclude={participants.map((p) => p.officialId)}
            onPick={(o) => setParticipants((ps) => [...ps, { officialId: o.id, label: o.nameRu, position: o.position, countryCode: o.countryCode }])}
          />
        </div>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-1 text-sm font-medium">{t.create.meetingTopics}</legend>
        {error("topicIds") && <p className="mb-2 text-sm text-red-800 dark:text-red-300">{error("topicIds")}</p>}
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {meeting.allTopics.map((topic) => (
            <label key={topic.id} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="topicIds" value={topic.id} defaultChecked={checkedTopics.includes(topic.id)} className="size-4" />
              {localName(topic.labelRu, topic.labelEn, locale)}
            </label>
          ))}
        </div>
      </fieldset>

      <TextArea name="summary" label={t.meeting.summary} rows={3} defaultValue={value("summary", meeting.summary)} error={error("summary")} />
      <TextArea name="outcomes" label={t.meeting.outcomes} rows={3} defaultValue={value("outcomes", meeting.outcomes)} error={error("outcomes")} />
      <CheckboxField name="needsReview" label={t.meeting.needsReview} defaultChecked={state.values ? state.values.needsReview === "on" : meeting.needsReview} />
      <div className="flex gap-3">
        <button type="submit" className={primaryButton} disabled={pending}>{pending ? t.form.saving : t.form.save}</button>
        <button type="button" className={secondaryButton} onClick={() => setParticipants(meeting.participants)}>{t.form.cancel}</button>
      </div>
    </form>
  );
}
