"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { deleteArticleAction } from "@/lib/actions/articles/delete-article-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { dangerButton } from "./buttons";
import { FormStatus } from "./form-status";

export function DeleteArticleForm({ id, version, locale }: { id: number; version: number; locale: Locale }) {
  const t = messages[locale].admin;
  const [state, action, pending] = useActionState(deleteArticleAction, IDLE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="confirm" value="delete" />
      <button type="submit" className={dangerButton} disabled={pending}>
        {t.article.deleteConfirm}
      </button>
      <Link href={`/admin/articles/${id}`} className="underline">{t.form.cancel}</Link>
    </form>
  );
}
