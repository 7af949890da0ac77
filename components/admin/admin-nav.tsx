import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth/sign-out-action";
import type { Messages } from "@/lib/i18n/messages";

/** The editors' sections and who is signed in, above every admin page. */
export function AdminNav({ t, editorName }: { t: Messages; editorName: string }) {
  const n = t.admin.nav;
  const links = [
    ["/admin", n.dashboard],
    ["/admin/articles/new", n.newArticle],
    ["/admin/articles", n.articles],
    ["/admin/meetings", n.meetings],
    ["/admin/officials", n.officials],
    ["/admin/topics", n.topics],
    ["/admin/sources", t.polling.nav],
    ["/admin/review", t.polling.reviewNav],
    ["/admin/audit", n.audit],
  ] as const;
  return (
    <div className="mb-8 border-b border-stone-300 pb-3 dark:border-stone-700">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-serif text-lg font-semibold">{t.admin.title}</p>
        <form action={signOutAction} className="flex items-baseline gap-3 text-sm">
          <span className="text-stone-600 dark:text-stone-400">{n.signedInAs(editorName)}</span>
          <button type="submit" className="underline hover:no-underline">
            {n.signOut}
          </button>
        </form>
      </div>
      <nav aria-label={n.label} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {links.map(([href, label]) => (
          <Link key={href} href={href} className="hover:underline">
            {label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
