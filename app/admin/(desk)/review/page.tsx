import Link from "next/link";
import { AdminHeading } from "@/components/admin/admin-heading";
import { secondaryButton } from "@/components/admin/buttons";
import { CommandButton } from "@/components/admin/sources/command-button";
import { attachReviewAction } from "@/lib/actions/sources/attach-review-action";
import { rejectReviewAction } from "@/lib/actions/sources/reject-review-action";
import { requireEditor } from "@/lib/auth/current-editor";
import { formatDateTime } from "@/lib/i18n/format-date-time";
import { getMessages } from "@/lib/i18n/locale";
import { getAttachedArticle, listWaitingReviews } from "@/lib/queries/sources/review-items";
import { id as idSchema } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** /admin/review: items a source brought in that the importer is unsure of, held from the public pages.
 *  Opening one gives the new-article preview; publishing it there settles it. */
export default async function AdminReviewPage({ searchParams }: { searchParams: Promise<{ attached?: string }> }) {
  await requireEditor();
  const attachedId = idSchema.safeParse((await searchParams).attached);
  const [{ locale, t }, items, attached] = await Promise.all([getMessages(), listWaitingReviews(), attachedId.success ? getAttachedArticle(attachedId.data) : null]);
  const r = t.polling.review;
  return (
    <section aria-labelledby="page-title">
      <AdminHeading>{r.title}</AdminHeading>
      <p className="mb-6 max-w-prose text-stone-700 dark:text-stone-300">{r.intro}</p>
      {attached && (
        <p role="status" className="mb-4">
          {r.attached(attached.title)} <Link href={`/articles/${attached.slug}`} className="underline">{t.admin.form.openPublic}</Link>
        </p>
      )}
      {items.length === 0 ? (
        <p>{r.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800" data-testid="review-items">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <p className="font-serif text-lg">{item.title ?? item.url}</p>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                {item.outlet && `${item.outlet} · `}
                <a href={item.url} className="break-all underline" rel="noreferrer nofollow">{item.url}</a> · {r.fetched} {formatDateTime(item.fetchedAt, locale)}
              </p>
              <ul className="my-1 list-disc pl-5 text-sm">
                {item.reasons.map((reason) =>
                  reason === "possible-reprint" && item.resembles ? (
                    <li key={reason} data-testid="possible-reprint">
                      {r.possibleReprintOf} <Link href={`/articles/${item.resembles.slug}`} className="underline">{item.resembles.title}</Link>
                    </li>
                  ) : (
                    <li key={reason}>{r.reasons[reason] ?? reason}</li>
                  ),
                )}
              </ul>
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <Link href={`/admin/articles/new?review=${item.id}`} className={secondaryButton}>{r.open}</Link>
                {item.resembles && <CommandButton action={attachReviewAction} fields={{ id: item.id }} label={r.attach} />}
                <CommandButton action={rejectReviewAction} fields={{ id: item.id }} label={r.reject} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
