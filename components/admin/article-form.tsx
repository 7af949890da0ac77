"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { updateArticleAction } from "@/lib/actions/articles/update-article-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/validation/limits";
import { Badge } from "./admin-heading";
import { primaryButton } from "./buttons";
import { TextArea, TextField } from "./fields";
import { FormStatus } from "./form-status";
import { typed } from "./form-values";

export interface ArticleFormData {
  id: number;
  version: number;
  title: string;
  titleDerived: boolean;
  lead: string | null;
  body: string;
  publishedOn: string | null;
  dateline: string | null;
  source: string | null;
  photoCredit: string | null;
  url: string | null;
  outlet: string | null;
}

/** The article's text and details; a refused save keeps what was typed and marks each wrong field. */
export function ArticleForm({ article, locale }: { article: ArticleFormData; locale: Locale }) {
  const t = messages[locale].admin;
  const [state, action, pending] = useActionState(updateArticleAction, IDLE);
  const value = (name: keyof ArticleFormData) => typed(state, name, article[name] as string | null);
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" name="version" value={article.version} />
      <TextField name="title" label={t.article.title} defaultValue={value("title")} error={error("title")} maxLength={LIMITS.title} required />
      {article.titleDerived && <p className="-mt-3 mb-4 text-xs"><Badge tone="amber">{t.article.derivedTitle}</Badge></p>}
      <TextArea name="lead" label={t.article.lead} rows={2} defaultValue={value("lead")} error={error("lead")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="publishedOn" type="date" label={t.article.publishedOn} defaultValue={value("publishedOn")} error={error("publishedOn")} />
        <TextField name="dateline" label={t.article.dateline} defaultValue={value("dateline")} error={error("dateline")} />
        <TextField name="source" label={t.article.source} defaultValue={value("source")} error={error("source")} />
        <TextField name="photoCredit" label={t.article.photoCredit} defaultValue={value("photoCredit")} error={error("photoCredit")} />
        <TextField name="outlet" label={t.article.outlet} defaultValue={value("outlet")} error={error("outlet")} maxLength={LIMITS.outlet} />
        <TextField name="url" type="url" label={t.article.url} hint={t.article.urlHint} defaultValue={value("url")} error={error("url")} maxLength={LIMITS.url} />
      </div>
      <TextArea name="body" label={t.article.body} hint={t.article.bodyHint} rows={16} defaultValue={value("body")} error={error("body")} required />
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? t.form.saving : t.form.save}
      </button>
    </form>
  );
}
