"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { updateTopicAction } from "@/lib/actions/topics/update-topic-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { primaryButton } from "./buttons";
import { TextArea, TextField } from "./fields";
import { FormStatus } from "./form-status";
import { typed } from "./form-values";

export function TopicForm({ topic, locale }: { topic: { id: number; version: number; labelRu: string; labelEn: string; phrasings: string[] }; locale: Locale }) {
  const t = messages[locale].admin;
  const [state, action, pending] = useActionState(updateTopicAction, IDLE);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={topic.id} />
      <input type="hidden" name="version" value={topic.version} />
      <TextField name="labelRu" label={t.topic.labelRu} defaultValue={typed(state, "labelRu", topic.labelRu)} error={error("labelRu")} required />
      <TextField name="labelEn" label={t.topic.labelEn} defaultValue={typed(state, "labelEn", topic.labelEn)} error={error("labelEn")} required />
      <TextArea name="phrasings" label={t.topic.phrasings} hint={t.topic.phrasingsHint} rows={8} defaultValue={typed(state, "phrasings", topic.phrasings.join("\n"))} error={error("phrasings")} />
      <button type="submit" className={primaryButton} disabled={pending}>{pending ? t.form.saving : t.form.save}</button>
    </form>
  );
}
