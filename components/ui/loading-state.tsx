/** A quiet placeholder while a page's data loads: the shape of what is coming, and a spoken notice. */
export function LoadingState({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4 motion-reduce:animate-none">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="h-8 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden="true" className="space-y-2 border-b border-stone-200 py-3 dark:border-stone-800">
          <div className="h-3 w-1/3 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
        </div>
      ))}
    </div>
  );
}
