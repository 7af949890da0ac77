/** Button looks shared by the editors' pages. */
export const primaryButton =
  "rounded bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300";
export const secondaryButton =
  "rounded border border-stone-400 px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800";
export const dangerButton = "rounded bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60";
