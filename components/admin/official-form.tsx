"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { updateOfficialAction } from "@/lib/actions/officials/update-official-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/limits";
import { primaryButton } from "./buttons";
import { countryOptions } from "./country-options";
import { CheckboxField, SelectField, TextField } from "./fields";
import { FormStatus } from "./form-status";
import { typed } from "./form-values";

export function OfficialForm({
  official, locale,
}: { official: { id: number; version: number; nameRu: string; nameLatin: string | null; countryCode: string | null; needsReview: boolean }; locale: Locale }) {
  const t = messages[locale].admin;
  const [state, action, pending] = useActionState(updateOfficialAction, IDLE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={official.id} />
      <input type="hidden" name="version" value={official.version} />
      <TextField name="nameRu" label={t.official.nameRu} defaultValue={typed(state, "nameRu", official.nameRu)} error={error("nameRu")} maxLength={LIMITS.name} required />
      <TextField name="nameLatin" label={t.official.nameLatin} defaultValue={typed(state, "nameLatin", official.nameLatin)} error={error("nameLatin")} maxLength={LIMITS.name} />
      <SelectField name="countryCode" label={t.official.country} defaultValue={typed(state, "countryCode", official.countryCode)} error={error("countryCode")}
        options={countryOptions(locale, t.meeting.noCountry)} />
      <CheckboxField name="needsReview" label={t.official.needsReview} defaultChecked={state.values ? state.values.needsReview === "on" : official.needsReview} />
      <button type="submit" className={primaryButton} disabled={pending}>{pending ? t.form.saving : t.form.save}</button>
    </form>
  );
}
