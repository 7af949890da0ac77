/** A calm placeholder while a page's data loads: a heading bar and a few lines, announced to screen readers. */
export function PageLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse motion-reduce:animate-none">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true">
        <div className="h-9 w-2/3 max-w-md rounded bg-stone-200 dark:bg-stone-800" />
        <div className="mt-3 h-4 w-1/2 max-w-sm rounded bg-stone-200 dark:bg-stone-800" />
        <div className="mt-10 space-y-4">
          {[0, 1, 2, 3, 4].map((i) => (
            <div key={i} className="h-14 rounded bg-stone-100 dark:bg-stone-900" />
          ))}
        </div>
      </div>
    </div>
  );
}
