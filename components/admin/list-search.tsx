import type { Messages } from "@/lib/i18n/messages";
import { secondaryButton } from "./buttons";
import { controlClass } from "./fields";

/** A GET form: the query lives in the URL, like the public filters. */
export function ListSearch({ q, review, t, withReview }: { q?: string; review?: boolean; t: Messages; withReview?: boolean }) {
  return (
    <form role="search" className="mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="list-q" className="block text-sm font-medium">{t.admin.list.searchLabel}</label>
        <input id="list-q" name="q" type="search" defaultValue={q} className={controlClass} />
      </div>
      {withReview && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="review" value="1" defaultChecked={review} className="size-4" />
          {t.admin.list.onlyReview}
        </label>
      )}
      <button type="submit" className={secondaryButton}>{t.admin.list.search}</button>
    </form>
  );
}
