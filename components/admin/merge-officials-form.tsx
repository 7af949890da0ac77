"use client";

import { useActionState, useState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import type { OfficialChoice } from "@/lib/actions/officials/find-officials-action";
import { mergeOfficialsAction } from "@/lib/actions/officials/merge-officials-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { primaryButton } from "./buttons";
import { FormStatus } from "./form-status";
import { OfficialPicker } from "./official-picker";

/** Pick the record to keep; both versions are the ones the editor saw, so a change in between refuses the merge. */
export function MergeOfficialsForm({ source, locale }: { source: { id: number; version: number; nameRu: string }; locale: Locale }) {
  const t = messages[locale].admin;
  const [state, action, pending] = useActionState(mergeOfficialsAction, IDLE);
  const [target, setTarget] = useState<OfficialChoice | null>(null);
  return (
    <form action={action} className="max-w-xl">
      <FormStatus state={state} />
      <input type="hidden" name="sourceId" value={source.id} />
      <input type="hidden" name="sourceVersion" value={source.version} />
      {target ? (
        <>
          <input type="hidden" name="targetId" value={target.id} />
          <input type="hidden" name="targetVersion" value={target.version} />
          <p className="mb-4">
            {t.official.mergeInto}: <strong className="font-serif text-lg">{target.nameRu}</strong>{" "}
            <button type="button" className="text-sm underline" onClick={() => setTarget(null)}>{t.form.cancel}</button>
          </p>
          {state.fieldErrors?.targetId && <p className="mb-2 text-sm text-red-800 dark:text-red-300">{state.fieldErrors.targetId}</p>}
          <button type="submit" className={primaryButton} disabled={pending}>{t.official.mergeConfirm}</button>
        </>
      ) : (
        <OfficialPicker locale={locale} exclude={[source.id]} onPick={setTarget} />
      )}
    </form>
  );
}
