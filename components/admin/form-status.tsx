import type { ActionState } from "@/lib/actions/action-state";

/** The form's one-line outcome, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState<unknown> }) {
  if (state.status === "idle" || !state.message) return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      data-testid="form-status"
      className={
        error
          ? "mb-4 rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
          : "mb-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
      }
    >
      {state.message}
    </p>
  );
}
