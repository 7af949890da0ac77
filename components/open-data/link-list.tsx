/** A short list of URLs with what each gives, for the feeds, calendars and exports sections. */
export function LinkList({ items }: { items: { href: string; label: string }[] }) {
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href} className="font-mono break-all text-sky-800 underline dark:text-sky-300">
            {item.href}
          </a>
          <span className="ml-2 text-stone-600 dark:text-stone-400">— {item.label}</span>
        </li>
      ))}
    </ul>
  );
}
