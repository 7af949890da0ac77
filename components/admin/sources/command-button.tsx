"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import type { EditorAction } from "@/lib/actions/validated-action";
import { secondaryButton } from "../buttons";
import { FormStatus } from "../form-status";

/** One command on one row (pause, resume, poll now, reject): a small form with its outcome beside it. */
export function CommandButton({ action, fields, label, describedBy }: { action: EditorAction<undefined>; fields: Record<string, string | number>; label: string; describedBy?: string }) {
  const [state, run, pending] = useActionState(action, IDLE);
  return (
    <form action={run} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={secondaryButton} disabled={pending} aria-describedby={describedBy}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
