"use client";

import { useActionState, useState, useTransition } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { publishArticleAction } from "@/lib/actions/articles/publish-article-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import type { ArticleDraft, DraftMeeting, DraftOfficial } from "@/lib/validation/article-draft";
import { primaryButton } from "../buttons";
import { TextArea, TextField } from "../fields";
import { FormStatus } from "../form-status";
import { DraftMeetingCard } from "./draft-meeting";
import { DraftOfficialCard } from "./draft-official";
import type { TopicChoice } from "./topic-choice";

const ARTICLE_FIELDS = ["title", "lead", "publishedOn", "dateline", "source", "photoCredit", "outlet", "url"] as const;

/** The extraction preview, every part of it editable, and "Publish". Field errors come back by path. */
export function DraftEditor({ initial, locale, topics }: { initial: ArticleDraft; locale: Locale; topics: TopicChoice[] }) {
  const t = messages[locale].admin;
  const [draft, setDraft] = useState(initial);
  const [state, publish, publishing] = useActionState(publishArticleAction, IDLE);
  const [, startTransition] = useTransition();
  const errors = state.fieldErrors ?? {};

  const setArticle = (name: (typeof ARTICLE_FIELDS)[number], value: string) => setDraft((d) => ({ ...d, article: { ...d.article, [name]: value } }));
  const setOfficial = (i: number, o: DraftOfficial) => setDraft((d) => ({ ...d, officials: d.officials.map((p, j) => (j === i ? o : p)) }));
  const setMeeting = (i: number, m: DraftMeeting) => setDraft((d) => ({ ...d, meetings: d.meetings.map((p, j) => (j === i ? m : p)) }));
  const labels = { title: t.article.title, lead: t.article.lead, publishedOn: t.article.publishedOn, dateline: t.article.dateline, source: t.article.source, photoCredit: t.article.photoCredit, outlet: t.article.outlet, url: t.article.url };

  return (
    <form
      aria-labelledby="preview-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(() => publish(draft as unknown as Record<string, unknown>));
      }}
    >
      <h2 id="preview-title" className="font-serif text-2xl font-semibold">{t.create.preview}</h2>
      <p className="mb-6 max-w-prose text-sm text-stone-600 dark:text-stone-400">{t.create.previewHint}</p>
      <FormStatus state={state} />

      <fieldset className="mb-8">
        <legend className="mb-2 text-xl font-semibold">{t.create.articleFields}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {ARTICLE_FIELDS.map((name) =>
            name === "lead" ? (
              <TextArea key={name} id={`article-${name}`} name={name} label={labels[name]} rows={2} value={draft.article[name] ?? ""}
                onChange={(e) => setArticle(name, e.target.value)} error={errors[`article.${name}`]} />
            ) : (
              <TextField key={name} id={`article-${name}`} name={name} label={labels[name]} type={name === "publishedOn" ? "date" : name === "url" ? "url" : "text"}
                hint={name === "url" ? t.article.urlHint : undefined}
                value={draft.article[name] ?? ""} onChange={(e) => setArticle(name, e.target.value)} error={errors[`article.${name}`]} />
            ),
          )}
        </div>
      </fieldset>

      <section aria-labelledby="officials-title" className="mb-8">
        <h3 id="officials-title" className="mb-2 text-xl font-semibold">{t.create.officials}</h3>
        {draft.officials.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t.create.noOfficials}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2" data-testid="draft-officials">
            {draft.officials.map((o, i) => (
              <DraftOfficialCard key={o.name} index={i} official={o} locale={locale} error={errors[`officials.${i}.position`]} onChange={(next) => setOfficial(i, next)} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meetings-title" className="mb-8">
        <h3 id="meetings-title" className="mb-2 text-xl font-semibold">{t.create.meetings}</h3>
        {draft.meetings.length === 0 ? (
          <p className="text-stone-600 dark:text-stone-400">{t.create.noMeetings}</p>
        ) : (
          <ol className="space-y-4">
            {draft.meetings.map((m, i) => (
              <DraftMeetingCard
                key={i}
                index={i}
                meeting={m}
                officials={draft.officials}
                topics={topics}
                locale={locale}
                errors={errors}
                onChange={(next) => setMeeting(i, next)}
              />
            ))}
          </ol>
        )}
      </section>

      <button type="submit" className={primaryButton} disabled={publishing}>{publishing ? t.create.publishing : t.create.publish}</button>
    </form>
  );
}
