"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { extractArticleAction } from "@/lib/actions/articles/extract-article-action";
import type { Locale } from "@/lib/i18n/messages";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { DraftEditor } from "./draft-editor";
import type { TopicChoice } from "./topic-choice";
import { SourceForm } from "./source-form";

/** New article: the text (pasted or typed) → "Extract" → the importer's findings to correct → "Publish". */
export function NewArticle({ locale, topics }: { locale: Locale; topics: TopicChoice[] }) {
  const [state, extract, extracting] = useActionState(extractArticleAction, IDLE);
  const draft = state.status === "ok" ? (state.data as ArticleDraft | undefined) : undefined;
  return (
    <>
      <SourceForm locale={locale} state={state} action={extract} pending={extracting} />
      {/* A new extraction starts a fresh set of corrections. */}
      {draft && <DraftEditor key={`${draft.contentHash}-${draft.article.title}`} initial={draft} locale={locale} topics={topics} />}
    </>
  );
}
