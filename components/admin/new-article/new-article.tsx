"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { extractArticleAction } from "@/lib/actions/articles/extract-article-action";
import type { Locale } from "@/lib/i18n/messages";
import type { ArticleDraft } from "@/lib/validation/article-draft";
import { DraftEditor } from "./draft-editor";
import type { TopicChoice } from "./topic-choice";
import { SourceForm } from "./source-form";

/** New article: the text (pasted or typed) → "Extract" → the importer's findings to correct → "Publish".
 *  An item for review arrives already extracted (`opened`), as Add by URL's preview. */
export function NewArticle({ locale, topics, opened }: { locale: Locale; topics: TopicChoice[]; opened?: { draft: ArticleDraft; notice: string } }) {
  const [state, extract, extracting] = useActionState(extractArticleAction, IDLE);
  const draft = state.status === "ok" ? (state.data as ArticleDraft | undefined) : opened?.draft;
  return (
    <>
      {opened ? <p role="status" className="mb-6 max-w-prose">{opened.notice}</p> : <SourceForm locale={locale} state={state} action={extract} pending={extracting} />}
      {/* A new extraction starts a fresh set of corrections. */}
      {draft && <DraftEditor key={`${draft.contentHash}-${draft.article.title}`} initial={draft} locale={locale} topics={topics} />}
    </>
  );
}
