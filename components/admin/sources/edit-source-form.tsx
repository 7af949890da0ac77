"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { updateSourceAction } from "@/lib/actions/sources/update-source-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import type { EditableSource } from "@/lib/queries/sources/get-source";
import { primaryButton } from "../buttons";
import { CheckboxField, TextField } from "../fields";
import { FormStatus } from "../form-status";
import { typed } from "../form-values";
import { LIMITS } from "@/lib/validation/limits";

/** A source's feed or listing page, link pattern, site, English name and polling; each refusal said beside its field. */
export function EditSourceForm({ source, locale }: { source: EditableSource; locale: Locale }) {
  const m = messages[locale];
  const f = m.polling.form;
  const [state, action, pending] = useActionState(updateSourceAction, IDLE);
  const error = (name: string) => (state.status === "error" ? state.fieldErrors?.[name] : undefined);
  const enabled = state.status === "error" && state.values ? state.values.enabled === "on" : source.enabled;
  return (
    <form action={action} noValidate className="max-w-2xl" data-testid="edit-source">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={source.id} />
      <TextField name="feedUrl" type="url" inputMode="url" label={f.feedUrl} defaultValue={typed(state, "feedUrl", source.feedUrl)} error={error("feedUrl")} required key={`u-${state.status}`} />
      <TextField name="listingPattern" label={f.listingPattern} hint={f.listingHint} defaultValue={typed(state, "listingPattern", source.listingPattern)} error={error("listingPattern")} key={`p-${state.status}`} />
      <TextField name="site" label={m.admin.audit.fields.site} hint={m.polling.editForm.siteHint} defaultValue={typed(state, "site", source.site)} error={error("site")} key={`s-${state.status}`} />
      <TextField name="nameEn" label={m.admin.audit.fields.nameEn} hint={m.polling.editForm.nameEnHint} defaultValue={typed(state, "nameEn", source.nameEn)} error={error("nameEn")} maxLength={LIMITS.outlet} key={`n-${state.status}`} />
      <CheckboxField name="enabled" label={m.polling.editForm.enabled} defaultChecked={enabled} key={`e-${state.status}`} />
      <button type="submit" className={primaryButton} disabled={pending}>{pending ? m.admin.form.saving : m.admin.form.save}</button>
    </form>
  );
}
