import type { ActionState } from "@/lib/actions/action-state";

/** What the editor typed into `name` before a refused save (dotted paths for rows), else `fallback`. */
export function typed(state: ActionState<unknown>, name: string, fallback: string | null | undefined): string {
  let node: unknown = state.values;
  for (const key of name.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === "string" ? node : (fallback ?? "");
}
