import type { Messages } from "@/lib/i18n/messages";

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="mt-16 border-t border-stone-300 dark:border-stone-800">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-stone-600 dark:text-stone-400">{t.footer}</p>
    </footer>
  );
}
