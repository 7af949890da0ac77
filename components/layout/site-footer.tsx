import { Link } from "@/components/ui/link";
import type { Messages } from "@/lib/i18n/messages";

export function SiteFooter({ t }: { t: Messages }) {
  return (
    <footer className="mt-16 border-t border-stone-300 dark:border-stone-800">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-stone-600 dark:text-stone-400">
        <p className="mr-auto">{t.footer}</p>
        <Link href="/api" className="hover:underline">
          {t.openData.pageTitle}
        </Link>
        <Link href="/admin" className="hover:underline">
          {t.footerEditors}
        </Link>
      </div>
    </footer>
  );
}
