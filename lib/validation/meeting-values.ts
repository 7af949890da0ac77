/**
 * The values a meeting's kind, status and date precision may take. Apart from the zod schemas so the
 * forms (client components) can list them without shipping zod to the browser.
 */
export const MEETING_KINDS = ["meeting", "talks", "conference", "visit", "call", "signing"] as const;
export const MEETING_STATUSES = ["held", "planned"] as const;
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
