import type { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";

type ErrorTexts = Messages["admin"]["errors"];

/**
 * zod issues → one message per field path, in the interface language. A schema's own message is a key
 * of `t.admin.errors` ("dateInvalid"); otherwise the issue's kind and limits say what is wrong.
 */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], t: ErrorTexts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= localizeIssue(issue, t);
  }
  return out;
}

function localizeIssue(issue: z.core.$ZodIssue, t: ErrorTexts): string {
  const own = (t as Record<string, unknown>)[issue.message];
  if (typeof own === "string") return own;
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? t.required : t.tooShort(Number(issue.minimum));
      return t.invalid;
    case "too_big":
      return issue.origin === "string" ? t.tooLong(Number(issue.maximum)) : t.tooMany(Number(issue.maximum));
    case "invalid_value":
      return t.choose;
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? t.required : t.invalid;
    default:
      return t.invalid;
  }
}
