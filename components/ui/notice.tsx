import type { ReactNode } from "react";

/** A calm box for something the reader should know about the page (not an error page). */
export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "warning" }) {
  return (
    <div
      role="status"
      className={
        tone === "warning"
          ? "rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
          : "rounded border border-stone-300 bg-white px-4 py-3 text-sm dark:border-stone-700 dark:bg-stone-900"
      }
    >
      {children}
    </div>
  );
}
