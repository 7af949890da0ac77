import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentEditor, SIGN_IN_PATH } from "@/lib/auth/current-editor";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import type { SignedInEditor } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db";
import { clearResponseCache } from "@/lib/http/response-cache/invalidate";
import { getMessages } from "@/lib/i18n/locale";
import type { Locale, Messages } from "@/lib/i18n/messages";
import type { ActionState } from "./action-state";
import { ActionError, StaleRecordError } from "./errors";
import { formDataToObject } from "./form-data";
import { localizeIssues } from "./localize-issues";
import { staleRecordMessage } from "./stale-record";

export interface ActionContext {
  editor: SignedInEditor;
  t: Messages;
  locale: Locale;
}

export interface ActionResult<D> {
  message?: string;
  data?: D;
  /** Where to send the editor after the change (after the transaction, outside the try). */
  redirectTo?: string;
}

type Input = FormData | Record<string, unknown>;
export type EditorAction<D = unknown> = (previous: ActionState<D>, input: Input) => Promise<ActionState<D>>;

/**
 * The one way editors change anything. In order, inside the action itself (never trusting the proxy):
 * the request must come from this site; the session cookie must name a live session (else off to
 * sign-in); the input must pass `schema` (else a message per field, in the interface language, and
 * what was typed comes back). Only then does `handler` run — it does all its writing in one
 * transaction, so a refusal leaves nothing behind. Public pages are re-rendered afterwards.
 */
export function editorAction<S extends z.ZodType, D = undefined>(
  schema: S,
  handler: (input: z.output<S>, context: ActionContext) => Promise<ActionResult<D> | void>,
): EditorAction<D> {
  return async (_previous, input) => {
    const { locale, t } = await getMessages();
    if (!isSameOriginRequest(await headers())) return { status: "error", message: t.admin.errors.crossSite };
    const editor = await getCurrentEditor();
    if (!editor) redirect(SIGN_IN_PATH);

    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const values = input instanceof FormData ? raw : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { status: "error", message: t.admin.errors.fixFields, fieldErrors: localizeIssues(parsed.error.issues, t.admin.errors), values };
    }
    let result: ActionResult<D> | void;
    try {
      result = await handler(parsed.data, { editor, t, locale });
    } catch (error) {
      if (error instanceof ActionError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
      if (error instanceof StaleRecordError) return { status: "error", message: await staleRecordMessage(getDb(), error, t, locale), values };
      // Kept for the operator; the editor gets one plain line, never a stack trace.
      console.error(error);
      return { status: "error", message: t.admin.errors.failed, values };
    }
    // Committed: this process's readers see it from the next request; other instances hear it from
    // the database (chronicle_notify_change).
    clearResponseCache();
    revalidatePath("/", "layout");
    if (result?.redirectTo) redirect(result.redirectTo);
    return { status: "ok", message: result?.message, data: result?.data };
  };
}
