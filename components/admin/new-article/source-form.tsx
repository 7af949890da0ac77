"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { messages, type Locale } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/limits";
import { primaryButton } from "../buttons";
import { TextArea, TextField } from "../fields";
import { FormStatus } from "../form-status";

type Mode = "text" | "fields" | "url";
type Field = "title" | "lead" | "publishedOn" | "dateline" | "source" | "body";

/** Each text's limit, checked here before anything is sent: a 2 MB body would otherwise hit the server's
 *  1 MB request limit and lose the form, and a `maxLength` would cut a long paste without a word. */
const FIELD_LIMITS: Record<Exclude<Field, "publishedOn"> | "rawText", number> = {
  rawText: LIMITS.rawText,
  body: LIMITS.body,
  title: LIMITS.title,
  lead: LIMITS.lead,
  dateline: LIMITS.place,
  source: LIMITS.source,
};

/**
 * The article's text, pasted whole or typed field by field. Inputs are controlled, so what was typed
 * stays after "Extract" whatever the outcome.
 */
export function SourceForm({ locale, state, action, pending }: { locale: Locale; state: ActionState<unknown>; action: (form: FormData) => void; pending: boolean }) {
  const t = messages[locale].admin;
  const [mode, setMode] = useState<Mode>("text");
  const [rawText, setRawText] = useState("");
  const [url, setUrl] = useState("");
  const [fields, setFields] = useState<Record<Field, string>>({ title: "", lead: "", publishedOn: "", dateline: "", source: "", body: "" });
  const [tooLong, setTooLong] = useState<Record<string, string> | null>(null);
  const error = (name: string) => (tooLong ? tooLong[name] : state.status === "error" ? state.fieldErrors?.[name] : undefined);
  const [, startTransition] = useTransition();
  /** True when a text is over its limit (said beside it, nothing sent). */
  const refuseTooLong = () => {
    const sent: Partial<Record<keyof typeof FIELD_LIMITS, string>> = mode === "text" ? { rawText } : mode === "fields" ? fields : {};
    const over = Object.entries(FIELD_LIMITS).flatMap(([name, limit]) => {
      const length = sent[name as keyof typeof FIELD_LIMITS]?.length ?? 0;
      if (length <= limit) return [];
      return [[name, name === "rawText" || name === "body" ? t.errors.textTooLong(length, limit) : t.errors.tooLong(limit)]];
    });
    setTooLong(over.length ? Object.fromEntries(over) : null);
    return over.length > 0;
  };
  // With JavaScript the form is sent from here rather than by React's form action, which resets the
  // form when the action ends and so showed the first mode's radio checked after a refusal. Without
  // JavaScript `action` still posts the form.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (refuseTooLong()) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const field = (name: Field) => ({
    name,
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
    error: error(name),
  });
  return (
    <form action={action} onSubmit={submit} noValidate className="mb-10">
      {tooLong ? <FormStatus state={{ status: "error", message: t.errors.fixFields }} /> : state.status === "error" && <FormStatus state={state} />}
      <fieldset className="mb-4 flex gap-4">
        <legend className="sr-only">{t.create.title}</legend>
        {(["text", "fields", "url"] as const).map((m) => (
          <label key={m} className="flex items-center gap-2 text-sm">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="size-4" />
            {m === "text" ? t.create.modeText : m === "fields" ? t.create.modeFields : t.create.modeUrl}
          </label>
        ))}
      </fieldset>
      {mode === "url" ? (
        <TextField name="url" type="url" label={t.create.pageUrl} hint={t.create.pageUrlHint} inputMode="url"
          value={url} onChange={(e) => setUrl(e.target.value)} error={error("url")} required />
      ) : mode === "text" ? (
        <TextArea name="rawText" label={t.create.rawText} hint={t.create.rawTextHint} rows={14}
          value={rawText} onChange={(e) => setRawText(e.target.value)} error={error("rawText")} required />
      ) : (
        <>
          <TextField label={t.article.title} {...field("title")} required />
          <TextArea label={t.article.lead} rows={2} {...field("lead")} />
          <div className="grid gap-x-4 sm:grid-cols-3">
            <TextField label={t.article.publishedOn} type="date" {...field("publishedOn")} />
            <TextField label={t.article.dateline} {...field("dateline")} />
            <TextField label={t.article.source} {...field("source")} />
          </div>
          <TextArea label={t.article.body} hint={t.article.bodyHint} rows={12} {...field("body")} required />
        </>
      )}
      <button type="submit" className={primaryButton} disabled={pending}>{pending ? (mode === "url" ? t.create.fetching : t.create.extracting) : t.create.extract}</button>
    </form>
  );
}
