/** A database error's message, with the line of `script` it points at when it gives a position. */
export function describeScriptError(error: unknown, script: string, file = "migration.sql"): string {
  const { message, position } = error as { message?: unknown; position?: unknown };
  const text = typeof message === "string" ? message : String(error);
  const at = Number(position);
  if (!Number.isInteger(at) || at < 1) return text;
  const line = script.slice(0, at - 1).split("\n").length;
  return `${text} (line ${line} of ${file})`;
}
