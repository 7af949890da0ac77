"use client";

import { useActionState } from "react";
import { IDLE } from "@/lib/actions/action-state";
import { signInAction } from "@/lib/actions/auth/sign-in-action";
import { messages, type Locale } from "@/lib/i18n/messages";
import { primaryButton } from "./buttons";
import { TextField } from "./fields";
import { FormStatus } from "./form-status";
import { typed } from "./form-values";

export function SignInForm({ locale }: { locale: Locale }) {
  const t = messages[locale].admin.signIn;
  const [state, action, pending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="max-w-sm" noValidate>
      <FormStatus state={state} />
      <TextField
        name="email"
        type="email"
        label={t.email}
        autoComplete="username"
        required
        defaultValue={typed(state, "email", "")}
        error={state.fieldErrors?.email}
      />
      <TextField name="password" type="password" label={t.password} autoComplete="current-password" required error={state.fieldErrors?.password} />
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? t.pending : t.submit}
      </button>
    </form>
  );
}
