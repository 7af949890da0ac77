import type { Messages } from "@/lib/i18n/messages";

export type AuditChange =
  | { field: string; label: string; before: string; after: string }
  /** A list (topics, participants, an article's meetings): what came and what went, not two long lists. */
  | { field: string; label: string; added: string[]; removed: string[] };

const record = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function clip(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

/**
 * What one change-log entry changed, field by field, in words an editor reads: field names from the
 * interface text (`photoCredit` → «Автор фото»), kinds and statuses in the interface language, and lists
 * as what was added and removed. For a correction at publishing, `before` is the meeting as extracted.
 */
export function auditChanges(before: unknown, after: unknown, t: Messages): AuditChange[] {
  const b = record(before);
  const a = record(after);
  const names = t.admin.audit.fields as Record<string, string>;
  const value = (field: string, v: unknown): string => {
    if (v === undefined || v === null || v === "") return "—";
    if (field === "kind") return t.kind[v as keyof Messages["kind"]] ?? String(v);
    if (field === "status") return t.status[v as keyof Messages["status"]] ?? String(v);
    if (typeof v === "boolean") return v ? t.admin.audit.yes : t.admin.audit.no;
    return clip(typeof v === "string" ? v : JSON.stringify(v));
  };
  const item = (field: string, v: unknown): string => {
    if (field === "meetings") return `№ ${String(v)}`;
    const r = record(v);
    if (typeof r.name === "string") return [r.name, r.position, r.country].filter(Boolean).join(", ");
    return typeof v === "string" ? v : JSON.stringify(v);
  };
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((f) => f !== "version" && JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field): AuditChange => {
      const label = names[field] ?? field;
      if (Array.isArray(b[field]) || Array.isArray(a[field])) {
        const was = ((b[field] as unknown[] | undefined) ?? []).map((v) => item(field, v));
        const now = ((a[field] as unknown[] | undefined) ?? []).map((v) => item(field, v));
        return { field, label, added: now.filter((v) => !was.includes(v)), removed: was.filter((v) => !now.includes(v)) };
      }
      return { field, label, before: value(field, b[field]), after: value(field, a[field]) };
    })
    // null and absent read the same: no line for a change nobody can see.
    .filter((c) => ("added" in c ? c.added.length + c.removed.length > 0 : c.before !== c.after));
}
