import type { ReactNode } from "react";

export function AdminHeading({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3">
      <h1 id="page-title" className="font-serif text-3xl font-semibold break-words">
        {children}
      </h1>
      {aside}
    </div>
  );
}

export function Badge({ children, tone = "stone" }: { children: ReactNode; tone?: "stone" | "amber" | "sky" }) {
  const tones = {
    stone: "border-stone-300 text-stone-700 dark:border-stone-700 dark:text-stone-300",
    amber: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
    sky: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  };
  return <span className={`ml-2 rounded border px-1.5 text-xs ${tones[tone]}`}>{children}</span>;
}
