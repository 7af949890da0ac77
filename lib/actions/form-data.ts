/**
 * A posted form as nested data: `participants.0.officialId` → { participants: { 0: { officialId } } }.
 * A name posted twice becomes a list. Next's own fields ($ACTION_…) and files are left out.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    const path = name.split(".");
    if (path.some(isUnsafeKey)) continue;
    let node = out;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      node = (next && typeof next === "object" && !Array.isArray(next) ? next : (node[key] = {})) as Record<string, unknown>;
    }
    const last = path.at(-1) ?? name;
    const existing = node[last];
    node[last] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** Keys that would reach Object.prototype. */
function isUnsafeKey(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}
