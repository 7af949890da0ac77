"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { createSourceAction } from "@/lib/actions/sources/create-source-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { primaryButton } from "../buttons";
import { TextField } from "../fields";
import { FormStatus } from "../form-status";

/** A new source: an outlet's feed, or a listing page with the pattern its article links match. */
export function CreateSourceForm({ locale }: { locale: Locale }) {
  const f = messages[locale].polling.form;
  const [state, action, pending] = useActionState(createSourceAction, IDLE);
  const error = (name: string) => (state.status === "error" ? state.fieldErrors?.[name] : undefined);
  const value = (name: string) => (state.status === "error" ? String(state.values?.[name] ?? "") : "");
  return (
    <form action={action} noValidate className="mt-10 max-w-2xl" aria-labelledby="create-source-title">
      <h2 id="create-source-title" className="mb-3 font-serif text-2xl font-semibold">{f.title}</h2>
      <FormStatus state={state} />
      <TextField name="name" label={f.name} defaultValue={value("name")} error={error("name")} required key={`n-${state.status}`} />
      <TextField name="feedUrl" type="url" inputMode="url" label={f.feedUrl} defaultValue={value("feedUrl")} error={error("feedUrl")} required key={`u-${state.status}`} />
      <TextField name="listingPattern" label={f.listingPattern} hint={f.listingHint} defaultValue={value("listingPattern")} error={error("listingPattern")} key={`p-${state.status}`} />
      <button type="submit" className={primaryButton} disabled={pending}>{f.submit}</button>
    </form>
  );
}
